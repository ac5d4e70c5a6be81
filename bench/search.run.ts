/**
 * `npm run bench:search`: speed of the search on a synthetic corpus, in headless Chromium. Prints
 * figures; asserts nothing. The corpus repeats the record's real statements under new meeting
 * slugs until it has BENCH_MEETINGS meetings (default 1000), indexes it with the same code as the
 * build, serves a copy of dist/ with that index and runs queries through the real search page.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { writeSearchIndex } from '../src/integrations/search-index';
import { deriveRecord } from '../src/lib/record/derive';
import { searchDocuments, type SearchDocument } from '../src/lib/search/documents';
import { launchChromium } from '../tests/helpers/browser';
import { serveDist } from '../tests/helpers/static-server';
import { loadRecordEntries } from '../tests/helpers/load-record';

const meetings = Number(process.env['BENCH_MEETINGS'] ?? 1000);
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
const warmRuns = 5;

function syntheticCorpus(): SearchDocument[] {
  const real = searchDocuments(deriveRecord(loadRecordEntries('content')), new Map());
  const statements = real.filter((d) => d.kind === 'statement');
  const byMeeting = new Map<string, SearchDocument[]>();
  for (const doc of statements) {
    const slug = doc.url.split('/')[2] ?? '';
    byMeeting.set(slug, [...(byMeeting.get(slug) ?? []), doc]);
  }
  const sources = [...byMeeting];
  const docs: SearchDocument[] = real.filter((d) => d.kind !== 'statement');
  for (let i = 0; i < meetings; i++) {
    const [slug, items] = sources[i % sources.length] ?? ['', []];
    for (const doc of items) {
      docs.push({ ...doc, url: doc.url.replace(slug, `${slug}-${i}`), meeting: `${doc.meeting ?? ''}（合成${i}）` });
    }
  }
  return docs;
}

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

it(`search on ${meetings} synthetic meetings`, { timeout: 3_600_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  cpSync('dist', root, { recursive: true });
  rmSync(join(root, 'pagefind'), { recursive: true });
  const docs = syntheticCorpus();
  const indexStart = performance.now();
  await writeSearchIndex(docs, join(root, 'pagefind'));
  const lines = [
    `corpus: ${meetings} meetings, ${docs.length} records`,
    `index: built in ${((performance.now() - indexStart) / 1000).toFixed(1)} s, ${kb(dirSize(join(root, 'pagefind')))} on disk`,
  ];
  const server = await serveDist(root);
  const browser = await launchChromium();
  try {
    for (const query of queries) {
      const url = `${server.origin}/search/?q=${encodeURIComponent(query)}`;
      // Cold: a fresh context, empty cache. Count what the first search transfers, by kind.
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes = new Map<string, number>();
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (!path.startsWith('/pagefind/')) return;
        const kind = path.includes('/fragment/') ? 'fragments' : path.includes('/index/') ? 'index' : 'engine';
        void response.body().then((body) => sizes.set(kind, (sizes.get(kind) ?? 0) + body.length));
      });
      await page.goto(url);
      const done = '[data-search-root][data-state="done"]';
      await page.waitForSelector(done, { timeout: 600_000 });
      const cold = Number(await page.getAttribute(done, 'data-ms'));
      // The exact count is in the status (only the first page of results is rendered).
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const count = [...status.matchAll(/(\d+)件/gu)].reduce((sum, m) => sum + Number(m[1]), 0);
      // Warm: the same search again with everything cached.
      const warm: number[] = [];
      for (let run = 0; run < warmRuns; run++) {
        await page.goto(url);
        await page.waitForSelector(done, { timeout: 600_000 });
        warm.push(Number(await page.getAttribute(done, 'data-ms')));
      }
      await context.close();
      const before = (sizes.get('engine') ?? 0) + (sizes.get('index') ?? 0);
      lines.push(
        `${query.padEnd(14)} ${String(count).padStart(6)} hits  cold ${cold} ms  warm p50 ${percentile(warm, 50)} ms p95 ${percentile(warm, 95)} ms` +
          `  transfer before results' data ${kb(before)} (engine+meta ${kb(sizes.get('engine') ?? 0)}, index ${kb(sizes.get('index') ?? 0)}), fragments ${kb(sizes.get('fragments') ?? 0)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true });
  }
  console.log(lines.join('\n'));
});
