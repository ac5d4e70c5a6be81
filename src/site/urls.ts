/**
 * Every URL the site publishes is built here. They are part of the citation contract: once
 * published, a URL must keep working, so no page writes one by hand.
 *
 * Every function gives the URL as published: under the site's base path (BASE_PATH, Astro's
 * `base`), so that links work on a host that serves the site from a folder.
 */

/**
 * The base path without its trailing slash: '' at the root, '/record' under /record/. Astro sets
 * BASE_URL in the site and its scripts, vitest.config.ts in the tests.
 */
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** The home page. */
export const homeUrl = () => `${base}/`;
/** The site's own files in public/ (favicon), at their published URL. */
export const publicFileUrl = (file: string) => `${base}/${file}`;
/** The search index Pagefind writes, at its published URL. */
export const pagefindUrl = (file: string) => `${base}/pagefind/${file}`;
/** The site path of a published URL (without the base path), as the registry and dist/ know it; undefined outside the site. */
export const sitePath = (url: string): string | undefined =>
  url === base || url.startsWith(`${base}/`) ? url.slice(base.length) || '/' : undefined;

export const meetingsIndexUrl = () => `${base}/meetings/`;
export const meetingUrl = (meeting: string) => `${base}/meetings/${meeting}/`;
/** The anchor of one statement on its meeting page. */
export const statementUrl = (meeting: string, item: string) => `${meetingUrl(meeting)}#${item}`;
/** The page of one statement on its own, for citing it alone. */
export const statementPageUrl = (meeting: string, item: string) => `${meetingUrl(meeting)}${item}/`;
/** A meeting's citation and its statements' in one machine format (extension bib, ris or json). */
export const citationFileUrl = (meeting: string, extension: string) => `${base}/cite/${meeting}.${extension}`;
export const personUrl = (person: string) => `${base}/people/${person}/`;
export const peopleIndexUrl = () => `${base}/people/`;
export const organizationUrl = (organization: string) => `${base}/organizations/${organization}/`;
export const organizationsIndexUrl = () => `${base}/organizations/`;
export const bodyUrl = (body: string) => `${base}/bodies/${body}/`;
export const bodiesIndexUrl = () => `${base}/bodies/`;
export const topicUrl = (topic: string) => `${base}/topics/${topic}/`;
export const topicsIndexUrl = () => `${base}/topics/`;
export const recommendationUrl = (recommendation: string) => `${base}/recommendations/${recommendation}/`;
export const recommendationsIndexUrl = () => `${base}/recommendations/`;
export const aboutUrl = () => `${base}/about/`;
/** The search page; the query and filters are its URL parameters (q, kind, body, year, speaker, topic, sort). */
export const searchUrl = () => `${base}/search/`;
/** A search for `query`, as a link that can be shared. */
export const searchQueryUrl = (query: string) => `${searchUrl()}?${new URLSearchParams({ q: query }).toString()}`;
/** The extracted source text, published as provenance next to the records. */
export const sourceFileUrl = (file: string) => `${base}/sources/${file}`;
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
/** An absolute URL on the canonical origin, for citations, feeds and metadata. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;
