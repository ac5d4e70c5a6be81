/**
 * The search documents as JSON, for the build step that indexes them with Pagefind
 * (src/integrations/search-index.ts), which deletes this file after reading it.
 */
import type { APIRoute } from 'astro';
import { record, topicEntries } from '../../lib/record';
import { searchDocuments } from '../../lib/search/documents';

export const GET: APIRoute = () => {
  const summaries = new Map([...topicEntries].map(([id, entry]) => [id, entry.body ?? '']));
  return new Response(JSON.stringify(searchDocuments(record, summaries)));
};
