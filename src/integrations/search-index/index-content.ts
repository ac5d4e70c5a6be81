/**
 * The search index of a content folder, from the record read as the site reads it
 * (src/content/read-record.ts: the loaders' strict reading, parsing and schemas) and checked as a
 * whole (buildRecord), to the files Pagefind and we write (write.ts). The search index's worker
 * thread runs it while the pages render.
 */
import { rm } from 'node:fs/promises';
import { readRecordEntries, type PlainEntry } from '~/content/read-record';
import { buildRecord } from '~/record/index';
import { searchDocuments } from '~/search/documents';
import { writeSearchIndex, type IndexFigures } from './write';

export interface IndexJob {
  /** The content folder (RECORD_CONTENT_DIR). */
  contentDir: string;
  /** The folder to write the index into; emptied first. */
  outputPath: string;
  /** Records per Pagefind process (SEARCH_SHARD_RECORDS). */
  shardRecords: number;
  /** The base path the pages are published under, without its trailing slash ('' at the root). */
  base: string;
}

export async function indexContent({ contentDir, outputPath, shardRecords, base }: IndexJob): Promise<IndexFigures> {
  const entries = readRecordEntries(contentDir);
  const record = buildRecord(entries);
  const summaries = new Map(entries.topics.map((topic) => [topic.id, (topic as PlainEntry).body ?? '']));
  const documents = searchDocuments(record, summaries, base);
  await rm(outputPath, { recursive: true, force: true });
  // The shards' URLs are published under the base path (BASE_PATH), as the pages are.
  return writeSearchIndex(documents, outputPath, shardRecords, `${base}/pagefind/`);
}
