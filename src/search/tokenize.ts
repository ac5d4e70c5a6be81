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
import { normalize } from './normalize';

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
 * Index tokens of a text, in order, one per character position: for each run c0..cn-1 of the
 * normalised text, position i holds the bigram of c_i and c_i+1, and the last position of the run
 * holds c_n-1 followed by RUN_END. Runs follow each other. Not deduplicated: Pagefind reports, for each
 * matched query word, its positions in this list (`words`), and engine.ts checks from those
 * positions alone that a term's bigrams stand next to each other, without loading any fragment.
 */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const chars of runs(normalize(text))) {
    chars.forEach((char, i) => {
      const next = chars[i + 1];
      tokens.push(encodeChar(char) + (next === undefined ? RUN_END : encodeChar(next)));
    });
  }
  return tokens;
}

/**
 * Query tokens of one normalised term (which may hold spaces, for a quoted phrase or an alias
 * such as "C&C サーバ"): the bigrams of each run, or its character's 7-digit code (a prefix of
 * index tokens) when a run is one character.
 */
export function queryTokens(normalizedTerm: string): string[] {
  const tokens = new Set<string>();
  for (const chars of runs(normalizedTerm)) {
    if (chars.length === 1) tokens.add(encodeChar(chars[0] ?? ''));
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(encodeChar(chars[i] ?? '') + encodeChar(chars[i + 1] ?? ''));
  }
  return [...tokens];
}

/**
 * The tokens a term must have at consecutive index positions, and whether finding them there
 * proves the term occurs (`exact`).
 *
 * One run of length L >= 2: its L-1 bigrams. Every index word has 14 digits, and Pagefind
 * matches a query word as a prefix (or, when nothing starts with it, by the longest index word
 * that prefixes it: none but itself here, see RUN_END), so a 14-digit query word matches only
 * itself. This is exact: no run boundary can sit inside the match, because the last position of
 * a run holds its character followed by RUN_END, which no query bigram spells. One character:
 * its 7-digit code, which prefix-matches every index word starting with that character (run
 * ends included), so the character occurs exactly where it matches: also exact.
 *
 * Several runs ("fuzzing test"): each run's bigrams, and after each run but the last one more
 * position holding the run's last character as a prefix. That position ends the run when the
 * text has a space there, or holds a bigram when the text goes on without one, so a match proves
 * only that the text holds the runs joined by a space or by nothing: a superset, which the
 * engine narrows by loading the fragment (`exact: false`).
 */
export function termPattern(normalizedTerm: string): { tokens: string[]; exact: boolean } {
  const all = runs(normalizedTerm);
  const tokens: string[] = [];
  all.forEach((chars, r) => {
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(encodeChar(chars[i] ?? '') + encodeChar(chars[i + 1] ?? ''));
    if (chars.length === 1 || r < all.length - 1) tokens.push(encodeChar(chars.at(-1) ?? ''));
  });
  return { tokens, exact: all.length === 1 };
}

/**
 * The start positions p at which pattern token k sits at position p+k for every k, given each
 * token's positions in one document. Plain arrays in, so it is tested without Pagefind.
 */
export function matchStarts(pattern: string[], positions: (token: string) => readonly number[]): number[] {
  const first = pattern[0];
  if (first === undefined) return [];
  // A token stands at a few positions per document: searching its array beats building a Set,
  // and this runs for every candidate document of every search.
  const rest = pattern.slice(1).map((token) => positions(token));
  return [...new Set(positions(first))]
    .filter((p) => rest.every((list, k) => list.includes(p + k + 1)))
    .sort((a, b) => a - b);
}
