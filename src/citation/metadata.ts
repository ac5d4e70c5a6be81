import type { Citable } from './citables';
import { SITE_NAME } from './citables';
import { creatorText, type Creator } from './names';
import { absoluteUrl } from '~/record/urls';

/** One <meta> element: `name` for Highwire and Dublin Core, `property` for Open Graph. */
export interface MetaTag {
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
const present = (tags: (MetaTag | false | undefined)[]) => tags.filter((tag): tag is MetaTag => Boolean(tag));

/** A page that is not cited on its own terms (person, organisation, body): what Zotero needs to save it as a web page. */
export interface WebPage {
  title: string;
  url: string;
  /** YYYY-MM-DD of the last change to what the page shows. */
  date: string;
}

/**
 * Open Graph and Dublin Core for a web page. `og:type=website` makes Zotero save a webpage item
 * with the site's name, the canonical URL and the language.
 */
export function webPageTags(page: WebPage): MetaTag[] {
  return [
    name('DC.title', page.title),
    name('DC.date', page.date),
    name('DC.language', 'ja'),
    name('DC.identifier', page.url),
    property('og:type', 'website'),
    property('og:site_name', SITE_NAME),
    property('og:title', page.title),
    property('og:url', page.url),
    property('og:locale', 'ja_JP'),
  ];
}

/**
 * What decides each kind's Zotero item type (see docs/citation.md): a meeting's report
 * institution, which makes a report whose type is DC.type; a statement's DC.type=presentation
 * with its meeting in the eprints event fields (citation_conference_title would make a
 * conference paper); no DC.type on web pages, which og:type=website makes webpage items.
 */
function kindTags(citable: Citable): MetaTag[] {
  switch (citable.kind) {
    case 'meeting':
      return present([
        citable.publisher !== undefined && name('citation_technical_report_institution', citable.publisher),
        citable.publisher !== undefined && name('DC.publisher', citable.publisher),
        citable.genre !== undefined && name('DC.type', citable.genre),
        property('og:type', 'article'),
      ]);
    case 'statement':
      return present([
        name('DC.type', 'presentation'),
        citable.event && name('eprints.event_title', citable.event.title),
        citable.event?.place !== undefined && name('eprints.event_location', citable.event.place),
        citable.genre !== undefined && name('eprints.event_type', citable.genre),
        citable.abstract !== undefined && name('DC.description', citable.abstract),
        property('og:type', 'article'),
      ]);
    case 'topic':
    case 'recommendation':
      return [property('og:type', 'website')];
  }
}

/**
 * The metadata reference managers read (see docs/citation.md): Highwire for Google Scholar,
 * Dublin Core and Open Graph for Zotero. No COinS: Zotero lets it override everything else.
 */
export function metaTags(citable: Citable): MetaTag[] {
  const authors = citable.creators.map(creatorText);
  return present([
    name('citation_title', citable.title),
    ...authors.map((author) => name('citation_author', author)),
    name('citation_publication_date', citable.date.replaceAll('-', '/')),
    name('citation_language', 'ja'),
    name('citation_public_url', citable.url),
    name('DC.title', citable.title),
    ...authors.map((author) => name('DC.creator', author)),
    name('DC.date', citable.date),
    name('DC.language', 'ja'),
    name('DC.identifier', citable.url),
    citable.sourceUrl !== undefined && name('DC.source', citable.sourceUrl),
    ...kindTags(citable),
    property('og:site_name', SITE_NAME),
    property('og:title', citable.title),
    property('og:url', citable.url),
    property('og:locale', 'ja_JP'),
    property('article:modified_time', citable.lastChanged),
  ]);
}

const author = (creator: Creator) => ({
  '@type': creator.kind === 'person' ? 'Person' : 'Organization',
  name: creatorText(creator),
});

/**
 * JSON-LD for search engines (Zotero ignores it): Event for meetings, Quotation for statements.
 * `homeUrl` is the site's home page as published (under the base path).
 */
export function jsonLd(citable: Citable, homeUrl: string): Record<string, unknown> {
  const site = { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(homeUrl, citable.url) };
  const page = {
    '@context': 'https://schema.org',
    '@type': citable.kind === 'topic' ? 'WebPage' : 'Article',
    '@id': citable.url,
    url: citable.url,
    name: citable.title,
    headline: citable.title,
    ...(citable.titleEn ? { alternateName: citable.titleEn } : {}),
    inLanguage: 'ja',
    author: citable.creators.map(author),
    datePublished: citable.date,
    dateModified: citable.lastChanged,
    version: citable.version,
    ...(citable.sourceUrl ? { isBasedOn: citable.sourceUrl } : {}),
    isPartOf: site,
    publisher: { '@type': 'Organization', name: SITE_NAME },
  };
  const event = citable.event && {
    '@type': 'Event',
    name: citable.event.title,
    startDate: citable.event.date,
    ...(citable.event.place ? { location: { '@type': 'Place', name: citable.event.place } } : {}),
    ...(citable.publisher ? { organizer: { '@type': 'Organization', name: citable.publisher } } : {}),
  };
  if (citable.kind === 'meeting' && event) {
    return {
      ...page,
      about: { ...event, recordedIn: { '@type': 'CreativeWork', '@id': citable.url, name: citable.title } },
    };
  }
  if (citable.kind === 'statement') {
    return {
      ...page,
      // The quotation's words are the page's text, and DC.description's for Zotero: not a third copy.
      mainEntity: {
        '@type': 'Quotation',
        creator: citable.creators.map(author),
        inLanguage: 'ja',
        ...(event ? { about: event } : {}),
      },
    };
  }
  return page;
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so text cannot close the element. */
export const jsonLdScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
