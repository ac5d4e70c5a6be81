/**
 * Builds the Pagefind index of the search documents during `astro build` (the writing itself is
 * search-index-writer.ts, run in a worker thread by search-index-worker.ts).
 *
 * Indexing starts as soon as the record is loaded (src/lib/search/handoff.ts says how), so it runs
 * in Pagefind's processes while the pages render, shard after shard (SHARD_RECORDS in the writer
 * says why), into a folder beside the output; the finished index moves into dist/pagefind/ when the
 * build is done.
 */
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { SearchDocument } from '../lib/search/documents';
import { receiveSearchDocuments } from '../lib/search/handoff';
import type { SearchIndexJob } from './search-index-worker';
import { SHARD_RECORDS, type IndexFigures } from './search-index-writer';

/**
 * Writes the index of the documents into `outputPath` in a worker thread (search-index-worker.ts
 * says why) and resolves with its figures. An error in the worker rejects, and so does a worker
 * that ends without figures: when Pagefind's process dies, its answer never comes, and the worker
 * exits with its wait unsettled (code 13).
 */
export function indexInWorker(documents: SearchDocument[], outputPath: string): Promise<IndexFigures> {
  const job: SearchIndexJob = { documents, outputPath, shardRecords: SHARD_RECORDS };
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    let figures: IndexFigures | undefined;
    worker.once('message', (message: IndexFigures) => (figures = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (figures) resolve(figures);
      else
        reject(
          new Error(
            `search-index: the indexing worker stopped (exit code ${String(code)}) before it had written the index. Pagefind prints its own error above, if it had one.`,
          ),
        );
    });
  });
}

/**
 * CPU time of the build's own Node process so far, all its threads, in seconds: set against the
 * wall clock, it shows how busy Node kept its core. The system part is the kernel's, most of it
 * creating the files Astro writes (BENCHMARKS.md, "The file system").
 */
function buildCpuSeconds(): { total: number; system: number } {
  const { user, system } = process.cpuUsage();
  return { total: (user + system) / 1e6, system: system / 1e6 };
}

export default function searchIndex(): AstroIntegration {
  let outDir: string | undefined;
  let indexing: Promise<{ folder: string; figures: IndexFigures; seconds: number }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        indexing = undefined;
        receiveSearchDocuments((documents) => {
          // The record loads once per build; should a second module graph load it again, one index is enough.
          if (indexing || outDir === undefined) return;
          const all = documents();
          const started = performance.now();
          // Astro owns the output folder until the build is done, so the index is written beside it and moved in then.
          indexing = mkdtemp(join(dirname(outDir), '.search-index-')).then(async (folder) => {
            const figures = await indexInWorker(all, folder);
            return { folder, figures, seconds: (performance.now() - started) / 1000 };
          });
          // Settled here so that a Pagefind error fails the build when it is done, not as an unhandled rejection now.
          indexing.catch(() => undefined);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveSearchDocuments(undefined);
        if (!indexing) {
          throw new Error(
            'search-index: no search documents reached the indexer. src/lib/record.ts offers them when the record loads (offerSearchDocuments); check that it still does.',
          );
        }
        const waited = performance.now();
        const { folder, figures, seconds } = await indexing;
        const target = `${fileURLToPath(dir)}pagefind`;
        await rm(target, { recursive: true, force: true });
        await rename(folder, target);
        const cpu = buildCpuSeconds();
        // One line that the benchmark (scripts/bench.ts) reads.
        logger.info(
          `indexed ${figures.documents} search documents in ${figures.shards} shard(s): ${seconds.toFixed(2)} s beside the pages, ${((performance.now() - waited) / 1000).toFixed(2)} s after them; Pagefind peak RSS ${(figures.peakRssBytes / 2 ** 20).toFixed(1)} MB; build process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB; build process CPU ${cpu.total.toFixed(1)} s, system ${cpu.system.toFixed(1)} s`,
        );
      },
    },
  };
}
