/**
 * Citing as a reader does: open a statement's own page, copy a citation from the cite panel and
 * paste it. The copied text is the panel's text with today's date as the accessed date; without
 * JavaScript the same citations are there as plain text to select.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser/chromium';
import { haveChromium } from '../helpers/browser';
import { serveDist } from '../../tools/browser/serve-dist';
import { ACCESSED_PLACEHOLDER } from '~/citation/format';
import { citationFileUrl, statementPageUrl } from '~/site/urls';

const STATEMENT = statementPageUrl('2017-03-27-soumu-cybersecurity-task-force-03', 's010');

describe.skipIf(!haveChromium)('copying a citation', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  // The browser's own idea of today, which is what the copy button writes.
  const today = () => page.evaluate(() => new Date().toISOString().slice(0, 10));

  async function copy(format: string): Promise<string> {
    const panel = page.locator(`.cite-panel details[data-format="${format}"]`);
    if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) {
      await panel.locator('summary').click();
    }
    const button = panel.getByRole('button', { name: 'コピー' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('コピーしました');
    // Announced to screen readers, not only shown on the button.
    expect(await page.getByRole('status').textContent()).toMatch(/の引用をコピーしました。$/u);
    return page.evaluate(() => navigator.clipboard.readText());
  }

  it('copies the SIST02 citation of a statement with the URL, version and today as the accessed date', async () => {
    await page.goto(server.origin + STATEMENT);
    // The page carries the citation and, apart, the words of the accessed date and where they go.
    const pre = page.locator('.cite-panel details[data-format="sist02"] pre');
    const [text, at, insert] = await Promise.all([
      pre.textContent(),
      pre.getAttribute('data-accessed-at'),
      pre.getAttribute('data-accessed-insert'),
    ]);
    const template = `${(text ?? '').slice(0, Number(at))}${insert ?? ''}${(text ?? '').slice(Number(at))}`;
    expect(insert).toContain(ACCESSED_PLACEHOLDER);
    const copied = await copy('sist02');
    const date = await today();
    expect(copied).toContain('藤本構成員の発言');
    expect(copied).toMatch(/https:\/\/[^ ]+\/meetings\/2017-03-27-soumu-cybersecurity-task-force-03\/s010\//u);
    expect(copied).toMatch(/版: [0-9a-f]{12}/u);
    expect(copied).toContain(`アクセス ${date}`);
    expect(copied).not.toContain(ACCESSED_PLACEHOLDER);
    // The page's citation with the accessed date filled in, nothing else changed.
    expect(copied).toBe(template.replace(ACCESSED_PLACEHOLDER, date));
  });

  it('copies BibTeX and RIS with the accessed date in their own formats', async () => {
    const date = await today();
    const bibtex = await copy('bibtex');
    // A statement is a presentation in Zotero, whose BibTeX is @misc and RIS SLIDE.
    expect(bibtex).toMatch(/^@misc\{soumu_cybersecurity_task_force_20170327_3_s010,/u);
    expect(bibtex).toContain(`urldate = {${date}}`);
    const ris = await copy('ris');
    const [y, m, d] = date.split('-').map(Number);
    expect(ris).toMatch(/^TY {2}- SLIDE/u);
    // RIS's access date (Y2), as Zotero writes it for a presentation.
    expect(ris).toContain(`Y2  - ${String(y)}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`);
    expect(ris).not.toContain('2999');
  });

  it('copies a statement’s BibTeX, RIS and CSL-JSON entries out of its meeting’s files, one each', async () => {
    await page.goto(server.origin + STATEMENT);
    const csl = JSON.parse(await copy('csl-json')) as { id: string; abstract: string; accessed: unknown }[];
    expect(csl.map((item) => item.id)).toEqual(['soumu_cybersecurity_task_force_20170327_3_s010']);
    expect(csl[0]?.abstract).toBe(await page.locator('meta[name="DC.description"]').getAttribute('content'));
    const [y, m, d] = (await today()).split('-').map(Number);
    expect(csl[0]?.accessed).toEqual({ 'date-parts': [[y, m, d]] });
    // Opened, a format shows the entry, without an accessed date.
    const bibtex = page.locator('.cite-panel details[data-format="bibtex"]');
    if (!(await bibtex.evaluate((details) => (details as HTMLDetailsElement).open)))
      await bibtex.locator('summary').click();
    await expect
      .poll(() => bibtex.locator('pre').textContent())
      .toMatch(/^@misc\{soumu_cybersecurity_task_force_20170327_3_s010,\n/u);
    expect(await bibtex.locator('pre').textContent()).not.toContain('urldate');
    const files = ['bib', 'ris', 'json'].map(
      (extension) => server.origin + citationFileUrl('2017-03-27-soumu-cybersecurity-task-force-03', extension),
    );
    expect(requests.filter((url) => url.includes('/cite/')).every((url) => files.includes(url))).toBe(true);
  });

  it('downloads a citation as a file holding what the copy button copies', async () => {
    await page.goto(server.origin + STATEMENT);
    const panel = page.locator('.cite-panel details[data-format="ris"]');
    await panel.locator('summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'ダウンロード（.ris）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('soumu_cybersecurity_task_force_20170327_3_s010.ris');
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toMatch(/^TY {2}- SLIDE/u);
    expect(saved).toBe(await copy('ris'));
  });

  it('shows every citation as text without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(server.origin + STATEMENT);
    const formats = await plain
      .locator('.cite-panel details')
      .evaluateAll((all) => all.map((details) => (details as HTMLElement).dataset['format']));
    expect(formats).toEqual(['sist02', 'apa', 'bibtex', 'ris', 'csl-json']);
    expect(await plain.locator('.cite-panel details[data-format="sist02"] pre').textContent()).toContain(
      '藤本構成員の発言',
    );
    expect(await plain.getByRole('button', { name: 'コピー' }).count()).toBe(0);
    // The machine formats are a link away: the meeting's file, which holds this statement's entry.
    await plain.locator('.cite-panel details[data-format="ris"] summary').click();
    const link = plain.locator('.cite-panel details[data-format="ris"] a[data-entry-file]');
    const response = await plain.request.get(server.origin + ((await link.getAttribute('href')) ?? ''));
    expect(await response.text()).toContain(
      `UR  - ${(await plain.locator('link[rel="canonical"]').getAttribute('href')) ?? ''}`,
    );
    await noScript.close();
  });

  it('asks nothing of any other origin', () => {
    expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  });
});
