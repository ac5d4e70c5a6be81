/**
 * The search as a reader uses it, in headless Chromium on the built site: type in the header box,
 * read the announced count, follow a result to the statement with the term marked; filters and
 * sort in the URL; a page that says so without JavaScript; no request leaves the site.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser/chromium';
import { serveDist } from '../../tools/browser/serve-dist';
import { exampleQueries } from '~/search/examples';
import { MAX_QUERY_LENGTH } from '~/search/query';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
const requests: string[] = [];
beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const done = () => page.waitForSelector('[data-search-root][data-state="done"]');

it('types a query in the header, follows a result and lands on the highlighted statement', async () => {
  await page.goto(`${server.site}/meetings/`);
  await page.getByRole('searchbox', { name: 'サイト内を検索' }).fill('通信の秘密');
  await page.keyboard.press('Enter');
  await done();
  expect(new URL(page.url()).searchParams.get('q')).toBe('通信の秘密');
  expect(await page.getByRole('status').textContent()).toMatch(/「通信の秘密」の検索結果: \d+件/u);
  const list = page.getByRole('region', { name: '検索結果' }).locator('#search-results');
  const marks = await list.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  // The term is marked whole (with any synonyms), never a particle on its own.
  expect(marks).toContain('通信の秘密');
  expect(marks).not.toContain('の');

  const statementLink = list.locator('a[href*="#s"]').first();
  const href = (await statementLink.getAttribute('href')) ?? '';
  await statementLink.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/meetings\/.+#s\d+/u);
  const id = href.split('#')[1] ?? '';
  const target = page.locator(`[id="${id}"]`);
  await target.locator('mark.search-hit').first().waitFor();
  expect(await target.locator('mark.search-hit').allTextContents()).toContain('通信の秘密');
  expect(await target.getAttribute('data-search-target')).toBe('');
});

it('finds the source spelling through a topic alias and says so', async () => {
  await page.goto(`${server.site}/search/?q=${encodeURIComponent('ファジング')}`);
  await done();
  const note = await page.locator('#search-synonym-note').textContent();
  expect(note).toContain('「ファジング」はトピック「ファジング」');
  expect(note).toContain('Fuzzing');
  const marks = await page.locator('#search-synonym-list mark').allTextContents();
  expect(marks.some((mark) => mark.startsWith('Fuzzing'))).toBe(true);
});

it('keeps filters and sort in the URL and applies them', async () => {
  await page.goto(`${server.site}/search/?q=IoT&kind=${encodeURIComponent('発言')}&year=2019&sort=date`);
  await done();
  expect(await page.locator('select[name="year"]').inputValue()).toBe('2019');
  const contexts = await page.locator('#search-results .context').allTextContents();
  expect(contexts.length).toBeGreaterThan(0);
  expect(contexts.every((c) => c.includes('2019-'))).toBe(true);
});

it('sorts by date newest first across the whole list, whichever shard a result comes from', async () => {
  await page.goto(
    `${server.site}/search/?q=${encodeURIComponent('セキュリティ')}&kind=${encodeURIComponent('発言')}&sort=date`,
  );
  await done();
  while (await page.locator('#search-more').isVisible()) {
    await page.click('#search-more');
    await done();
  }
  const dates = (await page.locator('#search-results .context').allTextContents()).map(
    (c) => /\d{4}-\d{2}-\d{2}/u.exec(c)?.[0] ?? '',
  );
  expect(new Set(dates).size).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort().reverse());
});

it('finds something for every example query the home page offers, following its links', async () => {
  await page.goto(`${server.site}/`);
  const examples = page.getByRole('region', { name: '検索' }).getByRole('link');
  expect(await examples.allTextContents()).toEqual([...exampleQueries]);
  for (const query of exampleQueries) {
    await page.goto(`${server.site}/`);
    await page.getByRole('region', { name: '検索' }).getByRole('link', { name: query, exact: true }).click();
    await done();
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    const found = await page.locator('#search-results > li, #search-synonym-list > li').count();
    expect(found, query).toBeGreaterThan(0);
  }
});

it('searches again in place: no reload, a shareable URL, Back and Forward, filters', async () => {
  await page.goto(`${server.site}/search/?q=${encodeURIComponent('通信の秘密')}`);
  await done();
  // Survives only as long as the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
  const kept = () => page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);
  const status = () => page.getByRole('status').textContent();
  const run = async () => Number(await page.getAttribute('[data-search-root]', 'data-run'));
  const searched = async (after: number) =>
    page.waitForSelector(`[data-search-root][data-run="${after + 1}"][data-state="done"]`);

  let before = await run();
  await page.getByLabel('検索語').fill('セキュアゲートウェイ');
  await page.getByLabel('検索語').press('Enter');
  await searched(before);
  expect(await kept()).toBe(true);
  expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('セキュアゲートウェイ')}`);
  expect(await status()).toMatch(/「セキュアゲートウェイ」の検索結果: \d+件/u);
  // Focus stays in the box; the live region announces the count.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');

  before = await run();
  await page.goBack();
  await searched(before);
  expect(await kept()).toBe(true);
  expect(new URL(page.url()).searchParams.get('q')).toBe('通信の秘密');
  expect(await page.getByLabel('検索語').inputValue()).toBe('通信の秘密');
  expect(await status()).toMatch(/「通信の秘密」の検索結果/u);

  before = await run();
  await page.goForward();
  await searched(before);
  expect(await page.getByLabel('検索語').inputValue()).toBe('セキュアゲートウェイ');

  // Changing a filter searches again with it, in the URL too.
  before = await run();
  await page.locator('select[name="sort"]').selectOption('date');
  await searched(before);
  expect(await kept()).toBe(true);
  expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
  expect(new URL(page.url()).searchParams.get('q')).toBe('セキュアゲートウェイ');

  // The header's box searches in place too.
  before = await run();
  await page.getByRole('searchbox', { name: 'サイト内を検索' }).fill('IoT');
  await page.getByRole('searchbox', { name: 'サイト内を検索' }).press('Enter');
  await searched(before);
  expect(await kept()).toBe(true);
  expect(new URL(page.url()).search).toBe('?q=IoT');
  expect(await page.getByLabel('検索語').inputValue()).toBe('IoT');
});

it('caps the query length, says so on the page, and refuses a longer query from a URL', async () => {
  await page.goto(`${server.site}/search/`);
  expect(await page.locator('#search-query').getAttribute('maxlength')).toBe(String(MAX_QUERY_LENGTH));
  expect(await page.locator('#search-hint').textContent()).toContain(`${MAX_QUERY_LENGTH}文字まで`);
  await page.goto(`${server.site}/search/?q=${encodeURIComponent('秘'.repeat(MAX_QUERY_LENGTH + 1))}`);
  await done();
  expect(await page.getByRole('status').textContent()).toContain(`検索語は${MAX_QUERY_LENGTH}文字までです`);
  expect(await page.locator('#search-results > li').count()).toBe(0);
});

it('does not drown a precise query in matches of a broader word', async () => {
  await page.goto(`${server.site}/search/?q=${encodeURIComponent('レピュテーションリスク')}`);
  await done();
  const synonymOnly = await page.locator('#search-synonym-list .search-excerpt').allTextContents();
  expect(synonymOnly.filter((text) => !/リスクマネジメント|リスク管理|リスクアセスメント|risk/iu.test(text))).toEqual(
    [],
  );
});

it('says when nothing matches and offers the topics', async () => {
  await page.goto(`${server.site}/search/?q=xyzzy`);
  await done();
  expect(await page.getByRole('status').textContent()).toContain('一致する結果はありません');
  const topics = `${new URL(server.site).pathname.replace(/\/$/, '')}/topics/`;
  expect(await page.locator(`#search-empty a[href^="${topics}"]`).count()).toBeGreaterThan(10);
});

it('made no request outside the site', () => {
  expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
});

it('says plainly without JavaScript that search needs it, and the form still makes the URL', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(`${server.site}/search/?q=IoT`);
  expect(await noJs.locator('body').textContent()).toContain('検索には JavaScript が必要です');
  await noJs.getByLabel('検索語').fill('通信の秘密');
  await noJs.getByLabel('検索語').press('Enter');
  await noJs.waitForURL((url) => url.searchParams.get('q') === '通信の秘密');
  await context.close();
});
