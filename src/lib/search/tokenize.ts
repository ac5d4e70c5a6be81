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
 * Recall is guaranteed by construction: if a text contains a term, it contains every bigram of
 * that term, so the AND of the term's bigrams can only find a superset of the true matches.
 * Precision comes from verify.ts, which keeps only the candidates whose text contains every term.
 */
import { normalize } from './normalize';

/** Code points are at most 0x10FFFF = 1114111: seven digits, fixed width, so a token is prefix-free per character. */
const encodeChar = (char: string) => (char.codePointAt(0) ?? 0).toString().padStart(7, '0');

/** The characters of each space-separated run of already-normalised text. */
function runs(normalized: string): string[][] {
  return normalized
    .split(' ')
    .filter((run) => run.length > 0)
    .map((run) => Array.from(run)); // code points, so a surrogate pair is one character
}

/** Index tokens of a text: every unigram and bigram of its normalised runs, deduplicated. */
export function indexTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const chars of runs(normalize(text))) {
    chars.forEach((char, i) => {
      tokens.add(encodeChar(char));
      const next = chars[i + 1];
      if (next !== undefined) tokens.add(encodeChar(char) + encodeChar(next));
    });
  }
  return [...tokens];
}

/**
 * Query tokens of one normalised term (which may hold spaces, for a quoted phrase or an alias
 * such as "C&C サーバ"): the bigrams of each run, or its unigram when a run is one character.
 */
export function queryTokens(normalizedTerm: string): string[] {
  const tokens = new Set<string>();
  for (const chars of runs(normalizedTerm)) {
    if (chars.length === 1) tokens.add(encodeChar(chars[0] ?? ''));
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(encodeChar(chars[i] ?? '') + encodeChar(chars[i + 1] ?? ''));
  }
  return [...tokens];
}
