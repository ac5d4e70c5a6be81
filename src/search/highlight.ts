/**
 * Highlighting from verified positions. Pagefind's own highlighting marks whatever tokens it
 * matched, which for Japanese meant a lone 「の」; we mark exactly the substrings verify() found,
 * mapped back from the normalised text to the verbatim source text.
 */
import { normalizeWithMap } from '~/text/normalize';
import { mergeSpans, occurrences, type Span } from './verify';

export interface Piece {
  text: string;
  mark: boolean;
}

/** Ranges of the original text where any of the variants occur (after normalisation). */
export function originalSpans(original: string, variants: string[]): Span[] {
  const { text, start, end } = normalizeWithMap(original);
  const spans = variants.flatMap((variant) =>
    occurrences(text, variant).map(([from, to]): Span => [start[from] ?? 0, end[to - 1] ?? original.length]),
  );
  return mergeSpans(spans);
}

/**
 * An excerpt of about `radius` characters either side of the first match, split into marked and
 * unmarked pieces. Whole text when it is short.
 */
export function excerpt(original: string, spans: Span[], radius = 80): Piece[] {
  const first = spans[0];
  const from = first && original.length > radius * 2 ? Math.max(0, first[0] - radius) : 0;
  const to = first && original.length > radius * 2 ? Math.min(original.length, first[1] + radius) : original.length;
  const pieces: Piece[] = [];
  if (from > 0) pieces.push({ text: '…', mark: false });
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > at) pieces.push({ text: original.slice(at, s), mark: false });
    pieces.push({ text: original.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) pieces.push({ text: original.slice(at, to), mark: false });
  if (to < original.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/**
 * The element ID a URL fragment names (`#s001`, or percent-encoded), or undefined for none. A
 * fragment that is not valid percent-encoding (`#%`) is taken as written instead of throwing.
 */
export function fragmentId(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
