/**
 * `npm run bench:search`: speed of the search on a synthetic corpus, in headless Chromium. Prints
 * figures; asserts nothing. The corpus is the scale issue's (tools/bench/corpus.ts: `npm run corpus`'s
 * generator at BENCH_MEETINGS meetings, default 1000, through the build's own documents code),
 * indexed with the build's code into a copy of dist/, and the queries run through the real search
 * page.
 *
 * For each query, BENCH_RUNS times (default 10), in a fresh browser context (empty cache):
 * - cold: open /search/?q=<query> and wait for the results; the time is the page's own, from its
 *   script's start (so it includes importing and initialising Pagefind) to the results shown;
 * - warm, new query: in that open page, search the next query of the list (the engine is
 *   initialised, but what only that query needs, index chunks and fragments, is not loaded yet);
 * - warm, same query: then search the first query again (its chunks and fragments are loaded, and
 *   the page remembers Pagefind's answers, src/search/cache.ts).
 * Both warm searches are made as a reader makes them, typing in the box and pressing Enter; the
 * time is the page's, from the submit to the results shown. Each query's line gives every count
 * its searches showed, cold and warm: more than one would mean the answer depends on the page's
 * history.
 *
 * Transfer is what the server sent for the first cold search of each query, by kind of file: raw
 * (the file's bytes) and sent (what a static host sends: text gzip'd, Pagefind's files as they are,
 * since they are gzip'd already). "Before the results' data" is everything but the fragments.
 */
import { cpSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { writeSearchIndex } from '~/integrations/search-index';
import { ownedTemporaryFolder, removeInOwnedFolder, removeOwnedFolder } from '../owned-folder';
import { launchChromium } from '../../tests/helpers/browser';
import { serveDist, type Served } from '../../tests/helpers/static-server';
import { syntheticDocuments } from './corpus';

const meetings = Number(process.env['BENCH_MEETINGS'] ?? 1000);
const runs = Number(process.env['BENCH_RUNS'] ?? 10);
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

const kinds = ['page', 'engine js', 'wasm', 'meta', 'index', 'filter', 'fragments'] as const;
type FileKind = (typeof kinds)[number];
function kindOf(requested: string): FileKind {
  if (!requested.startsWith('/pagefind/')) return 'page';
  // Each shard of the index is a Pagefind bundle of its own under /pagefind/shards/<n>/.
  const path = requested.replace(/^\/pagefind\/shards\/\d+\//u, '/pagefind/');
  if (path.startsWith('/pagefind/fragment/')) return 'fragments';
  if (path.startsWith('/pagefind/index/')) return 'index';
  if (path.startsWith('/pagefind/filter/')) return 'filter';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.endsWith('.js')) return 'engine js';
  return 'meta'; // pagefind-entry.json, the .pf_meta and shards.json
}

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const p50p95 = (values: number[]) => `${percentile(values, 50)}/${percentile(values, 95)}`;

const root = '[data-search-root]';
/** Waits for the page's search number `run` to be shown and returns its time in ms. */
async function finished(page: Page, run: number): Promise<number> {
  const done = `${root}[data-run="${run}"][data-state="done"]`;
  await page.waitForSelector(done, { timeout: 600_000 });
  return Number(await page.getAttribute(done, 'data-ms'));
}
/** The exact count, from the status (only the first page of results is rendered). */
async function count(page: Page): Promise<number> {
  const status = (await page.locator('#search-status').textContent()) ?? '';
  return [...status.matchAll(/(\d+)件/gu)].reduce((sum, m) => sum + Number(m[1]), 0);
}
/** Searches `query` in the open page as a reader does: type it, press Enter. */
async function submit(page: Page, query: string): Promise<number> {
  const run = Number(await page.getAttribute(root, 'data-run')) + 1;
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  return finished(page, run);
}

it(`search on ${meetings} synthetic meetings`, { timeout: 3_600_000 }, async () => {
  const site = ownedTemporaryFolder(join(tmpdir(), 'bench-search-'), 'tools/bench/search.run.ts');
  cpSync('dist', site, { recursive: true });
  removeInOwnedFolder(site, 'pagefind', 'tools/bench/search.run.ts');
  const docs = syntheticDocuments(meetings);
  const indexStart = performance.now();
  await writeSearchIndex(docs, join(site, 'pagefind'));
  const lines = [
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${loadavg()[0]?.toFixed(2) ?? '?'}`,
    `corpus: ${meetings} synthetic meetings (npm run corpus, seed 7), ${docs.length} records`,
    `index: built in ${((performance.now() - indexStart) / 1000).toFixed(1)} s, ${kb(dirSize(join(site, 'pagefind')))} KB on disk`,
    `${runs} runs per query; times in ms as p50/p95; transfer of the first cold search in KB as raw/sent (gzip where a static host would)`,
  ];
  let served: Served[] = [];
  const server = await serveDist(site, (s) => served.push(s));
  const browser = await launchChromium();
  const cold = new Map<string, number[]>(queries.map((q) => [q, []]));
  const warmNew = new Map<string, number[]>(queries.map((q) => [q, []]));
  const warmSame = new Map<string, number[]>(queries.map((q) => [q, []]));
  /** Every count each query gave, cold or warm: one each, or the search is not deterministic. */
  const counts = new Map<string, Set<number>>(queries.map((q) => [q, new Set()]));
  const transfer = new Map<string, Served[]>();
  try {
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length] ?? query;
      for (let r = 0; r < runs; r++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        served = [];
        await page.goto(`${server.site}/search/?q=${encodeURIComponent(query)}`);
        cold.get(query)?.push(await finished(page, 1));
        // A copy: the warm searches below add to `served`.
        if (r === 0) transfer.set(query, [...served]);
        counts.get(query)?.add(await count(page));
        warmNew.get(next)?.push(await submit(page, next));
        counts.get(next)?.add(await count(page));
        warmSame.get(query)?.push(await submit(page, query));
        counts.get(query)?.add(await count(page));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    removeOwnedFolder(site);
  }
  for (const query of queries) {
    const bytes = (kind: FileKind, field: 'bytes' | 'sent') =>
      (transfer.get(query) ?? []).filter((s) => kindOf(s.path) === kind).reduce((sum, s) => sum + s[field], 0);
    const both = (kind: FileKind) => `${kb(bytes(kind, 'bytes'))}/${kb(bytes(kind, 'sent'))}`;
    const before = (field: 'bytes' | 'sent') =>
      kinds.filter((k) => k !== 'fragments').reduce((sum, k) => sum + bytes(k, field), 0);
    const search = (field: 'bytes' | 'sent') => before(field) - bytes('page', field);
    lines.push(
      `${query.padEnd(14)} ${[...(counts.get(query) ?? [])].join(' or ').padStart(6)} hits  cold ${p50p95(cold.get(query) ?? [])}  warm same ${p50p95(warmSame.get(query) ?? [])}  warm new ${p50p95(warmNew.get(query) ?? [])}`,
      `    transfer: before results' data ${kb(before('bytes'))}/${kb(before('sent'))} (page ${both('page')}; search files ${kb(search('bytes'))}/${kb(search('sent'))}: ` +
        kinds
          .filter((k) => k !== 'fragments' && k !== 'page')
          .map((k) => `${k} ${both(k)}`)
          .join(', ') +
        `), fragments ${both('fragments')}`,
    );
  }
  console.log(lines.join('\n'));
});
