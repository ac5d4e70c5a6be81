/**
 * The one normalisation every part of search agrees on: the indexer, the query parser, the
 * verifier, the highlighter and the quality test's truth all call these functions.
 *
 * NFKC folds full-width and half-width forms (ＩｏＴ → IoT, ｶﾞ → ガ, ３ → 3), lower-casing makes
 * ASCII terms case-insensitive, and every run of whitespace becomes one space so that a PDF line
 * break never splits a term. Whitespace next to Japanese text is dropped altogether: the minutes
 * put spaces around Latin words inside Japanese sentences (和欧間スペース, "IoT 機器",
 * "C&C サーバ"), which carry no meaning, so IoT機器 and IoT 機器 must match each other.
 *
 * We normalise cluster by cluster (a character plus any combining or half-width voicing marks that
 * follow it) instead of the whole string at once, so that we know where each normalised character
 * came from. Highlighting uses that map to mark the source text, which is shown verbatim.
 */

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 index of `text`, the index in the original where its cluster starts. */
  start: number[];
  /** For each UTF-16 index of `text`, the index in the original where its cluster ends. */
  end: number[];
}

// A base character and the marks NFKC may fold into it: combining marks (diacritics, kana voicing
// marks, variation selectors) and the half-width voicing marks ﾞ and ﾟ. Whitespace runs form one cluster.
const cluster = /\s+|[\s\S](?:\p{M}|\uff9e|\uff9f)*/gu;

const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fc\uff01-\uff0f]/u;

export function normalizeWithMap(original: string): Normalized {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  const clusters = [...original.matchAll(cluster)].map((match) => ({
    match,
    space: /^\s/u.test(match[0]),
    folded: match[0].normalize('NFKC').toLowerCase(),
  }));
  clusters.forEach(({ match, space, folded }, i) => {
    const beside = [clusters[i - 1]?.folded.at(-1), clusters[i + 1]?.folded.at(0)];
    const piece = !space ? folded : beside.some((c) => c !== undefined && japanese.test(c)) ? '' : ' ';
    const from = match.index;
    const to = from + match[0].length;
    for (let i = 0; i < piece.length; i++) {
      start.push(from);
      end.push(to);
    }
    text += piece;
  });
  return { text, start, end };
}

export function normalize(original: string): string {
  return normalizeWithMap(original).text;
}
