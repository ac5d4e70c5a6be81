import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser/chromium';
import { haveChromium } from '../helpers/browser';
import { serveDist } from '../../tools/browser/serve-dist';

/** One page of each type, saved at a phone and a desktop width for people to look at (CI artefact). */
const pageTypes = {
  home: '/',
  meetings: '/meetings/',
  meeting: '/meetings/2017-03-27-soumu-cybersecurity-task-force-03/',
  statement: '/meetings/2017-03-27-soumu-cybersecurity-task-force-03/s010/',
  topic: '/topics/secure-gateways/',
  person: '/people/okamura/',
  organization: '/organizations/soumu/',
  body: '/bodies/meti-wg1-layer2-task-force/',
  recommendations: '/recommendations/',
  recommendation: '/recommendations/2017-cstf03-fujimoto-wording/',
  about: '/about/',
  changes: '/changes/',
  search: '/search/?q=%E9%80%9A%E4%BF%A1%E3%81%AE%E7%A7%98%E5%AF%86',
};

describe.skipIf(!haveChromium)('screenshots', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
    mkdirSync('test-results/screenshots', { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it.each(Object.entries(pageTypes))('%s fits 360 px and 1280 px without horizontal scrolling', async (name, path) => {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(server.site + path);
      // Search results arrive after the page loads; the picture should show them.
      if (path.startsWith('/search/')) await page.waitForSelector('[data-search-root][data-state="done"]');
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await page.close();
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
});
