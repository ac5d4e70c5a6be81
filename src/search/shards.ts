/**
 * The search index is written in shards when it is large: Pagefind bundles of at most a fixed
 * number of records each, each written by a Pagefind process of its own (so Pagefind's memory is
 * that of one shard), which the browser merges into one search. Records are numbered in index order
 * (newest first) across shards, and every record carries its shard number as a filter, so the page
 * can list a shard's records in order and so learn each record's number (engine.ts).
 */

/** The Pagefind filter that holds a record's shard number ("0", "1", …). */
export const SHARD_FILTER = 'shard';

/** Where the shards after the first go, under the first; SHARDS_FILE lists them. */
export const SHARDS_FOLDER = 'shards';
export const SHARDS_FILE = 'shards.json';

/** A shard after the first, as SHARDS_FILE lists it: its site path and its first record's number. */
export interface ShardEntry {
  path: string;
  first: number;
}

/** The shards of `count` records, at most `size` each: their first record's number and how many. */
export function shardRecords(count: number, size: number): { first: number; count: number }[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`shard size must be a positive integer, got ${String(size)}`);
  const shards: { first: number; count: number }[] = [];
  for (let first = 0; first < count; first += size) shards.push({ first, count: Math.min(size, count - first) });
  return shards.length > 0 ? shards : [{ first: 0, count: 0 }];
}
