import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationUrl, statementUrl } from '~/site/urls';
import { launchChromium } from '../../tools/browser/chromium';
import { haveChromium } from '../helpers/browser';
import { serveDist } from '../../tools/browser/serve-dist';

describe.skipIf(!haveChromium)('a reader browsing the record', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function context(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
    const created = await browser.newContext(options);
    created.on('request', (request) => requests.push(request.url()));
    return created;
  }

  it('goes home → meeting → statement → person → topic → recommendation', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(`${server.site}/`);
    await page.getByRole('link', { name: 'サイバーセキュリティタスクフォース（第３回）' }).first().click();
    await expect.poll(() => page.url()).toContain('/meetings/2017-03-27-soumu-cybersecurity-task-force-03/');

    const statement = page.locator('article#s010');
    await statement.getByRole('link', { name: /#s010/ }).click();
    expect(page.url()).toMatch(/#s010$/);
    expect(await page.locator('article#s010:target').count()).toBe(1);

    await statement.getByRole('link', { name: '藤本構成員' }).click();
    await expect.poll(() => page.url()).toContain('/people/fujimoto/');
    expect(await page.locator('h1').textContent()).toBe('藤本');

    await page
      .locator('#topics')
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('link', { name: '国際連携・国際標準化' })
      .click();
    await expect.poll(() => page.url()).toContain('/topics/international-standardization/');
    expect(
      await page.locator(`a[href="${statementUrl('2017-03-27-soumu-cybersecurity-task-force-03', 's010')}"]`).count(),
    ).toBeGreaterThan(0);

    await page
      .locator(`a[href="${recommendationUrl('2017-cstf03-fujimoto-wording')}"]`)
      .first()
      .click();
    await expect.poll(() => page.url()).toContain('/recommendations/2017-cstf03-fujimoto-wording/');
    expect(await page.locator('.status').first().textContent()).toBe('採用');
    expect(await page.locator('#response + article').textContent()).toContain('そのように修正する。');
    await ctx.close();
  });

  it('reads a meeting with JavaScript off: every statement, link and permalink is there', async () => {
    const ctx = await context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.site}/meetings/2019-08-02-meti-wg1-layer2-task-force-01/`);
    expect(await page.locator('article.statement[id^="s"]').count()).toBe(27);
    expect(await page.locator('article#s027 .text').textContent()).toContain('消費者に提供できるような最低限の条件');
    await ctx.close();
  });

  it('shows a meeting reached with a malformed fragment and hostile highlight terms, without a script error', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const meeting = `${server.site}/meetings/2017-03-27-soumu-cybersecurity-task-force-03/`;
    for (const tail of ['?hl=a#%', '?hl=%3Cimg%20src%3Dx%3E#s010%E3', '?hl=%E9%80%9A%E4%BF%A1#%25s010']) {
      await page.goto(`${meeting}${tail}`);
      await page.waitForLoadState('load');
      expect(await page.locator('article#s010').count()).toBe(1);
    }
    expect(await page.locator('main img').count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('never requests anything from another origin', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
  });
});
