/**
 * The one normalisation every part of search agrees on: the indexer, the query parser, the
 * verifier, the highlighter, the quality test's truth and the topic schema call these functions.
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

/**
 * Each cluster's NFKC fold, lower-cased. The build normalises millions of characters drawn from a
 * few thousand distinct ones, so each distinct cluster is folded once; a cluster folds the same
 * wherever it stands, so the text is unchanged.
 */
const folds = new Map<string, string>();
function fold(cluster: string): string {
  let folded = folds.get(cluster);
  if (folded === undefined) folds.set(cluster, (folded = cluster.normalize('NFKC').toLowerCase()));
  return folded;
}

const startsWithSpace = /^\s/u;

/** Walks the clusters of `original` and calls `emit` with each one's normalised piece and where it came from. */
function eachPiece(original: string, emit: (piece: string, from: number, to: number) => void): void {
  // The clusters cover the whole text, one after another, so each starts where the last ended.
  const clusters = original.match(cluster) ?? [];
  const folded = clusters.map(fold);
  let from = 0;
  clusters.forEach((text, i) => {
    const to = from + text.length;
    if (!startsWithSpace.test(text)) emit(folded[i] ?? '', from, to);
    else {
      const before = folded[i - 1]?.at(-1);
      const after = folded[i + 1]?.at(0);
      const nextToJapanese =
        (before !== undefined && japanese.test(before)) || (after !== undefined && japanese.test(after));
      emit(nextToJapanese ? '' : ' ', from, to);
    }
    from = to;
  });
}

export function normalizeWithMap(original: string): Normalized {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  eachPiece(original, (piece, from, to) => {
    for (let i = 0; i < piece.length; i++) {
      start.push(from);
      end.push(to);
    }
    text += piece;
  });
  return { text, start, end };
}

/** The normalised text alone: what the index, the query and the verifier compare. */
export function normalize(original: string): string {
  let text = '';
  eachPiece(original, (piece) => {
    text += piece;
  });
  return text;
}
