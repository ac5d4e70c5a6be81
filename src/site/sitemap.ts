/** The sitemap, computed once for its index (/sitemap.xml) and each of its files (/sitemap-<n>.xml). */
import { sitemapEntries, sitemapFiles } from './feeds';
import { citables, fileDate, record } from './load';

const entries = sitemapEntries(record, citables, fileDate);

export const sitemap = sitemapFiles(entries);

const lastModified = new Map(entries.map((entry) => [entry.path, entry.lastmod]));

/** The date the content of the page at a site path last changed, as the sitemap gives it. */
export function lastModifiedAt(path: string): string {
  const date = lastModified.get(path);
  if (date === undefined) throw new Error(`no sitemap entry for ${path}`);
  return date;
}
