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
