/**
 * How the search documents reach the indexer during a build. The documents need only the record,
 * and Pagefind indexes in a process of its own, so the build hands them over as soon as the record
 * is loaded and Pagefind works on the other core while Astro renders the pages; the integration
 * (src/integrations/search-index.ts) only writes the finished index when the build is done.
 *
 * The integration runs in Astro's config context and the record in the prerendered pages' module
 * graph: two module instances of everything, one process. A symbol on globalThis is what both see.
 */
import type { SearchDocument } from './documents';

type Receiver = (documents: () => SearchDocument[]) => void;

const RECEIVER = Symbol.for('jp-cyber-council-record.search-documents');
const registry = globalThis as typeof globalThis & { [RECEIVER]?: Receiver | undefined };

/** Called by the integration when a build starts; the receiver gets the documents once. */
export function receiveSearchDocuments(receiver: Receiver | undefined): void {
  registry[RECEIVER] = receiver;
}

/** Called where the record is loaded. Outside a build (dev server, tests) nobody receives, and nothing is computed. */
export function offerSearchDocuments(documents: () => SearchDocument[]): void {
  registry[RECEIVER]?.(documents);
}
