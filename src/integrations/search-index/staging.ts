/**
 * How the build's two halves meet over the search index, through one folder in Astro's cache
 * folder: the integration (src/integrations/search-index.ts) asks for an index when a build starts
 * (REQUESTED), the site's record loader starts writing it as soon as the record is loaded
 * (start.ts: STARTED, then INDEX and DONE, or FAILED), and the integration moves INDEX into the
 * output when the pages are done. They run in one process but in two module graphs (Astro's config
 * and the prerendered pages), so they share files, not objects.
 */
export const stagingFolder = (cacheDir: URL) => new URL('search-index/', cacheDir);

export const REQUESTED = 'requested';
export const STARTED = 'started';
export const INDEX = 'index';
export const DONE = 'done.json';
export const FAILED = 'failed.txt';
