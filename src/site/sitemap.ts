/** The sitemap, computed once for its index (/sitemap.xml) and each of its files (/sitemap-<n>.xml). */
import { sitemapEntries, sitemapFiles } from './feeds';
import { citables, fileDate, record } from './load';

export const sitemap = sitemapFiles(sitemapEntries(record, citables, fileDate));
