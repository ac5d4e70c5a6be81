/**
 * The item Zotero's "Embedded Metadata" translator makes from a page's meta tags, and the CSL-JSON
 * Zotero exports it as, following the translator's rules (zotero/translators, `Embedded
 * Metadata.js` and `RDF.js`) for the tags this site writes. Zotero's translation-server cannot
 * run in CI; docs/citation.md records what the real one returned for each kind of page.
 */
import type { CheerioAPI } from 'cheerio';

/** Zotero item types that DC.type may name; any other value becomes the item's type field as text. */
const itemTypes = new Set(['presentation', 'report', 'webpage', 'hearing', 'journalArticle', 'document', 'book']);

export type ZoteroCreator = { name: string } | { lastName: string; firstName: string };

export interface ZoteroItem {
  itemType: string;
  creators: ZoteroCreator[];
  title: string | undefined;
  date: string | undefined;
  url: string | undefined;
  language: string | undefined;
  /** Zotero's field name → value, for the fields beyond the common ones. */
  fields: Record<string, string>;
}

/**
 * Zotero's cleanAuthor: `last, first` at a comma; otherwise split at the last space, given name
 * first; one word is a single-field name.
 */
export function zoteroCreator(text: string): ZoteroCreator {
  const name = text.trim();
  if (name.includes(',')) {
    const [last = '', ...first] = name.split(',');
    return { lastName: last.trim(), firstName: first.join(',').trim() };
  }
  const space = name.lastIndexOf(' ');
  if (space < 0) return { name };
  return { lastName: name.slice(space + 1), firstName: name.slice(0, space) };
}

/** Zotero's choice of item type: Highwire's strong hints, then og:type=website, then DC.type, then Highwire's guess. */
function itemTypeOf(meta: (key: string) => string | undefined): string {
  if (meta('citation_technical_report_institution')) return 'report';
  if (meta('citation_conference_title') ?? meta('citation_conference')) return 'conferencePaper';
  if (meta('citation_journal_title')) return 'journalArticle';
  if (meta('citation_dissertation_institution')) return 'thesis';
  if (meta('og:type') === 'website') return 'webpage';
  const dcType = meta('DC.type');
  if (dcType && itemTypes.has(dcType)) return dcType;
  if (meta('citation_title')) return 'journalArticle';
  return 'webpage';
}

/** The item Zotero makes from the page, for the fields this site's metadata sets. */
export function zoteroItem($: CheerioAPI): ZoteroItem {
  const all = (key: string) =>
    $(`meta[name="${key}"], meta[property="${key}"]`)
      .map((_, el) => $(el).attr('content') ?? '')
      .get()
      .filter((value) => value.trim() !== '');
  const meta = (key: string) => all(key)[0];
  const itemType = itemTypeOf(meta);
  const authors = all('citation_author').length > 0 ? all('citation_author') : all('DC.creator');
  const dcType = meta('DC.type');
  const candidates: Record<string, string | undefined> = {
    institution:
      itemType === 'report' ? (meta('citation_technical_report_institution') ?? meta('DC.publisher')) : undefined,
    reportType: itemType === 'report' && dcType !== undefined && !itemTypes.has(dcType) ? dcType : undefined,
    meetingName: itemType === 'presentation' ? meta('eprints.event_title') : undefined,
    place: itemType === 'presentation' ? meta('eprints.event_location') : undefined,
    presentationType: itemType === 'presentation' ? (meta('eprints.event_type') ?? dcType) : undefined,
    websiteTitle: itemType === 'webpage' ? meta('og:site_name') : undefined,
    websiteType: itemType === 'webpage' ? dcType : undefined,
    abstractNote: meta('citation_abstract') ?? meta('DC.description') ?? meta('description'),
    conferenceName: meta('citation_conference_title'),
  };
  const fields = Object.fromEntries(
    Object.entries(candidates).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return {
    itemType,
    creators: authors.map(zoteroCreator),
    title: meta('citation_title') ?? meta('DC.title') ?? meta('og:title'),
    date: meta('citation_publication_date') ?? meta('DC.date'),
    url: meta('citation_public_url') ?? meta('og:url') ?? $('link[rel="canonical"]').attr('href'),
    language: meta('citation_language') ?? meta('DC.language'),
    fields,
  };
}

const cslTypes: Record<string, string> = { report: 'report', presentation: 'speech', webpage: 'webpage' };

/** The CSL-JSON fields Zotero exports for the item: type, authors, container, institution, genre, event, date. */
export function zoteroCsl(item: ZoteroItem): Record<string, unknown> {
  const { fields } = item;
  const csl: Record<string, unknown> = {
    type: cslTypes[item.itemType] ?? item.itemType,
    author: item.creators.map((c) => ('name' in c ? { literal: c.name } : { family: c.lastName, given: c.firstName })),
    issued: item.date && { 'date-parts': [item.date.split(/[-/]/).map(Number)] },
    'container-title': fields['websiteTitle'],
    publisher: fields['institution'],
    genre: fields['reportType'] ?? fields['presentationType'] ?? fields['websiteType'],
    'event-title': fields['meetingName'],
    'event-place': fields['place'],
  };
  return Object.fromEntries(Object.entries(csl).filter(([, value]) => value !== undefined));
}
