/**
 * The URLs of the record's own pages, which citations, the open data and search carry. They are
 * part of the citation contract: once published, a URL must keep working, so no page writes one
 * by hand. Pure: each takes the base path the site is served from (`base`, without its trailing
 * slash: '' at the root, '/record' under /record/); src/site/urls.ts binds it for the site.
 */

/** Where the pages are published: the canonical origin, and the base path without its trailing slash. */
export interface PublishedAt {
  origin: string;
  base: string;
}

/** A base path as BASE_PATH gives it (`/`, `/record/`), without its trailing slash. */
export const trimBase = (basePath: string) => basePath.replace(/\/+$/, '');

/** The home page. */
export const homeUrl = (base: string) => `${base}/`;
export const meetingUrl = (base: string, meeting: string) => `${base}/meetings/${meeting}/`;
/** The anchor of one statement on its meeting page. */
export const statementUrl = (base: string, meeting: string, item: string) => `${meetingUrl(base, meeting)}#${item}`;
/** The page of one statement on its own, for citing it alone. */
export const statementPageUrl = (base: string, meeting: string, item: string) => `${meetingUrl(base, meeting)}${item}/`;
export const personUrl = (base: string, person: string) => `${base}/people/${person}/`;
export const organizationUrl = (base: string, organization: string) => `${base}/organizations/${organization}/`;
export const bodyUrl = (base: string, body: string) => `${base}/bodies/${body}/`;
export const topicUrl = (base: string, topic: string) => `${base}/topics/${topic}/`;
export const recommendationUrl = (base: string, recommendation: string) => `${base}/recommendations/${recommendation}/`;
/** The extracted source text, published as provenance next to the records. */
export const sourceFileUrl = (base: string, file: string) => `${base}/sources/${file}`;

/** An absolute URL on the canonical origin, for citations, feeds and metadata. */
export const absoluteUrl = (path: string, site: URL | string) => new URL(path, site).href;
