/**
 * One search, from parsed terms to ranked, exactly verified results, over anything shaped like
 * Pagefind's browser API. The browser passes the real Pagefind; nothing here touches the DOM.
 *
 * Why positions: Pagefind's search() reports, for each result, the positions of the matched query
 * words in the record's content (`words`), without loading the record's fragment. The index holds
 * one token per character position (tokenize.ts), so we ask Pagefind for each distinct token of
 * the query separately (it caches index chunks, so that is cheap) and check per document that a
 * term's tokens stand at consecutive positions. That decides every term without spaces exactly,
 * and gives exact counts and ranking signals, so only the results on screen load their fragment.
 * Loading every candidate's fragment to check its text, as we did before, took seconds on a
 * large archive because common terms have thousands of candidates.
 *
 * A term with a space (a quoted phrase or an alias such as "secure gateway") cannot be decided
 * from positions (termPattern says why); documents that match it only that way load their
 * fragment and go through verify(), as every candidate did before.
 */
import { normalize } from './normalize';
import { SHARD_FILTER } from './shards';
import type { Term } from './query';
import { matchStarts, termPattern } from './tokenize';
import { verify, type Verified } from './verify';

export interface HitData {
  url: string;
  meta: Record<string, string | undefined>;
}
export interface EngineResult {
  id: string;
  score?: number;
  /** Positions of the matched query words in the record's content. */
  words?: number[];
  data: () => Promise<HitData>;
}
export interface Engine {
  search: (
    query: string | null,
    options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: EngineResult[] } | null>;
}

export interface Hit extends HitData {
  /** Undefined when listing by filters alone, without terms. */
  verified: Verified | undefined;
}

/** A result known to match, ranked, whose data loads only when it is shown. */
export interface Ranked {
  id: string;
  /** Every term occurs as typed; false when some term matched only through a synonym. */
  exact: boolean;
  load: () => Promise<Hit>;
}

export type SortOrder = 'relevance' | 'date';

/** What ranking needs of a document, all known without its fragment. */
export interface Signals {
  exact: boolean;
  phrase: boolean;
  occurrences: number;
  score: number;
  /** Position in Pagefind's date order (newest first); undated documents come last. */
  dateRank: number;
}

/** Relevance: the typed terms before synonym-only matches, the whole phrase before scattered terms, then occurrences, then Pagefind's score. */
export function bySignals(a: Signals, b: Signals): number {
  return (
    Number(b.exact) - Number(a.exact) ||
    Number(b.phrase) - Number(a.phrase) ||
    b.occurrences - a.occurrences ||
    b.score - a.score
  );
}

/** Newest first, undated last, ties by relevance. */
export function bySignalsDate(a: Signals, b: Signals): number {
  return a.dateRank - b.dateRank || bySignals(a, b);
}

interface Located {
  result: EngineResult;
  words: number[];
}

/**
 * Each answer's results by id, built once per answer: an engine that remembers its answers
 * (cache.ts) hands back the same object when a token is searched again, and then the map of its
 * thousands of results need not be rebuilt.
 */
const byId = new WeakMap<object, Map<string, Located>>();
function locate(response: { results: EngineResult[] } | null): Map<string, Located> {
  if (!response) return new Map();
  let found = byId.get(response);
  if (!found) {
    found = new Map(response.results.map((r) => [r.id, { result: r, words: r.words ?? [] }]));
    byId.set(response, found);
  }
  return found;
}

/**
 * Position of every dated record in date order, newest first. Pagefind sorts within one index but
 * merges several by score, so the index's shards (src/search/shards.ts) are listed one at a
 * time, in their own date order, through the filter that holds each record's shard.
 */
async function dateRanks(
  engine: Engine,
  filters: Record<string, string>,
  shards: number,
): Promise<Map<string, number>> {
  const listed = await Promise.all(
    Array.from({ length: shards }, (_, shard) =>
      engine.search(null, { filters: { ...filters, [SHARD_FILTER]: String(shard) }, sort: { date: 'desc' } }),
    ),
  );
  return new Map(listed.flatMap((response) => response?.results ?? []).map((r, i) => [r.id, i]));
}

/** `shards`: how many shards the index has (see src/search/shards.ts); the date order needs it. */
export async function runSearch(
  engine: Engine,
  terms: Term[],
  filters: Record<string, string>,
  sort: SortOrder,
  shards = 1,
): Promise<Ranked[]> {
  if (terms.length === 0) {
    if (Object.keys(filters).length === 0) return [];
    const all = await engine.search(null, { filters });
    const hits = await Promise.all(
      (all?.results ?? []).map(async (r) => ({ id: r.id, ...(await r.data()), verified: undefined })),
    );
    hits.sort((a, b) => (b.meta['date'] ?? '').localeCompare(a.meta['date'] ?? ''));
    return hits.map((hit) => ({ id: hit.id, exact: true, load: () => Promise.resolve(hit) }));
  }

  // Every distinct token of every variant (and of the joined phrase), one Pagefind search each.
  const patterns = new Map<string, { tokens: string[]; exact: boolean }>();
  const patternOf = (text: string) => {
    let pattern = patterns.get(text);
    if (!pattern) patterns.set(text, (pattern = termPattern(text)));
    return pattern;
  };
  const phraseText = terms.map((t) => t.text).join(' ');
  for (const term of terms) for (const variant of term.variants) patternOf(variant);
  if (terms.length > 1) patternOf(phraseText);
  const tokens = [...new Set([...patterns.values()].flatMap((p) => p.tokens))];
  const located = new Map<string, Map<string, Located>>();
  await Promise.all(
    tokens.map(async (token) => {
      located.set(token, locate(await engine.search(token, { filters })));
    }),
  );
  const at = (token: string) => located.get(token) ?? new Map<string, Located>();
  // With several terms, only documents holding, for every term, the first token of one of its
  // variants can match; checking positions in those alone gives the same answer, in the same
  // order, for much less work when one term is common (IoT in IoT 標準化).
  let candidates: Set<string> | undefined;
  if (terms.length > 1) {
    for (const term of terms) {
      const holding = new Set<string>();
      for (const variant of term.variants) {
        const [first] = patternOf(variant).tokens;
        if (first === undefined) continue;
        for (const id of at(first).keys()) if (!candidates || candidates.has(id)) holding.add(id);
      }
      candidates = holding;
    }
  }
  /** Documents holding every token of the pattern, with the start positions of the pattern. */
  const starts = (text: string): Map<string, number[]> => {
    const { tokens: pattern } = patternOf(text);
    const [first, ...rest] = pattern;
    const found = new Map<string, number[]>();
    if (first === undefined) return found;
    for (const [id] of at(first)) {
      if (candidates && !candidates.has(id)) continue;
      if (!rest.every((token) => at(token).has(id))) continue;
      const s = matchStarts(pattern, (token) => at(token).get(id)?.words ?? []);
      if (s.length > 0) found.set(id, s);
    }
    return found;
  };

  // Per term: documents decided by positions (with occurrences and whether the typed text
  // matched), and documents that only a spaced variant may match, to be settled by their text.
  interface Decided {
    occurrences: number;
    typed: boolean;
  }
  let survivors: Map<string, { occurrences: number; exact: boolean; unsure: boolean }> | undefined;
  for (const term of terms) {
    const decided = new Map<string, Decided>();
    const unsure = new Set<string>();
    const typedExact = patternOf(term.text).exact;
    for (const variant of term.variants) {
      const { exact } = patternOf(variant);
      for (const [id, s] of starts(variant)) {
        if (!exact) {
          unsure.add(id);
          continue;
        }
        const d = decided.get(id) ?? { occurrences: 0, typed: false };
        d.occurrences += s.length;
        if (variant === term.text) d.typed = true;
        decided.set(id, d);
      }
    }
    const next = new Map<string, { occurrences: number; exact: boolean; unsure: boolean }>();
    for (const id of new Set([...decided.keys(), ...unsure])) {
      const before = survivors ? survivors.get(id) : { occurrences: 0, exact: true, unsure: false };
      if (!before) continue;
      const d = decided.get(id);
      // Unsure when only a spaced variant matches, or when the typed text itself has a space
      // (then whether it occurs as typed needs the text).
      const isUnsure = d === undefined || (!typedExact && unsure.has(id));
      next.set(id, {
        occurrences: before.occurrences + (d?.occurrences ?? 0),
        exact: before.exact && (d?.typed ?? false),
        unsure: before.unsure || isUnsure,
      });
    }
    survivors = next;
    if (survivors.size === 0) return [];
  }

  const phraseStarts = terms.length > 1 ? starts(phraseText) : undefined;
  // Pagefind's own date order (the records' `date` sort key): a filter-only search returns every
  // dated record, newest first, still without fragments.
  const dateRank = sort === 'date' ? await dateRanks(engine, filters, shards) : new Map<string, number>();
  const score = (id: string) => tokens.reduce((sum, token) => sum + (at(token).get(id)?.result.score ?? 0), 0);
  const resultOf = (id: string) => {
    for (const token of tokens) {
      const found = at(token).get(id);
      if (found) return found.result;
    }
    throw new Error(`no result for ${id}`);
  };
  const withText = async (result: EngineResult): Promise<Hit> => {
    const data = await result.data();
    return { ...data, verified: verify(normalize(data.meta['text'] ?? ''), terms) };
  };

  const ranked = await Promise.all(
    [...(survivors ?? new Map<string, never>())].map(async ([id, s]) => {
      const result = resultOf(id);
      const signals: Signals = {
        exact: s.exact,
        phrase: terms.length === 1 || (phraseStarts?.has(id) ?? false),
        occurrences: s.occurrences,
        score: score(id),
        dateRank: dateRank.get(id) ?? Number.MAX_SAFE_INTEGER,
      };
      if (!s.unsure) {
        // The phrase check is over the terms joined by a space, which positions read as joined
        // by a space or by nothing: what `phrase` means anyway. It only ranks.
        return { id, signals, load: () => withText(result) };
      }
      // Settle by the text, as before positions: only for documents a spaced term leaves open.
      const hit = await withText(result);
      if (!hit.verified) return undefined;
      const verified = hit.verified;
      return {
        id,
        signals: { ...signals, exact: verified.exact, phrase: verified.phrase, occurrences: verified.occurrences },
        load: () => Promise.resolve(hit),
      };
    }),
  );
  return ranked
    .filter((r) => r !== undefined)
    .sort((a, b) => (sort === 'date' ? bySignalsDate(a.signals, b.signals) : bySignals(a.signals, b.signals)))
    .map(({ id, signals, load }) => ({ id, exact: signals.exact, load }));
}
