/**
 * The search index is written in shards (src/integrations/search-index.ts says why): Pagefind
 * bundles of at most a fixed number of records each, which the browser merges into one search.
 * Shards follow each other in date order, newest first, and every record carries its shard number
 * as a filter, so a date-sorted listing can be read shard by shard: Pagefind sorts within one
 * index, but merges the results of several by score.
 */
import type { SearchDocument } from './documents';

/** The Pagefind filter that holds a record's shard number ("0", "1", …). */
export const SHARD_FILTER = 'shard';

/** Where the shards after the first go, under the first; SHARDS_FILE lists their site paths. */
export const SHARDS_FOLDER = 'shards';
export const SHARDS_FILE = 'shards.json';

/** Splits documents into shards of at most `size`: newest first, undated last, order otherwise kept. */
export function shardDocuments(documents: readonly SearchDocument[], size: number): SearchDocument[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`shard size must be a positive integer, got ${String(size)}`);
  const ordered = [...documents].sort((a, b) =>
    a.date === b.date ? 0 : a.date === undefined ? 1 : b.date === undefined ? -1 : b.date.localeCompare(a.date),
  );
  const shards: SearchDocument[][] = [];
  for (let start = 0; start < ordered.length; start += size) shards.push(ordered.slice(start, start + size));
  return shards.length > 0 ? shards : [[]];
}
