/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API, from the documents
 * that src/pages/search/documents.json.ts wrote. Each document becomes one custom record whose
 * content is our own tokens (src/lib/search/tokenize.ts), not the text: see that file for why.
 * The index is English-only (`forceLanguage: 'en'`) so Pagefind never re-segments it as Japanese;
 * the tokens are digit strings, which English splitting and stemming leave alone.
 */
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { filterNames, type FilterKey, type SearchDocument } from '../lib/search/documents';
import { indexTokens } from '../lib/search/tokenize';

/** Writes the Pagefind index of the documents to `outputPath`; the benchmark calls this too. */
export async function writeSearchIndex(documents: SearchDocument[], outputPath: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('Pagefind could not create an index');
  for (const doc of documents) {
    const meta: Record<string, string> = { title: doc.title, kind: doc.kind, text: doc.text };
    if (doc.speaker !== undefined) meta['speaker'] = doc.speaker;
    if (doc.meeting !== undefined) meta['meeting'] = doc.meeting;
    if (doc.date !== undefined) meta['date'] = doc.date;
    const filters = Object.fromEntries(
      Object.entries(doc.filters).map(([key, values]) => [filterNames[key as FilterKey], values]),
    );
    const { errors } = await index.addCustomRecord({
      url: doc.url,
      // Only the text: a page's text starts with its name, and a statement must not match its
      // speaker's label (the quality test's truth is the statement's own words).
      content: indexTokens(doc.text).join(' '),
      language: 'en',
      meta,
      filters,
      sort: doc.date === undefined ? {} : { date: doc.date },
    });
    if (errors.length > 0) throw new Error(`Pagefind rejected ${doc.url}: ${errors.join('; ')}`);
  }
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length > 0) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  await pagefind.close();
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const source = `${out}search/documents.json`;
        const documents = JSON.parse(await readFile(source, 'utf8')) as SearchDocument[];
        await writeSearchIndex(documents, `${out}pagefind`);
        await rm(source);
        logger.info(`indexed ${documents.length} search documents`);
      },
    },
  };
}
