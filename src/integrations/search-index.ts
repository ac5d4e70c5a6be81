/**
 * The search index's one owner. The pages write the search documents as one file of the build
 * (src/pages/search-documents.jsonl.ts); when the pages are done, this reads and removes it, has
 * Pagefind index it (search-index/write.ts) in Astro's cache folder, and moves the index into
 * dist/pagefind/. A failed build leaves nothing in the project: the next build clears the cache.
 */
import { createReadStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DOCUMENTS_FILE, type SearchDocument } from '../search/documents.ts';
import { awaitOrFailOnExit } from './exit-guard.ts';
import { writeSearchIndex } from './search-index/write.ts';

/** The documents, one JSON line each; read line by line, since the file grows with the archive. */
async function readDocuments(file: URL): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') documents.push(JSON.parse(line) as SearchDocument);
  return documents;
}

const STOPPED =
  "Pagefind stopped before it had written the search index, so the build has no dist/pagefind/. Its own error, if it printed one, is above. If the machine ran out of memory, a smaller SEARCH_SHARD_RECORDS lowers Pagefind's memory.";

/** `shardRecords`: records per Pagefind process (SEARCH_SHARD_RECORDS, src/site/settings.ts). */
export default function searchIndex({ shardRecords }: { shardRecords: number }): AstroIntegration {
  let staging: URL | undefined;
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        staging = new URL('search-index/', config.cacheDir);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!staging) return;
        const file = new URL(DOCUMENTS_FILE, dir);
        const documents = await readDocuments(file).catch((error: unknown) => {
          throw new Error(
            `search-index: could not read the search documents (${fileURLToPath(file)}), which src/pages/search-documents.jsonl.ts writes: ${String(error)}`,
          );
        });
        await rm(file);
        await rm(staging, { recursive: true, force: true });
        // The shards' URLs are published under the base path (BASE_PATH), as the pages are.
        const sitePath = `${base.replace(/\/+$/, '')}/pagefind/`;
        // Pagefind's Node API leaves its answers unsettled when its process dies (exit-guard.ts).
        const figures = await awaitOrFailOnExit(
          writeSearchIndex(documents, fileURLToPath(staging), shardRecords, sitePath),
          () => {
            console.error(STOPPED);
          },
        );
        const target = new URL('pagefind/', dir);
        await rm(target, { recursive: true, force: true });
        await rename(staging, target);
        logger.info(`search index written: ${JSON.stringify(figures)}`);
      },
    },
  };
}
