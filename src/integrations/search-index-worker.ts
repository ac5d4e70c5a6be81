/**
 * The search index, written in a worker thread: turning 33,000 documents into tokens and sending
 * them to Pagefind took about 3 s of the main thread at 1,000 meetings, the thread Astro renders
 * every page on. Here that work shares the other core with Pagefind instead.
 *
 * Node loads this module and its imports itself (no Vite in a worker), so every import it reaches
 * carries its `.ts` extension and none reaches Astro.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchDocument } from '../lib/search/documents.ts';
import { writeSearchIndex } from './search-index-writer.ts';

/** What the integration hands this thread (search-index.ts, indexInWorker). */
export interface SearchIndexJob {
  documents: SearchDocument[];
  outputPath: string;
  /** Records per shard, read from the build's setting where the build starts, so that a bad one fails it at once. */
  shardRecords: number;
}

const { documents, outputPath, shardRecords } = workerData as SearchIndexJob;
parentPort?.postMessage(await writeSearchIndex(documents, outputPath, { shardRecords }));
