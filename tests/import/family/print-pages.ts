import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Printed rows a line takes at 42 full-width characters to a row (Latin letters and digits count 0.6). */
const COLUMNS = 42;
/** Rows to a page, a little under what fits, so that no page spills over. */
const ROWS = 34;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rows(line: string): number {
  let width = 0;
  for (const character of line) width += /[\u0020-\u007e]/.test(character) ? 0.6 : 1;
  return Math.max(1, Math.ceil(width / COLUMNS));
}

/** The lines cut into pages: at each form feed, and wherever the next line would not fit. */
export function paginate(lines: readonly string[]): string[][] {
  const pages: string[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const current = pages.at(-1) as string[];
    if (line === '\f' || used + rows(line) > ROWS) {
      if (current.length > 0) pages.push([]);
      used = 0;
      if (line === '\f') continue;
    }
    (pages.at(-1) as string[]).push(line);
    used += rows(line);
  }
  return pages.filter((page) => page.some((line) => line.trim() !== ''));
}

/**
 * Prints minutes as a ministry's word processor does: A4, Noto Sans JP (Debian's Chromium has no
 * Japanese font; the @fontsource package has), a page mark at the foot of each page and, where the
 * ministry prints one, a running header; `justify` spreads wrapped lines to both margins as Word's
 * 両端揃え does. The pages are cut here rather than by Chromium so that the
 * page marks are Japanese text in the page (Chromium's footer templates cannot use web fonts).
 */
export async function printPages(
  lines: readonly string[],
  options: { runningHeader?: string | undefined; pageMark: (page: number) => string; justify?: boolean | undefined },
): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'family-pdf-'));
  try {
    const font = pathToFileURL(resolve('node_modules/@fontsource/noto-sans-jp/400.css')).href;
    const pages = paginate(lines).map((page, index) => {
      const header = options.runningHeader ? `<p class="running">${escape(options.runningHeader)}</p>` : '';
      const body = page.map((line) => (line.trim() === '' ? '<p>&#8203;</p>' : `<p>${escape(line)}</p>`)).join('\n');
      return `<section>${header}<div class="text">${body}</div><p class="mark">${escape(options.pageMark(index + 1))}</p></section>`;
    });
    const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="stylesheet" href="${font}">
<style>
  @page { size: A4; margin: 20mm 20mm 15mm 20mm; }
  body { font-family: 'Noto Sans JP'; font-size: 11pt; line-height: 1.75; margin: 0; }
  p { margin: 0; white-space: pre-wrap; }
  section { break-after: page; height: 258mm; position: relative; }
  .justify p { text-align: justify; text-justify: inter-character; }
  .running { font-size: 8pt; text-align: right; margin-bottom: 4mm; }
  .mark { position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 10pt; }
</style></head><body class="${options.justify ? 'justify' : ''}">${pages.join('\n')}</body></html>`;
    const file = join(dir, 'minutes.html');
    writeFileSync(file, html);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    try {
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(file).href);
      await tab.evaluate(async () => {
        await document.fonts.ready;
      });
      return new Uint8Array(await tab.pdf({ preferCSSPageSize: true }));
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
