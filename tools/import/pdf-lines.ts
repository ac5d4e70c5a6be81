import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * The text of a PDF, one printed line per line, pages separated by form feeds (as pdftotext writes
 * them), so that page furniture can be told from the text by where it stands on each page.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  try {
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs = content.items.filter((item): item is TextItem => 'str' in item).map(toRun);
      pages.push(linesInReadingOrder(runs).join('\n'));
    }
  } finally {
    await document.destroy();
  }
  return pages.join('\n\f');
}

function toRun(item: TextItem): Run {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
  // PDFs write spaces as no-break spaces as often as not; the minutes mean a space.
  return { text: item.str.replace(/\u00a0/g, ' '), x, y, width: item.width, size: Math.hypot(a, b) || 10 };
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
  return rows.map((row) => {
    row.sort((p, q) => p.x - q.x);
    let line = '';
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
