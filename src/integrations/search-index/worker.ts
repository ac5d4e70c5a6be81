/**
 * The search index's worker thread, started by the integration (../search-index.ts) when a build
 * starts: it indexes the content folder (index-content.ts) while the main thread renders the pages,
 * and answers with the index's figures. Plain Node runs it, so it registers the site's import
 * resolution before it loads the site's modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { registerPlainNodeImports } from '../plain-node-imports.ts';
import type { IndexJob } from './index-content.ts';

registerPlainNodeImports();
const { indexContent } = await import('./index-content.ts');
parentPort?.postMessage(await indexContent(workerData as IndexJob));
