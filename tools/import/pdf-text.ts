/**
 * Helpers for text extracted from the ministries' PDFs. The extraction keeps the PDF's
 * line breaks (a blank line between printed lines), page numbers on lines of their own,
 * and the spaces that lost bullet glyphs left at line starts. Records and tests must agree on
 * how such lines join, so the rule lives here once.
 */

const ASCII_VISIBLE = /[!-~]/;

/** A line that holds nothing but a page number, as the PDF footer prints it. */
export function isPageNumberLine(line: string): boolean {
  return /^\s*\d{1,3}\s*$/.test(line);
}

/**
 * Joins the printed lines of one paragraph into running text.
 *
 * Japanese lines join with no space, because the PDF broke them only for width. A space is
 * kept where the printed line ended in one next to Latin text ("ISP \nとの協議" → "ISP との協議"),
 * because the documents write a space between Latin words and Japanese.
 */
export function joinPrintedLines(lines: readonly string[]): string {
  let text = '';
  let previousEndedWithSpace = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text !== '') {
      const boundaryIsLatin = ASCII_VISIBLE.test(text.at(-1) ?? '') || ASCII_VISIBLE.test(line[0] ?? '');
      if (previousEndedWithSpace && boundaryIsLatin) text += ' ';
    }
    text += line;
    previousEndedWithSpace = /\s$/.test(raw);
  }
  return text;
}

/**
 * Printed width of a line in half-width columns: the PDFs set Japanese in full-width cells and
 * Latin text in half-width ones, so a line's length in characters says little about how full it is.
 */
export function printedWidth(line: string): number {
  let width = 0;
  for (const char of line.trim()) width += /[\u0020-\u007e\uff61-\uff9f]/.test(char) ? 1 : 2;
  return width;
}

/**
 * The width of a full printed line in a document: the median width of the lines that do not end a
 * sentence, since the PDF broke those for width alone. The median, not the maximum, because Latin text
 * is set proportionally and a few lines run past the usual margin.
 */
export function fullLineWidth(lines: readonly string[]): number {
  const widths = lines
    .filter((line) => line.trim() !== '' && !/[。？]\s*$/.test(line))
    .map(printedWidth)
    .sort((a, b) => a - b);
  return widths[Math.floor((widths.length - 1) / 2)] ?? 0;
}

/**
 * Splits the printed lines of one speaker's text into source paragraphs.
 *
 * The extraction keeps no paragraph marks. The PDF shows a paragraph end only by a line that stops
 * early, so a break falls after a line ending in 。 or ？ that is at least two full-width characters
 * (four columns) shorter than a full line (see fullLineWidth); a sentence that happens to end at the margin is not a
 * paragraph end we can see, and is joined. A line starting with a ・ bullet starts a paragraph of its own,
 * as the list items inside a statement do.
 */
export function splitPrintedParagraphs(lines: readonly string[], fullWidth: number): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (line.trim().startsWith('・') && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
    const short = printedWidth(line) <= fullWidth - 4;
    const inListItem = current[0]?.trim().startsWith('・') ?? false;
    // A list item has no 。 to end on; its last printed line stops early and, unlike a line broken
    // inside a word, keeps the trailing space the extraction writes at the end of a text run.
    const itemEnds = inListItem && /\s$/.test(line);
    if (short && (itemEnds || /[。？]$/.test(line.trim()))) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
