/**
 * Search quality on the real index: for each query in tests/search/queries.ts, the statements the
 * built search page lists (in headless Chromium, against dist/) are compared with the truth
 * computed here from the content: the statements whose normalised text contains every term.
 * Prints precision and recall; both must be 1.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalize } from '~/text/normalize';
import { statementUrl } from '~/site/urls';
import { launchChromium } from '../../tools/browser/chromium';
import { serveDist } from '../../tools/browser/serve-dist';
import { readRecordEntries } from '~/content/read-record';
import { qualityQueries } from '../search/queries';

const entries = readRecordEntries('content');
const statements = entries.meetings.flatMap((meeting) =>
  meeting.data.proceedings.flatMap((item) =>
    item.type === 'statement' || item.type === 'presentation'
      ? [{ url: statementUrl(meeting.id, item.id), text: normalize(item.text) }]
      : [],
  ),
);
/** Each topic's names, normalised: a query term equal to one of them also matches the others. */
const synonymSets = entries.topics.map((t) => [t.data.title, t.data.title_en, ...t.data.aliases].map(normalize));

/** The terms of a query, written independently of src/search/query.ts: quotes group, spaces split. */
function termsOf(query: string): string[] {
  const quoted = /^"(.*)"$/u.exec(query);
  return (quoted ? [quoted[1] ?? ''] : query.split(/\s+/u)).map(normalize).filter((t) => t !== '');
}
const truth = (terms: string[][]) =>
  new Set(
    statements.filter((s) => terms.every((variants) => variants.some((v) => s.text.includes(v)))).map((s) => s.url),
  );

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Presses 「さらに表示」 under a list until every result is shown. */
async function showAll(button: string) {
  while (await page.locator(button).isVisible()) {
    await page.click(button);
    await page.waitForSelector('[data-search-root][data-state="done"]');
  }
}

async function listed(selector: string): Promise<Set<string>> {
  const hrefs = await page.$$eval(selector, (links) => links.map((a) => a.getAttribute('href') ?? ''));
  return new Set(hrefs.map((href) => href.replace(/\?[^#]*/u, '')));
}

it(`finds exactly the statements that contain each of ${qualityQueries.length} queries`, async () => {
  const totals = { exact: { tp: 0, fp: 0, fn: 0 }, expanded: { tp: 0, fp: 0, fn: 0 } };
  const rows: string[] = [];
  const score = (kind: keyof typeof totals, found: Set<string>, expected: Set<string>) => {
    const tp = [...found].filter((u) => expected.has(u)).length;
    totals[kind].tp += tp;
    totals[kind].fp += found.size - tp;
    totals[kind].fn += expected.size - tp;
    return `${tp}/${found.size}/${expected.size}`;
  };
  for (const query of qualityQueries) {
    await page.goto(`${server.site}/search/?q=${encodeURIComponent(query)}&kind=${encodeURIComponent('発言')}`);
    await page.waitForSelector('[data-search-root][data-state="done"]');
    await showAll('#search-more');
    await showAll('#search-synonym-more');
    const exact = await listed('#search-results a');
    const all = new Set([...exact, ...(await listed('#search-synonym-list a'))]);
    const terms = termsOf(query);
    const expanded = terms.map((t) => [t, ...(synonymSets.find((names) => names.includes(t)) ?? [])]);
    rows.push(
      `${query.padEnd(24)} exact ${score('exact', exact, truth(terms.map((t) => [t])))}` +
        `  with synonyms ${score('expanded', all, truth(expanded))}`,
    );
  }
  const figures = (kind: keyof typeof totals) => {
    const { tp, fp, fn } = totals[kind];
    return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  };
  const exact = figures('exact');
  const expanded = figures('expanded');
  console.log(
    [
      'query                    found-right/found/truth',
      ...rows,
      `${qualityQueries.length} queries; exact terms: precision ${exact.precision.toFixed(3)}, recall ${exact.recall.toFixed(3)}` +
        `; with synonyms: precision ${expanded.precision.toFixed(3)}, recall ${expanded.recall.toFixed(3)}`,
    ].join('\n'),
  );
  expect(qualityQueries.length).toBeGreaterThanOrEqual(30);
  expect(exact).toEqual({ precision: 1, recall: 1 });
  expect(expanded).toEqual({ precision: 1, recall: 1 });
});
