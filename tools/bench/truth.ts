/**
 * The right answer for the bench's queries on a corpus, computed from its content the way the
 * quality test computes it (tests/browser/search-quality.test.ts): the segments whose normalised
 * text holds every term as typed, and those that hold a term only through a synonym.
 */
import { deriveRecord } from '~/record/derive';
import { searchDocuments } from '~/search/documents';
import { normalize } from '~/text/normalize';
import { expandTerms, parseQuery } from '~/search/query';
import { synonymGroups } from '~/search/synonyms';
import { readRecordEntries, type PlainEntry } from '~/content/read-record';

export function truthCounts(
  contentDir: string,
  queries: readonly string[],
): Map<string, { exact: number; synonyms: number }> {
  const entries = readRecordEntries(contentDir);
  const record = deriveRecord(entries);
  const summaries = new Map(entries.topics.map((t) => [t.id, (t as PlainEntry).body ?? '']));
  const texts = searchDocuments(record, summaries).flatMap((r) => r.segments.map((s) => normalize(s.text)));
  const groups = synonymGroups(record);
  return new Map(
    queries.map((query) => {
      const terms = expandTerms(parseQuery(query), groups);
      const exact = texts.filter((t) => terms.every((term) => t.includes(term.text))).length;
      const all = texts.filter((t) => terms.every((term) => term.variants.some((v) => t.includes(v)))).length;
      return [query, { exact, synonyms: all - exact }];
    }),
  );
}
