/**
 * The search index in the build. When a build starts, this asks for an index (staging.ts); the
 * site's record loader writes it beside the pages (search-index/start.ts, write.ts), and when the
 * pages are done this waits for it and moves it into dist/pagefind/. A failed build leaves nothing
 * in the project: the index is written in Astro's cache folder, which the next build clears.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DONE, FAILED, INDEX, REQUESTED, STARTED, stagingFolder } from './search-index/staging';

/** How often the build looks for the finished index once the pages are done. */
const POLL_MS = 50;

/**
 * Waits until the index is written or has failed. The waits do not keep Node alive, so that if
 * Pagefind dies with the index unwritten, Node still ends and start.ts's exit guard fails the build.
 */
async function finished(folder: URL): Promise<{ figures: string } | { error: string }> {
  for (;;) {
    if (existsSync(new URL(FAILED, folder))) return { error: readFileSync(new URL(FAILED, folder), 'utf8') };
    if (existsSync(new URL(DONE, folder))) return { figures: readFileSync(new URL(DONE, folder), 'utf8') };
    await sleep(POLL_MS, undefined, { ref: false });
  }
}

export default function searchIndex(): AstroIntegration {
  let folder: URL | undefined;
  const clear = () => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = stagingFolder(config.cacheDir);
      },
      'astro:build:start': async () => {
        if (!folder) return;
        clear();
        await mkdir(folder, { recursive: true });
        await writeFile(new URL(REQUESTED, folder), '');
        // A build that fails leaves no half-written index behind.
        process.once('exit', clear);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!folder) return;
        if (!existsSync(new URL(STARTED, folder))) {
          throw new Error(
            'search-index: no page loaded the record, so nothing wrote the search index. src/site/load.ts starts it (startSearchIndex) when the record loads; check that it still does.',
          );
        }
        const outcome = await finished(folder);
        if ('error' in outcome) throw new Error(`search-index: ${outcome.error}`);
        const target = `${fileURLToPath(dir)}pagefind`;
        await rm(target, { recursive: true, force: true });
        await rename(new URL(INDEX, folder), target);
        clear();
        process.off('exit', clear);
        logger.info(`search index written: ${outcome.figures}`);
      },
    },
  };
}
