/**
 * The tokenizer shared by the index (built in Node) and the query (run in the browser).
 *
 * Why not Pagefind's own segmentation: Pagefind segments Japanese with Lindera when indexing and
 * with the browser's Intl.Segmenter when querying, and the two disagree (Pagefind issue #1237), so
 * quoted katakana compounds find nothing and particles get scored. We hand Pagefind tokens it
 * cannot re-segment instead: every character and every pair of adjacent characters of the
 * normalised text (character uni- and bigrams, whatever the script), each spelled as a string of
 * decimal digits. Digits pass through Pagefind's English word splitting and stemming unchanged,
 * so the index and the query hold exactly the tokens this module produced.
 *
 * The index keeps one token per character position, in order, and Pagefind reports where its
 * query words matched (`words`): a term occurs exactly where its bigrams stand at consecutive
 * positions (termPattern, matchStarts), so the engine decides matches from positions alone and
 * loads a fragment only to show a result, or to settle a term that spans a space.
 */
import { BLOCK, blocksFor, GAP } from './layout';
import { normalize } from '~/text/normalize';

/** Code points are at most 0x10FFFF = 1114111: seven digits, fixed width, so a token is prefix-free per character. */
const encodeChar = (char: string) => (char.codePointAt(0) ?? 0).toString().padStart(7, '0');
/**
 * What follows the last character of a run in its index token: U+0000, which normalised text
 * never holds, so every index token has 14 digits. That matters because Pagefind, when no index
 * word starts with a query word, falls back to the longest index word that is a prefix of it: were
 * the run's last character indexed alone (7 digits), a bigram absent from the index would match
 * it, and which it matched would depend on the index chunks already loaded. With every index word
 * 14 digits long, a 14-digit query word matches itself or nothing.
 */
const RUN_END = encodeChar('\u0000');

/** The characters of each space-separated run of already-normalised text. */
function runs(normalized: string): string[][] {
  return normalized
    .split(' ')
    .filter((run) => run.length > 0)
    .map((run) => Array.from(run)); // code points, so a surrogate pair is one character
}

/**
 * Index words of a text, in order, one per position: for each run c0..cn-1 of the normalised text,
 * position i holds the bigram of c_i and c_i+1, the run's last position holds c_n-1 followed by
 * RUN_END, and one GAP follows (a position Pagefind indexes as nothing). Not deduplicated: Pagefind
 * reports, for each matched query word, its positions in this list (`words`), and engine.ts checks
 * from those positions alone that a term's bigrams stand where they should.
 *
 * The GAP after every run is what lets a query check every other bigram only (termPattern): two
 * bigrams two positions apart are in one run, because a run's last position is followed by a GAP,
 * never by a bigram.
 */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const chars of runs(normalize(text))) {
    chars.forEach((char, i) => {
      const next = chars[i + 1];
      tokens.push(encodeChar(char) + (next === undefined ? RUN_END : encodeChar(next)));
    });
    tokens.push(GAP);
  }
  return tokens;
}

/**
 * A record's Pagefind content from its segments' texts: each segment's words, then GAPs up to the
 * next block boundary (layout.ts). Returns the content and each segment's positions before padding.
 */
export function recordContent(texts: readonly string[], block = BLOCK): { content: string; positions: number[] } {
  const parts: string[] = [];
  const positions = texts.map((text) => {
    const words = indexTokens(text);
    const padding = blocksFor(words.length, block) * block - words.length;
    // Loops, not push(...words): a long text's words would overflow the call stack as arguments.
    for (const word of words) parts.push(word);
    for (let gap = 0; gap < padding; gap += 1) parts.push(GAP);
    return words.length;
  });
  return { content: parts.join(' '), positions };
}

/** A query word and where it must stand, counted from the start of the term. */
export interface PatternWord {
  token: string;
  offset: number;
}

/** Every other bigram of a run, and the last one, from `offset`: enough to fix every character. */
function runPattern(chars: string[], offset: number): PatternWord[] {
  if (chars.length === 1) return [{ token: encodeChar(chars[0] ?? ''), offset }];
  const bigram = (k: number) => ({
    token: encodeChar(chars[k] ?? '') + encodeChar(chars[k + 1] ?? ''),
    offset: offset + k,
  });
  const words: PatternWord[] = [];
  for (let k = 0; k + 1 < chars.length; k += 2) words.push(bigram(k));
  if (chars.length % 2 === 1) words.push(bigram(chars.length - 2));
  return words;
}

/**
 * The words a term must have at fixed offsets from its start. Every term is decided exactly by them
 * (`exact` is always true; it stays in the shape for the engine's sake).
 *
 * One run of length L >= 2: the bigrams at offsets 0, 2, 4, … and the last one (L-2). Every index
 * word has 14 digits, and Pagefind matches a query word as a prefix (or, when nothing starts with
 * it, by the longest index word that prefixes it: none but itself here, see RUN_END), so a 14-digit
 * query word matches only itself; and two bigrams two positions apart are in one run (see the GAP
 * in indexTokens). So the run occurs exactly there. One character: its 7-digit code, which
 * prefix-matches every index word starting with that character (run ends included): also exact.
 *
 * Several runs ("fuzz testing", normalised with single spaces as the text is): each run but the
 * last must end where the text's run ends (its last character and RUN_END, one exact word), and
 * the next starts after the GAP that follows, one position later.
 */
export function termPattern(normalizedTerm: string): { words: PatternWord[]; exact: boolean } {
  const all = runs(normalizedTerm);
  const words: PatternWord[] = [];
  let offset = 0;
  all.forEach((chars, r) => {
    const last = r === all.length - 1;
    if (last || chars.length > 1) for (const word of runPattern(chars, offset)) words.push(word);
    if (!last) words.push({ token: encodeChar(chars.at(-1) ?? '') + RUN_END, offset: offset + chars.length - 1 });
    offset += chars.length + 1;
  });
  return { words, exact: true };
}

/**
 * The start positions p at which every pattern word stands at p + its offset, given each word's
 * positions in one record. Plain sets in, so it is tested without Pagefind.
 */
export function matchStarts(
  pattern: readonly PatternWord[],
  positions: (token: string) => ReadonlySet<number>,
): number[] {
  const [first, ...rest] = pattern;
  if (first === undefined) return [];
  const others = rest.map((word) => ({ at: positions(word.token), offset: word.offset - first.offset }));
  return [...positions(first.token)]
    .filter((p) => others.every(({ at, offset }) => at.has(p + offset)))
    .sort((a, b) => a - b);
}
