/**
 * One search, from parsed terms to ranked, exactly verified results, over anything shaped like
 * Pagefind's browser API. The browser passes the real Pagefind; nothing here touches the DOM.
 *
 * Pagefind holds one record per page, and its search() reports, for each record, the positions of
 * the matched query words (`words`) without loading anything else. The index holds one word per
 * character position (tokenize.ts), so we ask Pagefind for each word of a term's pattern
 * separately (it caches index chunks) and keep the places where they stand at their offsets: that
 * decides every term exactly, with its number of occurrences. The statement map (layout.ts) names
 * the segment (statement) of each place, so counts, ranking and the kind filter are known before
 * any record file loads; a record's file (records.ts) is loaded for the results shown, and for the
 * candidates that a speaker or topic filter leaves open.
 */
import type { FilterKey } from './documents';
import { filterNames } from './documents';
import { type Layout, segmentAt, segmentHasKind } from './layout';
import { normalize } from '~/text/normalize';
import type { Term } from './query';
import { type ResultPart, segmentView, type SegmentView } from './result-files';
import { matchStarts, termPattern, type PatternWord } from './tokenize';
import { verify, type Verified } from './verify';

export interface EngineResult {
  id: string;
  score?: number;
  /** Positions of the matched query words in the record's content. */
  words?: number[];
}
export interface Engine {
  search: (
    query: string | null,
    options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<{ results: EngineResult[] } | null>;
}

/** Pagefind with what the page loaded beside it. */
export interface SearchIndex {
  engine: Engine;
  layout: Layout;
  /** The record number of a Pagefind result. */
  recordOf: (id: string) => number | undefined;
  /** The part of a record's file that holds a segment (records.ts), fetched once. */
  loadPart: (record: number, segment: number) => Promise<ResultPart>;
}

export type Filters = Partial<Record<FilterKey, string>>;
export type SortOrder = 'relevance' | 'date';

export interface Hit extends SegmentView {
  /** Undefined when listing by filters alone, without terms. */
  verified: Verified | undefined;
}

/** A result known to match, ranked, whose record file loads only when it is shown. */
export interface Ranked {
  key: string;
  /** Every term occurs as typed; false when some term matched only through a synonym. */
  exact: boolean;
  load: () => Promise<Hit>;
}

/** What ranking needs of a segment, all known without its record file. */
export interface Signals {
  exact: boolean;
  phrase: boolean;
  occurrences: number;
  score: number;
  /** The record's number: its date order, newest first. */
  record: number;
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
  return a.record - b.record || bySignals(a, b);
}

/** A matching segment. */
interface Match extends Signals {
  segment: number;
}

const keyOf = (record: number, segment: number) => `${String(record)}:${String(segment)}`;

/** Each query word's results by record number: its positions (as a set once asked for) and Pagefind's score. */
type Located = Map<number, { words: number[]; set?: Set<number>; score: number }>;
const noPositions: ReadonlySet<number> = new Set();

/** Searches each distinct word once, with the filters Pagefind can apply to whole records. */
async function locateWords(index: SearchIndex, words: string[], filters: Record<string, string>) {
  const located = new Map<string, Located>();
  await Promise.all(
    words.map(async (word) => {
      const response = await index.engine.search(word, { filters });
      const byRecord: Located = new Map();
      for (const result of response?.results ?? []) {
        const record = index.recordOf(result.id);
        if (record === undefined) continue;
        byRecord.set(record, { words: result.words ?? [], score: result.score ?? 0 });
      }
      located.set(word, byRecord);
    }),
  );
  const none: Located = new Map();
  return (word: string): Located => located.get(word) ?? none;
}

/** Occurrences of a pattern per segment (key), from the positions of its words. */
function segmentCounts(index: SearchIndex, at: (word: string) => Located, pattern: readonly PatternWord[]) {
  const counts = new Map<string, { record: number; segment: number; count: number }>();
  const [first, ...rest] = pattern;
  if (first === undefined) return counts;
  for (const record of at(first.token).keys()) {
    if (!rest.every((word) => at(word.token).has(record))) continue;
    for (const start of startsIn(at, pattern, record)) {
      const segment = segmentAt(index.layout, record, start);
      if (segment < 0) continue;
      const key = keyOf(record, segment);
      const entry = counts.get(key) ?? { record, segment, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return counts;
}

interface TermMatch {
  occurrences: number;
  /** The term occurs as typed (not only through a synonym). */
  typed: boolean;
  record: number;
  segment: number;
}

/** The segments where a term (any of its variants) occurs, decided from positions. */
function termMatches(index: SearchIndex, at: (word: string) => Located, term: Term): Map<string, TermMatch> {
  const matches = new Map<string, TermMatch>();
  for (const variant of term.variants) {
    for (const [key, { record, segment, count }] of segmentCounts(index, at, termPattern(variant).words)) {
      const match = matches.get(key) ?? { occurrences: 0, typed: false, record, segment };
      match.occurrences += count;
      if (variant === term.text) match.typed = true;
      matches.set(key, match);
    }
  }
  return matches;
}

/** The segments where every term occurs, with their signals. */
function allTerms(index: SearchIndex, at: (word: string) => Located, terms: readonly Term[], words: string[]) {
  let survivors: Map<string, Match> | undefined;
  for (const term of terms) {
    const next = new Map<string, Match>();
    for (const [key, m] of termMatches(index, at, term)) {
      const before = survivors ? survivors.get(key) : undefined;
      if (survivors && !before) continue;
      const score = words.reduce((sum, word) => sum + (at(word).get(m.record)?.score ?? 0), 0);
      next.set(key, {
        record: m.record,
        segment: m.segment,
        occurrences: (before?.occurrences ?? 0) + m.occurrences,
        exact: (before?.exact ?? true) && m.typed,
        phrase: terms.length === 1,
        score,
      });
    }
    survivors = next;
    if (survivors.size === 0) break;
  }
  return survivors ?? new Map<string, Match>();
}

/** Where a pattern starts in one record. */
function startsIn(at: (word: string) => Located, pattern: readonly PatternWord[], record: number): number[] {
  return matchStarts(pattern, (token) => {
    const found = at(token).get(record);
    return found ? (found.set ??= new Set(found.words)) : noPositions;
  });
}

/**
 * Marks the segments where the terms stand together in the order typed, joined by nothing or by a
 * space (one GAP position), from the positions the terms' own words already gave.
 */
function markPhrases(
  index: SearchIndex,
  at: (word: string) => Located,
  terms: readonly Term[],
  matches: Map<string, Match>,
) {
  if (terms.length < 2) return;
  const patterns = terms.map((t) => termPattern(t.text).words);
  const lengths = terms.map((t) => Array.from(t.text).length);
  const records = new Set([...matches.values()].map((m) => m.record));
  for (const record of records) {
    const starts = patterns.map((pattern) => new Set(startsIn(at, pattern, record)));
    for (const start of starts[0] ?? []) {
      let ends = [start];
      for (let k = 1; k < terms.length && ends.length > 0; k++) {
        const length = lengths[k - 1] ?? 0;
        ends = ends.flatMap((p) => [p + length, p + length + 1]).filter((p) => starts[k]?.has(p));
      }
      if (ends.length === 0) continue;
      const match = matches.get(keyOf(record, segmentAt(index.layout, record, start)));
      if (match) match.phrase = true;
    }
  }
}

/** Every pattern word of every variant of every term. */
function queryWords(terms: readonly Term[]): string[] {
  const texts = terms.flatMap((t) => t.variants);
  return [...new Set(texts.flatMap((text) => termPattern(text).words.map((w) => w.token)))];
}

/** The filters Pagefind applies to whole records: a record passes when any of its segments might. */
function recordFilters(filters: Filters): Record<string, string> {
  return Object.fromEntries(
    (Object.entries(filters) as [FilterKey, string | undefined][]).flatMap(([key, value]) =>
      value ? [[filterNames[key], value]] : [],
    ),
  );
}

/** Segments of the records that match the filters alone, without terms. */
async function listAll(index: SearchIndex, filters: Record<string, string>): Promise<Map<string, Match>> {
  const response = await index.engine.search(null, { filters });
  const matches = new Map<string, Match>();
  for (const result of response?.results ?? []) {
    const record = index.recordOf(result.id);
    if (record === undefined) continue;
    for (let segment = 0; segment < (index.layout.segments[record] ?? 0); segment++) {
      const base = { exact: true, phrase: true, occurrences: 0, score: 0 };
      matches.set(keyOf(record, segment), { ...base, record, segment });
    }
  }
  return matches;
}

/** Keeps the segments whose own kind, speaker and topic pass the filters; loads record files only for speaker or topic. */
async function segmentFilters(index: SearchIndex, matches: Map<string, Match>, filters: Filters) {
  const kept = [...matches.values()].filter((m) => !filters.kind || segmentHasKind(filters.kind, m.segment));
  if (!filters.speaker && !filters.topic) return kept;
  const passes = await Promise.all(
    kept.map(async (m) => {
      const part = await index.loadPart(m.record, m.segment);
      const segment = part.segments[m.segment - part.first];
      return (
        segment !== undefined &&
        (!filters.speaker || segment.speaker === filters.speaker) &&
        (!filters.topic || segment.topics.includes(filters.topic))
      );
    }),
  );
  return kept.filter((_, i) => passes[i]);
}

/** A result's view, with the matched spans verified in its text. */
async function hitOf(index: SearchIndex, match: Match, terms: readonly Term[]): Promise<Hit> {
  const view = segmentView(await index.loadPart(match.record, match.segment), match.segment);
  return { ...view, verified: verify(normalize(view.segment.text), [...terms]) };
}

/** The search: the segments that hold every term (or match the filters alone), ranked. */
export async function runSearch(
  index: SearchIndex,
  terms: Term[],
  filters: Filters,
  sort: SortOrder,
): Promise<Ranked[]> {
  const pagefindFilters = recordFilters(filters);
  let found: Map<string, Match>;
  if (terms.length === 0) {
    if (Object.keys(pagefindFilters).length === 0) return [];
    found = await listAll(index, pagefindFilters);
  } else {
    const words = queryWords(terms);
    const at = await locateWords(index, words, pagefindFilters);
    found = allTerms(index, at, terms, words);
    markPhrases(index, at, terms, found);
  }
  const matches = await segmentFilters(index, found, filters);
  const order = sort === 'date' ? bySignalsDate : bySignals;
  return matches
    .sort((a, b) => order(a, b) || a.segment - b.segment)
    .map((m) => ({ key: keyOf(m.record, m.segment), exact: m.exact, load: () => hitOf(index, m, terms) }));
}
