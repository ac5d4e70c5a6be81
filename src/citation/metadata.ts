import type { Citable } from './citables';
import { SITE_NAME } from './citables';

/** One <meta> element: `name` for Highwire and Dublin Core, `property` for Open Graph. */
export interface MetaTag {
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/**
 * The metadata reference managers read (see the notes on Zotero): Highwire for Google Scholar,
 * DC.type to choose Zotero's item type, og:type=article because `website` would force Zotero to
 * a webpage item. No COinS: Zotero lets it override everything else on the page.
 */
export function metaTags(citable: Citable): MetaTag[] {
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  return [
    name('citation_title', citable.title),
    ...citable.authors.map((author) => name('citation_author', author)),
    name('citation_publication_date', citable.date.replaceAll('-', '/')),
    name('citation_language', 'ja'),
    name('citation_public_url', citable.url),
    name('DC.title', citable.title),
    ...citable.authors.map((author) => name('DC.creator', author)),
    name('DC.date', citable.date),
    name('DC.type', citable.dcType),
    name('DC.language', 'ja'),
    name('DC.identifier', citable.url),
    name('DC.publisher', SITE_NAME),
    property('og:type', 'article'),
    property('og:site_name', SITE_NAME),
    property('og:title', citable.title),
    property('og:url', citable.url),
    property('og:locale', 'ja_JP'),
    property('article:modified_time', citable.lastChanged),
  ];
}

const author = (citable: Citable, name: string) => ({
  '@type': citable.groupAuthor ? 'Organization' : 'Person',
  name,
});

/** JSON-LD for search engines (Zotero ignores it): Event for meetings, Quotation for statements. */
export function jsonLd(citable: Citable): Record<string, unknown> {
  const site = { '@type': 'WebSite', name: SITE_NAME, url: new URL('/', citable.url).href };
  const page = {
    '@context': 'https://schema.org',
    '@type': citable.kind === 'topic' ? 'WebPage' : 'Article',
    '@id': citable.url,
    url: citable.url,
    name: citable.title,
    headline: citable.title,
    ...(citable.titleEn ? { alternateName: citable.titleEn } : {}),
    inLanguage: 'ja',
    author: citable.authors.map((name) => author(citable, name)),
    datePublished: citable.date,
    dateModified: citable.lastChanged,
    version: citable.version,
    isPartOf: site,
    publisher: { '@type': 'Organization', name: SITE_NAME },
  };
  const event = citable.event && {
    '@type': 'Event',
    name: citable.event.title,
    startDate: citable.event.date,
    ...(citable.event.place ? { location: { '@type': 'Place', name: citable.event.place } } : {}),
    ...(citable.authority ? { organizer: { '@type': 'Organization', name: citable.authority } } : {}),
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
      mainEntity: {
        '@type': 'Quotation',
        text: citable.abstract,
        creator: citable.authors.map((name) => author(citable, name)),
        inLanguage: 'ja',
        ...(event ? { about: event } : {}),
      },
    };
  }
  return page;
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so text cannot close the element. */
export const jsonLdScript = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
