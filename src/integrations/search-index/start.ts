/**
 * Starts writing the search index, called once by the site's record loader (src/site/load.ts)
 * when the record is loaded, so that Pagefind, a process of its own, indexes on the other core
 * while Astro renders the pages. It writes only when a build asked for an index (staging.ts), and
 * once per build however many module graphs load the record.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { awaitOrFailOnExit } from '~/integrations/exit-guard';
import type { SearchDocument } from '~/search/documents';
import { settings } from '~/site/settings';
import { pagefindUrl } from '~/site/urls';
import { DONE, FAILED, INDEX, REQUESTED, STARTED, stagingFolder } from './staging';
import { writeSearchIndex } from './write';

/** Claims the build's index for this call; false if no build asked for one or another call has it. */
function claim(folder: URL): boolean {
  if (!existsSync(new URL(REQUESTED, folder))) return false;
  try {
    writeFileSync(new URL(STARTED, folder), '', { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

export function startSearchIndex(cacheDir: URL, records: () => SearchDocument[]): void {
  const folder = stagingFolder(cacheDir);
  if (!claim(folder)) return;
  const fail = (message: string) => {
    writeFileSync(new URL(FAILED, folder), message);
  };
  const writing = (async () => {
    const shardSize = settings.searchShardRecords;
    // The shards' URLs are published under the base path (BASE_PATH), as the pages are.
    const figures = await writeSearchIndex(
      records(),
      fileURLToPath(new URL(INDEX, folder)),
      shardSize,
      pagefindUrl(''),
    );
    await writeFile(new URL(DONE, folder), JSON.stringify(figures));
  })();
  // Pagefind's Node API leaves its answers unsettled when its process dies, and Node would then
  // end the build with exit code 0 and no index (src/integrations/exit-guard.ts).
  awaitOrFailOnExit(writing, () => {
    const message = `Pagefind stopped before it had written the search index, so the build has no dist/pagefind/. Its own error, if it printed one, is above. If the machine ran out of memory, a smaller SEARCH_SHARD_RECORDS lowers Pagefind's memory.`;
    console.error(message);
    fail(message);
  }).catch((error: unknown) => {
    fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  });
}
