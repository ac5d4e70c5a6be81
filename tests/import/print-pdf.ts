import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Prints minutes to a PDF as a ministry's word processor would: one printed line per source line,
 * a running header on every page, page numbers in the footer. Debian's Chromium has no Japanese
 * font, so the page loads Noto Sans JP from the @fontsource package; Chromium's header and footer
 * templates cannot use a page's web fonts, so the Japanese running header is a fixed element (which
 * Chromium repeats on every printed page) and the template's header is Latin. The ministries' PDFs
 * draw the space at the end of a line, which the extracted sources keep; Chromium paints no white
 * space at a line's end, so a zero-width space after it keeps it inside the line.
 */
export async function printMinutesPdf(lines: readonly string[], runningHeader: string): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'print-minutes-'));
  try {
    const font = pathToFileURL(resolve('node_modules/@fontsource/noto-sans-jp/400.css')).href;
    const body = lines
      .filter((line) => line.trim() !== '')
      .map((line) => `<div>${escape(line.replace(/ +$/, (spaces) => spaces))}</div>`)
      .join('\n');
    const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="stylesheet" href="${font}">
<style>
  @page { size: A4; margin: 22mm 14mm 18mm 14mm; }
  body { font-family: 'Noto Sans JP'; font-size: 7.5pt; line-height: 1.6; margin: 0; }
  div { white-space: break-spaces; }
  .running { position: fixed; top: -12mm; left: 0; right: 0; text-align: right; font-size: 7pt; }
</style></head><body><p class="running">${escape(runningHeader)}</p>${body}</body></html>`;
    const page = join(dir, 'minutes.html');
    writeFileSync(page, html);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    try {
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(page).href);
      await tab.evaluate(async () => {
        await document.fonts.ready;
      });
      const pdf = await tab.pdf({
        displayHeaderFooter: true,
        headerTemplate:
          '<div style="font-size:7px;width:100%;text-align:left;margin-left:14mm">Draft minutes, for review</div>',
        footerTemplate:
          '<div style="font-size:8px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
