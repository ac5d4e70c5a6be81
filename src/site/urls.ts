/**
 * Every URL the site publishes is built here or, for the record's own pages, in src/record/urls.ts,
 * which this binds. They are part of the citation contract: once published, a URL must keep
 * working, so no page writes one by hand.
 *
 * Every function gives the URL as published: under the site's base path (BASE_PATH, Astro's
 * `base`), so that links work on a host that serves the site from a folder.
 */
import * as record from '~/record/urls';

export { absoluteUrl } from '~/record/urls';

/**
 * The base path without its trailing slash: '' at the root, '/record' under /record/. Astro sets
 * BASE_URL in the site and its scripts, vitest.config.ts in the tests.
 */
export const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

export const homeUrl = () => record.homeUrl(base);
/** The site's own files in public/ (favicon), at their published URL. */
export const publicFileUrl = (file: string) => `${base}/${file}`;
/** The search index Pagefind writes, at its published URL. */
export const pagefindUrl = (file: string) => `${base}/pagefind/${file}`;
/** The site path of a published URL (without the base path), as the registry and dist/ know it; undefined outside the site. */
export const sitePath = (url: string): string | undefined =>
  url === base || url.startsWith(`${base}/`) ? url.slice(base.length) || '/' : undefined;

export const meetingsIndexUrl = () => `${base}/meetings/`;
export const meetingUrl = (meeting: string) => record.meetingUrl(base, meeting);
export const statementUrl = (meeting: string, item: string) => record.statementUrl(base, meeting, item);
export const statementPageUrl = (meeting: string, item: string) => record.statementPageUrl(base, meeting, item);
export const personUrl = (person: string) => record.personUrl(base, person);
/** A meeting's citation and its statements' in one machine format (extension bib, ris or json). */
export const citationFileUrl = (meeting: string, extension: string) => `${base}/cite/${meeting}.${extension}`;
export const peopleIndexUrl = () => `${base}/people/`;
export const organizationUrl = (organization: string) => record.organizationUrl(base, organization);
export const organizationsIndexUrl = () => `${base}/organizations/`;
export const bodyUrl = (body: string) => record.bodyUrl(base, body);
export const bodiesIndexUrl = () => `${base}/bodies/`;
export const topicUrl = (topic: string) => record.topicUrl(base, topic);
export const topicsIndexUrl = () => `${base}/topics/`;
export const recommendationUrl = (recommendation: string) => record.recommendationUrl(base, recommendation);
export const recommendationsIndexUrl = () => `${base}/recommendations/`;
export const aboutUrl = () => `${base}/about/`;
/** The search page; the query and filters are its URL parameters (q, kind, body, year, speaker, topic, sort). */
export const searchUrl = () => `${base}/search/`;
/** A search for `query`, as a link that can be shared. */
export const searchQueryUrl = (query: string) => `${searchUrl()}?${new URLSearchParams({ q: query }).toString()}`;
export const sourceFileUrl = (file: string) => record.sourceFileUrl(base, file);
/** The heading of one status on the recommendations list, which may be on a later page. */
export const recommendationStatusUrl = (status: string, page: number) =>
  `${page === 1 ? recommendationsIndexUrl() : `${recommendationsIndexUrl()}${page}/`}#status-${status}`;
/** The log of content changes. */
export const changesUrl = () => `${base}/changes/`;
/** Open data exports, one file per collection. */
export const dataUrl = (file: string) => `${base}/data/${file}`;
export const dataIndexUrl = () => `${base}/data/`;
export const feedUrl = () => `${base}/feed.xml`;
export const sitemapUrl = () => `${base}/sitemap.xml`;
/**
 * One file of the sitemap, numbered from 1; /sitemap.xml is their index. At the root, because a
 * sitemap may list only URLs under its own folder (sitemaps.org, "Sitemap file location").
 */
export const sitemapFileUrl = (n: number) => `${base}/sitemap-${String(n)}.xml`;
