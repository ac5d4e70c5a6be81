/**
 * The search index's one owner. When the build starts, this starts a worker thread that reads the
 * record, derives the search documents and has Pagefind index them (search-index/worker.ts) in
 * Astro's cache folder while the pages render; when the pages are done, it waits for the index and
 * moves it into dist/pagefind/. A failed build leaves nothing in the project: the staging folder is
 * removed when Node exits, and the next build clears it anyway. Indexing beside the pages, not
 * after them, pays (docs/benchmarks.md, "The search index beside the pages").
 */
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startIndexThread, type IndexThread } from './search-index/thread.ts';

/** Where the worker's script is: beside this file, wherever Astro loads it from. */
const WORKER = new URL('./search-index/worker.ts', import.meta.url);

interface Options {
  /** The content folder (RECORD_CONTENT_DIR, src/site/settings.ts). */
  contentDir: string;
  /** Records per Pagefind process (SEARCH_SHARD_RECORDS). */
  shardRecords: number;
}

export default function searchIndex({ contentDir, shardRecords }: Options): AstroIntegration {
  let staging: URL | undefined;
  let base = '';
  let thread: IndexThread | undefined;
  const clear = () => {
    if (staging) rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
  };
  // On the way out of a failed build the worker may still be writing there; the next build clears it.
  const clearOnExit = () => {
    try {
      clear();
    } catch {
      // Left for the next build's clear().
    }
  };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = new URL('search-index/', config.cacheDir);
        base = config.base.replace(/\/+$/, '');
      },
      'astro:build:start': () => {
        if (!staging) return;
        clear();
        process.once('exit', clearOnExit);
        thread = startIndexThread(WORKER, { contentDir, outputPath: fileURLToPath(staging), shardRecords, base });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!staging || !thread) return;
        const figures = await thread.join();
        const target = new URL('pagefind/', dir);
        await rm(target, { recursive: true, force: true });
        await rename(staging, target);
        process.off('exit', clearOnExit);
        logger.info(`search index written: ${JSON.stringify(figures)}`);
      },
    },
  };
}
