import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportError } from './errors.ts';

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * The most pages the importer reads: minutes run to tens of pages. A PDF claims its page count in a
 * few bytes, so a tiny file could otherwise keep the importer busy, and growing, for hours.
 */
export const MAX_PDF_PAGES = 500;

/** The most characters of text the importer takes from one input: hundreds of times the longest minutes. */
export const MAX_MINUTES_CHARS = 3_000_000;

/**
 * The text of a PDF, one printed line per line, pages separated by form feeds (as pdftotext writes
 * them), so that page furniture can be told from the text by where it stands on each page.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js wants a plain Uint8Array (not a Buffer) and detaches what it is given: it gets a copy.
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  let chars = 0;
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new ImportError(
        `the PDF has ${document.numPages.toLocaleString('en')} pages, more than the ${MAX_PDF_PAGES} the importer reads (minutes run to tens of pages). Fix: import the minutes' own pages (e.g. qpdf in.pdf --pages . 1-40 -- minutes.pdf)`,
      );
    }
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs = content.items.filter((item): item is TextItem => 'str' in item).map(toRun);
      pages.push(linesInReadingOrder(runs).join('\n'));
      chars += pages.at(-1)?.length ?? 0;
      if (chars > MAX_MINUTES_CHARS) throw tooMuchText(`its first ${number} pages hold`);
    }
  } finally {
    await document.destroy();
  }
  return pages.join('\n\f');
}

/** The refusal of an input with more text than any minutes. */
export function tooMuchText(what: string): ImportError {
  return new ImportError(
    `${what} more than ${MAX_MINUTES_CHARS.toLocaleString('en')} characters of text, hundreds of times the longest minutes. Fix: import the minutes of one meeting alone`,
  );
}

/**
 * CJK Radicals Supplement forms that Japanese fonts map their ideographs to (⻑ in 委員⻑); NFKC
 * folds the Kangxi radicals but leaves these, so they are named here (Unicode's radical names).
 */
const SUPPLEMENT_RADICALS: Record<string, string> = {
  '⻑': '長',
  '⻄': '西',
  '⻘': '青',
  '⻝': '食',
  '⻤': '鬼',
  '⻩': '黄',
  '⻫': '斉',
  '⻭': '歯',
  '⻯': '竜',
  '⻲': '亀',
  '⻆': '角',
  '⻣': '骨',
};

/**
 * Text as the page shows it, undoing what Japanese fonts' character maps do to extraction: Kangxi
 * and CJK radicals stand for the ideographs they look like (⾒ for 見), U+2027 for the 中黒 ・ whose
 * glyph it shares; no-break spaces are spaces, and zero-width spaces are nothing.
 */
export function shownText(text: string): string {
  return text
    .replace(/[\u2e80-\u2fdf]/g, (radical) => SUPPLEMENT_RADICALS[radical] ?? radical.normalize('NFKC'))
    .replace(/\u2027/g, '・')
    .replace(/\u00a0/g, ' ')
    .replace(/\u200b/g, '');
}

function toRun(item: TextItem): Run {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
  return { text: shownText(item.str), x, y, width: item.width, size: Math.hypot(a, b) || 10 };
}

/**
 * Rebuilds printed lines from positioned runs: runs whose baselines lie within a third of the font
 * size are one line; lines top to bottom, runs left to right. pdf.js gives the spaces a PDF draws
 * as runs of their own; a gap of a whole character or more with none (a table's columns, a tab)
 * is one space. Smaller gaps are justified Japanese text, whose spacing is not a space.
 */
export function linesInReadingOrder(runs: readonly Run[]): string[] {
  const rows: Run[][] = [];
  const sorted = runs.filter((run) => run.text !== '').sort((p, q) => q.y - p.y || p.x - q.x);
  for (const run of sorted) {
    const row = rows.find((candidate) => Math.abs((candidate[0]?.y ?? 0) - run.y) < run.size / 3);
    if (row) row.push(run);
    else rows.push([run]);
  }
  rows.sort((p, q) => (q[0]?.y ?? 0) - (p[0]?.y ?? 0));
  for (const row of rows) row.sort((p, q) => p.x - q.x);
  const margin = Math.min(...rows.map((row) => row[0]?.x ?? Infinity));
  return rows.map((row) => {
    // A line that starts right of the page's margin was indented: one space says so, as text extraction does.
    const first = row[0];
    let line = first && first.x - margin >= first.size * 0.2 ? ' ' : '';
    let end: number | undefined;
    for (const run of row) {
      const gap = end === undefined ? 0 : run.x - end;
      if (end !== undefined && gap >= run.size * 0.9 && !/\s$/.test(line) && !/^\s/.test(run.text)) line += ' ';
      line += run.text;
      end = run.x + run.width;
    }
    return line;
  });
}
