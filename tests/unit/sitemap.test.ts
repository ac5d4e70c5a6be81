import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildCitables } from '~/citation/citables';
import {
  SITEMAP_FILE_URLS,
  sitemapEntries,
  sitemapFiles,
  sitemapIndexXml,
  sitemapXml,
  type SitemapEntry,
} from '~/site/feeds';
import { STATEMENTS_PER_PAGE } from '~/site/pagination';
import { buildRecord } from '~/record/index';
import { base, topicUrl } from '~/site/urls';
import { syntheticRecordEntries } from '../helpers/synthetic-record';

const ORIGIN = 'https://example.org';
const entries = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, n) => ({
    path: `/meetings/m${String(n).padStart(5, '0')}/`,
    lastmod: `2020-01-${String((n % 28) + 1).padStart(2, '0')}`,
  }));

describe('sitemapFiles', () => {
  it('splits the entries in order into numbered files of at most the size given', () => {
    const all = entries(25);
    const files = sitemapFiles(all, 10);
    expect(files.map(({ number, path, entries }) => [number, path, entries.length])).toEqual([
      [1, '/sitemap-1.xml', 10],
      [2, '/sitemap-2.xml', 10],
      [3, '/sitemap-3.xml', 5],
    ]);
    expect(files.flatMap((file) => file.entries)).toEqual(all);
  });

  it('gives each file the latest lastmod of its own entries', () => {
    const files = sitemapFiles(entries(30), 10);
    expect(files.map((file) => file.lastmod)).toEqual(['2020-01-10', '2020-01-20', '2020-01-28']);
  });

  it('keeps a file to the protocol limit of 50,000 URLs by default', () => {
    expect(SITEMAP_FILE_URLS).toBe(50_000);
    expect(sitemapFiles(entries(50_001)).map((file) => file.entries.length)).toEqual([50_000, 1]);
  });
});

describe('sitemap XML', () => {
  it('indexes every file by its absolute URL, with its lastmod', () => {
    const $ = load(sitemapIndexXml(sitemapFiles(entries(25), 10), ORIGIN), { xml: true });
    expect($('sitemapindex').attr('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(
      $('sitemap > loc')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual([
      'https://example.org/sitemap-1.xml',
      'https://example.org/sitemap-2.xml',
      'https://example.org/sitemap-3.xml',
    ]);
    expect(
      $('sitemap > lastmod')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['2020-01-10', '2020-01-20', '2020-01-25']);
  });

  it('lists a file’s pages with their lastmod, escaped', () => {
    const $ = load(sitemapXml([{ path: '/search/?q=a&b', lastmod: '2021-02-03' }], ORIGIN), { xml: true });
    expect($('url > loc').text()).toBe('https://example.org/search/?q=a&b');
    expect($('url > lastmod').text()).toBe('2021-02-03');
  });
});

describe('sitemapEntries', () => {
  // Thirty meetings: enough for the largest topic to run over three pages.
  const record = buildRecord(syntheticRecordEntries(30));
  const entries = sitemapEntries(
    record,
    buildCitables(record, { origin: ORIGIN, base }, (_entry, fallback) => fallback),
    (_entry, fallback) => fallback,
  );
  const lastmod = new Map(entries.map((entry) => [entry.path, entry.lastmod]));

  it("lists every numbered page of a long list, with its first page's lastmod", () => {
    // The topic that gathers the most statements runs over STATEMENTS_PER_PAGE to a page.
    const [topic, index] = [...record.byTopic].sort(([, a], [, b]) => b.statements.length - a.statements.length)[0]!;
    const pages = Math.ceil(index.statements.length / STATEMENTS_PER_PAGE);
    expect(pages).toBeGreaterThan(1);
    for (let page = 2; page <= pages; page++)
      expect(lastmod.get(`${topicUrl(topic)}${page}/`), `page ${page}`).toBe(lastmod.get(topicUrl(topic)));
    expect(lastmod.has(`${topicUrl(topic)}${pages + 1}/`)).toBe(false);
  });

  it('lists each page once, with a lastmod', () => {
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length);
    for (const entry of entries) expect(entry.lastmod, entry.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
