/**
 * Every URL the site publishes is built here. They are part of the citation contract: once
 * published, a URL must keep working, so no page writes one by hand.
 */

export const meetingsIndexUrl = () => '/meetings/';
export const meetingUrl = (meeting: string) => `/meetings/${meeting}/`;
/** The anchor of one statement on its meeting page. */
export const statementUrl = (meeting: string, item: string) => `${meetingUrl(meeting)}#${item}`;
/** The page of one statement on its own, for citing it alone. */
export const statementPageUrl = (meeting: string, item: string) => `${meetingUrl(meeting)}${item}/`;
export const personUrl = (person: string) => `/people/${person}/`;
export const peopleIndexUrl = () => '/people/';
export const organizationUrl = (organization: string) => `/organizations/${organization}/`;
export const organizationsIndexUrl = () => '/organizations/';
export const bodyUrl = (body: string) => `/bodies/${body}/`;
export const bodiesIndexUrl = () => '/bodies/';
export const topicUrl = (topic: string) => `/topics/${topic}/`;
export const topicsIndexUrl = () => '/topics/';
export const recommendationUrl = (recommendation: string) => `/recommendations/${recommendation}/`;
export const recommendationsIndexUrl = () => '/recommendations/';
export const aboutUrl = () => '/about/';
/** The search page; the query and filters are its URL parameters (q, kind, body, year, speaker, topic, sort). */
export const searchUrl = () => '/search/';
/** A search for `query`, as a link that can be shared. */
export const searchQueryUrl = (query: string) => `${searchUrl()}?${new URLSearchParams({ q: query }).toString()}`;
/** The extracted source text, published as provenance next to the records. */
export const sourceFileUrl = (file: string) => `/sources/${file}`;
/** The heading of one status on the recommendations list, which may be on a later page. */
export const recommendationStatusUrl = (status: string, page: number) =>
  `${page === 1 ? recommendationsIndexUrl() : `${recommendationsIndexUrl()}${page}/`}#status-${status}`;
/** The log of content changes. */
export const changesUrl = () => '/changes/';
/** Open data exports, one file per collection. */
export const dataUrl = (file: string) => `/data/${file}`;
export const dataIndexUrl = () => '/data/';
export const feedUrl = () => '/feed.xml';
export const sitemapUrl = () => '/sitemap.xml';
/**
 * One file of the sitemap, numbered from 1; /sitemap.xml is their index. At the root, because a
 * sitemap may list only URLs under its own folder (sitemaps.org, "Sitemap file location").
 */
export const sitemapFileUrl = (n: number) => `/sitemap-${String(n)}.xml`;
/** An absolute URL on the canonical origin, for citations, feeds and metadata. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;
