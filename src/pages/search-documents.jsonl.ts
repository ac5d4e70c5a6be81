/**
 * What the search index holds, one document a line, written with the pages; the search index
 * integration (src/integrations/search-index.ts) indexes it when the pages are done and removes it
 * from dist/. Its name is DOCUMENTS_FILE.
 */
import type { APIRoute } from 'astro';
import { searchDocuments } from '~/search/documents';
import { textResponse } from '~/open-data/streamed-response';
import { loadSite } from '~/site/load';
import { base } from '~/site/urls';

function* lines(documents: Iterable<unknown>): Generator<string> {
  for (const document of documents) yield `${JSON.stringify(document)}\n`;
}

export const GET: APIRoute = async () => {
  const { record, topicEntries } = await loadSite();
  const summaries = new Map([...topicEntries].map(([id, entry]) => [id, entry.body ?? '']));
  return textResponse(lines(searchDocuments(record, summaries, base)), 'application/jsonl');
};
