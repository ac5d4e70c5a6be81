/**
 * `npm run bench:search`: our search against stock Pagefind on the same site, in headless Chromium,
 * in one run. Prints figures and the ratios the targets are set in (docs/benchmarks.md); asserts
 * nothing.
 *
 * The site is the synthetic corpus (`npm run corpus`, seed 7) at BENCH_MEETINGS meetings (default
 * 1000), built by the real build, which writes our index; stock Pagefind then indexes its meeting
 * pages (bench/stock-page.ts), searched through its Default UI and through `pagefind.js` on a bare
 * page. One loopback server sends all three, text gzip'd as a static host does. For each query,
 * BENCH_RUNS times (default 5), in a fresh browser context (empty cache), for each peer in turn:
 * - first search: open the search page with the query in its URL and wait for the results (ours:
 *   the first page of results with their text; stock: the first five, their fragments loaded).
 *   Time from the page's script to the results shown; bytes: every response the server sent until
 *   then (the page, its scripts and styles, Pagefind's files, our record files);
 * - new query: in that open page, the next query of the list, timed from its submission to its
 *   results shown.
 * Each line gives the counts each search showed: one per query, or the answer depends on history.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { it } from 'vitest';
import { ownedTemporaryFolder, removeOwnedFolder } from '../owned-folder';
import { launchChromium } from '../browser/chromium';
import { serveDist, type Served } from '../browser/serve-dist';
import { indexStock, STOCK_BARE_PAGE, STOCK_BUNDLE, STOCK_PAGE } from './stock-page';
import { truthCounts } from './truth';

const meetings = Number(process.env['BENCH_MEETINGS'] ?? 1000);
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
/** Each has hits on the synthetic corpus: katakana compounds, a particle phrase, a mixed term, ASCII, synonyms, two terms. */
const queries = [
  '通信の秘密',
  'セキュアゲートウェイ',
  'サイバーセキュリティ',
  'C&Cサーバ',
  'FDA',
  'ENISA',
  'ファジング',
  'IoT 標準化',
];

/** The middle value, or the mean of the two middle ones: a lower median would flatter an even count of queries. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[half] ?? 0) : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Writes the corpus and builds it with the real build; returns the site folder and the build's time. */
function buildCorpusSite(folder: string): { dist: string; seconds: number } {
  const content = join(folder, 'content');
  const dist = join(folder, 'dist');
  const run = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync('node', args, {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
      // The build logs a line per page: megabytes, where Node's default buffer would stop it at 1 MB.
      maxBuffer: 1 << 30,
    });
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  };
  run(['tools/corpus/cli.ts', '--meetings', String(meetings), '--out', content]);
  const started = performance.now();
  run(['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', dist], { RECORD_CONTENT_DIR: content });
  return { dist, seconds: (performance.now() - started) / 1000 };
}

interface Peer {
  name: string;
  /** Opens the page searching `query`; resolves when its results are shown, with the page's time. */
  open: (page: Page, origin: string, query: string) => Promise<number>;
  /** Searches `query` in the open page; resolves with the page's time. */
  search: (page: Page, query: string) => Promise<number>;
  count: (page: Page) => Promise<string>;
}

const ourRoot = '[data-search-root]';
async function ourDone(page: Page, run: number): Promise<number> {
  const done = `${ourRoot}[data-run="${String(run)}"][data-state="done"]`;
  await page.waitForSelector(done, { timeout: 600_000, state: 'attached' });
  return Number(await page.getAttribute(done, 'data-ms'));
}
const ours: Peer = {
  name: 'ours',
  open: async (page, origin, query) => {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    return ourDone(page, 1);
  },
  search: async (page, query) => {
    const run = Number(await page.getAttribute(ourRoot, 'data-run')) + 1;
    await page.fill('#search-query', query);
    await page.press('#search-query', 'Enter');
    return ourDone(page, run);
  },
  count: async (page) => (await page.locator('#search-status').textContent()) ?? '',
};

async function stockDone(page: Page, run: number): Promise<number> {
  await page.waitForSelector(`body[data-run="${String(run)}"]`, { timeout: 600_000, state: 'attached' });
  return Number(await page.getAttribute('body', 'data-ms'));
}
/** A stock page (stock-page.ts): it marks its body with the run, its time and what it showed. */
function stockPeer(name: string, path: string): Peer {
  return {
    name,
    open: async (page, origin, query) => {
      await page.goto(`${origin}${path}?q=${encodeURIComponent(query)}`);
      return stockDone(page, 1);
    },
    search: async (page, query) => {
      const run = Number(await page.getAttribute('body', 'data-run')) + 1;
      await page.evaluate((q) => {
        (window as unknown as { benchSearch: (q: string) => void }).benchSearch(q);
      }, query);
      return stockDone(page, run);
    },
    count: async (page) => (await page.getAttribute('body', 'data-count')) ?? '',
  };
}
const stockUi = stockPeer('stock Default UI', STOCK_PAGE);
const stockBare = stockPeer('stock pagefind.js', STOCK_BARE_PAGE);

/** What a response was, by its path: the page's own files, or which of the search's. */
function kindOf(path: string): string {
  if (!/^\/(stock-)?pagefind\//u.test(path)) return 'page';
  const file = path.replace(/^\/(stock-)?pagefind\/(shards\/\d+\/)?/u, '');
  if (file.startsWith('pagefind-ui') || file.startsWith('pagefind-modular') || file.startsWith('pagefind-component'))
    return 'ui';
  if (file === 'pagefind.js' || file === 'pagefind-worker.js' || file.endsWith('.pagefind')) return 'engine';
  if (file.startsWith('index/')) return 'index';
  if (file.startsWith('fragment/')) return 'fragments';
  if (file.startsWith('record/')) return 'records';
  if (file.startsWith('filter/')) return 'filters';
  return 'meta';
}

/** Bytes sent by kind of file, e.g. "page 12.0, engine 71.3, …" in KB. */
function byKind(served: readonly Served[]): string {
  const sums = new Map<string, number>();
  for (const s of served) sums.set(kindOf(s.path), (sums.get(kindOf(s.path)) ?? 0) + s.sent);
  return [...sums].map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ');
}

interface QueryFigures {
  first: number[];
  bytes: number[];
  /** What the first run's first search sent, by kind of file. */
  kinds: string;
  next: number[];
  counts: Set<string>;
}

/** Every query BENCH_RUNS times through each peer in turn: first search in a fresh context, then the next query in that page. */
async function measure(browser: Browser, origin: string, peers: Peer[], served: Served[]) {
  const results = new Map(
    peers.map((peer) => [
      peer.name,
      new Map<string, QueryFigures>(
        queries.map((q) => [q, { first: [], bytes: [], kinds: '', next: [], counts: new Set() }]),
      ),
    ]),
  );
  for (const [i, query] of queries.entries()) {
    const next = queries[(i + 1) % queries.length] ?? query;
    for (let r = 0; r < runs; r++) {
      for (const peer of peers) {
        const figures = results.get(peer.name);
        const context = await browser.newContext();
        const page = await context.newPage();
        served.length = 0;
        const own = figures?.get(query);
        own?.first.push(await peer.open(page, origin, query));
        own?.bytes.push(served.reduce((sum, s) => sum + s.sent, 0));
        if (own && r === 0) own.kinds = byKind(served);
        own?.counts.add(await peer.count(page));
        const after = figures?.get(next);
        after?.next.push(await peer.search(page, next));
        after?.counts.add(await peer.count(page));
        await context.close();
      }
    }
  }
  return results;
}

/** One line per query and peer. */
function queryLines(results: Map<string, Map<string, QueryFigures>>): string[] {
  return queries.flatMap((query) =>
    [...results].flatMap(([name, figures]) => {
      const f = figures.get(query);
      if (!f) return [];
      return [
        `${query.padEnd(12)} ${name}: first search ${String(median(f.first)).padStart(5)} ms, ${kb(median(f.bytes)).padStart(7)} KB sent; new query p50/p95 ${String(median(f.next))}/${String(percentile(f.next, 95))} ms; shown: ${[...f.counts].join(' | ')}`,
        `    sent (KB): ${f.kinds}`,
      ];
    }),
  );
}

/** The medians over queries of ours / one stock peer, and the pooled new-query p95s. */
function ratioLines(ourFigures: Map<string, QueryFigures>, name: string, peer: Map<string, QueryFigures>): string[] {
  const ratios = { bytes: [] as number[], first: [] as number[] };
  for (const query of queries) {
    const o = ourFigures.get(query);
    const s = peer.get(query);
    if (!o || !s) continue;
    ratios.bytes.push(median(o.bytes) / median(s.bytes));
    ratios.first.push(median(o.first) / median(s.first));
  }
  const pooled = (figures: Map<string, QueryFigures>) => [...figures.values()].flatMap((f) => f.next);
  const p95 = { ours: percentile(pooled(ourFigures), 95), stock: percentile(pooled(peer), 95) };
  const each = (values: number[]) => values.map((r) => r.toFixed(2)).join(' ');
  return [
    `first search bytes, ours / ${name} (median over queries of each query's median): ${median(ratios.bytes).toFixed(2)} (per query ${each(ratios.bytes)})`,
    `first search time to results, ours / ${name}: ${median(ratios.first).toFixed(2)} (per query ${each(ratios.first)})`,
    `new query p95 over all queries: ours ${String(p95.ours)} ms, ${name} ${String(p95.stock)} ms, ours / ${name} ${(p95.ours / p95.stock).toFixed(2)}`,
  ];
}

/** Every query's figures, then ours against each stock peer (no change may make a ratio worse). */
function report(results: Map<string, Map<string, QueryFigures>>): string[] {
  const ourFigures = results.get(ours.name);
  if (!ourFigures) return [];
  return [
    ...queryLines(results),
    ...[...results]
      .filter(([name]) => name !== ours.name)
      .flatMap(([name, figures]) => ratioLines(ourFigures, name, figures)),
  ];
}

/** The corpus's content folder: the one the bench wrote, or BENCH_CONTENT beside BENCH_SITE. */
const contentDir = (folder: string | undefined) => (folder ? join(folder, 'content') : process.env['BENCH_CONTENT']);

/** Our counts against the truth computed from the corpus's content (truth.ts), per query. */
function exactness(ours: Map<string, QueryFigures> | undefined, content: string | undefined): string[] {
  if (!ours || !content) return ['exactness on the corpus: not checked (set BENCH_CONTENT beside BENCH_SITE)'];
  const truth = truthCounts(content, queries);
  return queries.map((query) => {
    const shown = [...(ours.get(query)?.counts ?? [])];
    const right = truth.get(query) ?? { exact: 0, synonyms: 0 };
    const expected =
      right.exact + right.synonyms === 0
        ? '一致する結果はありません'
        : `検索結果: ${String(right.exact)}件` +
          (right.synonyms > 0 ? `、別名による一致 ${String(right.synonyms)}件` : '');
    const same = shown.length === 1 && (shown[0] ?? '').includes(expected);
    return `exactness on the corpus, ${query}: ${same ? 'same' : 'DIFFERENT'} (truth: ${expected}; shown: ${shown.join(' | ')})`;
  });
}

it(
  `search on ${String(meetings)} synthetic meetings, ours against stock Pagefind`,
  { timeout: 3_600_000 },
  async () => {
    const folder = process.env['BENCH_SITE']
      ? undefined
      : ownedTemporaryFolder(join(tmpdir(), 'bench-search-'), 'tools/bench/search.run.ts');
    try {
      const site = folder ? buildCorpusSite(folder) : { dist: process.env['BENCH_SITE'] ?? '', seconds: 0 };
      const stockIndex = indexStock(site.dist);
      const lines = [
        `machine: ${String(cpus().length)} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${loadavg()[0]?.toFixed(2) ?? '?'}`,
        `site: ${String(meetings)} synthetic meetings (npm run corpus, seed 7), built in ${site.seconds.toFixed(1)} s with our index; stock Pagefind indexed its meeting pages in ${stockIndex.seconds.toFixed(1)} s (CPU ${stockIndex.userSeconds.toFixed(1)} s, peak ${stockIndex.peakRssMb.toFixed(0)} MB) into /${STOCK_BUNDLE}/`,
        `${String(runs)} runs per query and peer; medians; new query: the next query of the list in the open page`,
      ];
      const served: Served[] = [];
      const server = await serveDist(site.dist, (s) => served.push(s));
      const browser = await launchChromium();
      let results = new Map<string, Map<string, QueryFigures>>();
      try {
        results = await measure(browser, server.site, [ours, stockUi, stockBare], served);
      } finally {
        await browser.close();
        await server.close();
      }
      console.log([...lines, ...report(results), ...exactness(results.get('ours'), contentDir(folder))].join('\n'));
    } finally {
      if (folder) removeOwnedFolder(folder);
    }
  },
);
