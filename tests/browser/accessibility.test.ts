import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPagePaths } from '../helpers/dist';
import { launchChromium } from '../../tools/browser/chromium';
import { haveChromium } from '../helpers/browser';
import { serveDist } from '../../tools/browser/serve-dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

describe.skipIf(!haveChromium)('accessibility (axe-core, WCAG 2.2 AA) on every page', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it.each(allPagePaths())('%s has no violations', async (path) => {
    // The site's CSP rightly refuses axe's injected script; the audit context is exempt.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.origin + path);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => JSON.stringify(n.target))
            .slice(0, 3)
            .join(', ')})`,
      );
    });
    await context.close();
    expect(violations).toEqual([]);
  });
});
