/**
 * The search index's worker thread, seen from the build: started when the build starts, joined
 * when the pages are done. Until then it does not keep Node alive, so a build that fails first
 * ends as it would without it.
 */
import { Worker } from 'node:worker_threads';
import type { IndexJob } from './index-content';
import type { IndexFigures } from './write';

/** What to try when the index could not be written. */
const HINT =
  "Pagefind's own error, if it printed one, is above. If the machine ran out of memory, a smaller SEARCH_SHARD_RECORDS lowers Pagefind's memory.";

export const STOPPED = `the search index's worker stopped before the index was written, so the build has no dist/pagefind/. ${HINT}`;

export interface IndexThread {
  /** Waits for the index: its figures, or the worker's error. */
  join: () => Promise<IndexFigures>;
}

/** Starts `script` (worker.ts, or a stand-in in tests) on `job`. */
export function startIndexThread(script: URL, job: IndexJob): IndexThread {
  const worker = new Worker(script, { workerData: job });
  const answer = new Promise<IndexFigures>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      reject(new Error(`the search index was not written: ${message}. ${HINT}`, { cause: error }));
    });
    // A worker whose Pagefind process died ends with Pagefind's answers still unsettled.
    worker.once('exit', () => {
      reject(new Error(STOPPED));
    });
  });
  // An error before the pages are done is reported when they are, by join(). Listening refs the
  // worker, so it is unref'd after.
  answer.catch(() => undefined);
  worker.unref();
  return {
    join: () => {
      worker.ref();
      return answer;
    },
  };
}
