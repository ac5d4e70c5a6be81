/**
 * One search, from parsed terms to ranked, verified hits, over anything shaped like Pagefind's
 * browser API. The browser passes the real Pagefind; nothing here touches the DOM.
 *
 * For each term we ask Pagefind for the records holding every token of the term (one request per
 * synonym variant, united), intersect across terms, then load each candidate's text and keep the
 * ones verify() accepts. Pagefind narrows; verification decides.
 */
import { normalize } from './normalize';
import type { Term } from './query';
import { queryTokens } from './tokenize';
import { byDate, byRelevance, verify, type Verified } from './verify';

export interface EngineResult {
  id: string;
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
export interface Engine {
  search: (
    query: string | null,
    options: { filters: Record<string, string> },
  ) => Promise<{ results: EngineResult[] } | null>;
}

export interface Hit {
  url: string;
  meta: Record<string, string | undefined>;
  /** Undefined when listing by filters alone, without terms. */
  verified: Verified | undefined;
}

export type SortOrder = 'relevance' | 'date';

export async function runSearch(
  engine: Engine,
  terms: Term[],
  filters: Record<string, string>,
  sort: SortOrder,
): Promise<Hit[]> {
  if (terms.length === 0) {
    if (Object.keys(filters).length === 0) return [];
    const all = await engine.search(null, { filters });
    const hits = await Promise.all(
      (all?.results ?? []).map(async (r) => ({ ...(await r.data()), verified: undefined })),
    );
    return hits.sort((a, b) => (b.meta['date'] ?? '').localeCompare(a.meta['date'] ?? ''));
  }
  let candidates: Map<string, { result: EngineResult; rank: number }> | undefined;
  for (const term of terms) {
    const found = new Map<string, { result: EngineResult; rank: number }>();
    for (const variant of term.variants) {
      const tokens = queryTokens(variant);
      if (tokens.length === 0) continue;
      const response = await engine.search(tokens.join(' '), { filters });
      for (const result of response?.results ?? []) {
        if (!found.has(result.id)) found.set(result.id, { result, rank: found.size });
      }
    }
    candidates = candidates ? new Map([...candidates].filter(([id]) => found.has(id))) : found;
    if (candidates.size === 0) return [];
  }
  const loaded = await Promise.all(
    [...(candidates ?? new Map<string, { result: EngineResult; rank: number }>()).values()].map(
      async ({ result, rank }) => {
        const data = await result.data();
        const verified = verify(normalize(data.meta['text'] ?? ''), terms);
        const titleMatch = terms.every((t) => t.variants.some((v) => normalize(data.meta['title'] ?? '').includes(v)));
        return { ...data, verified, titleMatch, date: data.meta['date'] ?? '', engineRank: rank };
      },
    ),
  );
  const verified = loaded.flatMap((hit) => (hit.verified ? [{ ...hit, verified: hit.verified }] : []));
  return verified.sort(sort === 'date' ? byDate : byRelevance);
}
