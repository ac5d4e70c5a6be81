/**
 * Writes the search index: Pagefind's bundle of one custom record per page (records of
 * src/search/documents.ts), whose content is our own words (src/search/tokenize.ts), and
 * beside it the statement map (layout.json, src/search/layout.ts) and one file per record with
 * what a result shows (record/<n>.json). The index is English-only (`forceLanguage: 'en'`) so
 * Pagefind never re-segments it; the words are digit strings, which English splitting and stemming
 * leave alone.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { filterNames, kindLabels, type SearchDocument } from '~/search/documents';
import { buildLayout } from '~/search/layout';
import { LAYOUT_FILE, ORDER_SORT, partPath, resultParts } from '~/search/result-files';
import { SHARD_FILTER, SHARDS_FILE, SHARDS_FOLDER, shardRecords } from '~/search/shards';
import { recordContent } from '~/search/tokenize';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Records sent to Pagefind before waiting for its answers. One at a time, each record waited for a
 * turn of the event loop, which page rendering holds for milliseconds, and Pagefind sat idle.
 */
const BATCH = 20;

const unique = (values: (string | undefined)[]) => [
  ...new Set(values.filter((v): v is string => v !== undefined && v !== '')),
];

/** Pagefind's filters narrow whole records; each segment's own are checked from the record file. */
function pagefindFilters(record: SearchDocument, shard: number): Record<string, string[]> {
  return {
    [filterNames.kind]: unique(record.segments.map((s) => kindLabels[s.kind])),
    [filterNames.body]: unique([record.body]),
    [filterNames.year]: unique([record.date?.slice(0, 4)]),
    [filterNames.speaker]: unique(record.segments.map((s) => s.speaker)),
    [filterNames.topic]: unique(record.segments.flatMap((s) => s.topics)),
    [SHARD_FILTER]: [String(shard)],
  };
}

/** Adds records to a new Pagefind index, numbered from `first`; returns each one's segments' positions. */
async function indexRecords(records: readonly SearchDocument[], first: number, shard: number) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('Pagefind could not create an index');
  const positions: number[][] = [];
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const answers = await Promise.all(
      batch.map((record, i) => {
        const { content, positions: segmentPositions } = recordContent(record.segments.map((s) => s.text));
        positions.push(segmentPositions);
        return index.addCustomRecord({
          url: record.url,
          content,
          language: 'en',
          meta: { title: record.title },
          filters: pagefindFilters(record, shard),
          // The record's number: its place in the statement map, and its date order (newest first).
          sort: { [ORDER_SORT]: String(first + start + i).padStart(7, '0') },
        });
      }),
    );
    answers.forEach(({ errors }, i) => {
      if (errors.length > 0) throw new Error(`Pagefind rejected ${batch[i]?.url ?? '?'}: ${errors.join('; ')}`);
    });
  }
  return { index, positions };
}

/** Writes a Pagefind index and stops Pagefind's process, which frees its memory. */
async function writePagefind(index: PagefindIndex, outputPath: string): Promise<void> {
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length > 0) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  await pagefind.close();
}

/** Each record's file, in parts: what its results show, and each segment's own filters. */
async function writeResultFiles(records: readonly SearchDocument[], outputPath: string): Promise<void> {
  for (const [n, record] of records.entries()) {
    await mkdir(dirname(join(outputPath, partPath(n, 0))), { recursive: true });
    for (const part of resultParts(record)) {
      await writeFile(join(outputPath, partPath(n, part.first)), JSON.stringify(part));
    }
  }
}

export interface IndexFigures {
  records: number;
  segments: number;
  shards: number;
}

/**
 * Writes the index of `records` (in index order: newest first) into `outputPath`: the first
 * Pagefind shard there, the others in SHARDS_FOLDER/<n>/ (SHARDS_FILE lists them), the statement
 * map and the record files. `shardSize` is records per Pagefind process (src/search/shards.ts).
 */
export async function writeSearchIndex(
  records: readonly SearchDocument[],
  outputPath: string,
  shardSize: number,
  sitePath = '/pagefind/',
): Promise<IndexFigures> {
  const shards = shardRecords(records.length, shardSize);
  const positions: number[][] = [];
  for (const [n, { first, count }] of shards.entries()) {
    const path = n === 0 ? outputPath : join(outputPath, SHARDS_FOLDER, String(n));
    const indexed = await indexRecords(records.slice(first, first + count), first, n);
    for (const recordPositions of indexed.positions) positions.push(recordPositions);
    await writePagefind(indexed.index, path);
  }
  await writeFile(join(outputPath, LAYOUT_FILE), JSON.stringify(buildLayout(positions)));
  await writeResultFiles(records, outputPath);
  const others = shards
    .slice(1)
    .map(({ first }, i) => ({ path: `${sitePath}${SHARDS_FOLDER}/${String(i + 1)}/`, first }));
  await writeFile(join(outputPath, SHARDS_FILE), JSON.stringify(others));
  return {
    records: records.length,
    segments: records.reduce((sum, r) => sum + r.segments.length, 0),
    shards: shards.length,
  };
}
