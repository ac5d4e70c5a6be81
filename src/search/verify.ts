/**
 * Verification by text: the normalised text must contain each term (or one of its synonyms) as a
 * substring. engine.ts decides most matches from Pagefind's word positions instead and calls
 * verify() only for records a term with a space leaves open, and for the results it shows, to
 * find the spans to highlight.
 */
import type { Term } from './query';

/** A half-open range in normalised text. */
export type Span = readonly [start: number, end: number];

export interface Verified {
  /** Every occurrence of every matched variant, sorted and merged. */
  spans: Span[];
  /** The variants that occur, per term, for highlighting on the target page. */
  found: string[];
  /** Every term occurs as typed; false when some term matched only through a synonym. */
  exact: boolean;
  /** The terms occur together in query order as one phrase (joined by nothing or a space). */
  phrase: boolean;
  /** Total occurrences, a simple term-frequency signal. */
  occurrences: number;
}

export function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Undefined unless the normalised text contains every term; otherwise where and how well. */
export function verify(normalizedText: string, terms: Term[]): Verified | undefined {
  if (terms.length === 0) return undefined;
  const spans: Span[] = [];
  const found: string[] = [];
  let exact = true;
  for (const term of terms) {
    if (!normalizedText.includes(term.text)) exact = false;
    const hits = term.variants.flatMap((variant) => {
      const at = occurrences(normalizedText, variant);
      if (at.length > 0) found.push(variant);
      return at;
    });
    if (hits.length === 0) return undefined;
    // A loop, not push(...hits): a long text's hits would overflow the call stack as arguments.
    for (const hit of hits) spans.push(hit);
  }
  const joined = (glue: string) => terms.map((t) => t.text).join(glue);
  const phrase = terms.length === 1 || normalizedText.includes(joined('')) || normalizedText.includes(joined(' '));
  return { spans: mergeSpans(spans), found, exact, phrase, occurrences: spans.length };
}
