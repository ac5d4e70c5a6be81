import type { Citable, CitableKind } from './citables';
import { SITE_NAME } from './citables';
import { cslName } from './names';

/** A CSL-JSON item, as citation-js and reference managers read it. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * The Zotero item type each kind of page gives through Zotero's Embedded Metadata translator
 * (metadata.ts), and the CSL type Zotero exports it as: the cite panel says what Zotero says.
 */
export const zoteroTypes = {
  meeting: { zotero: 'report', csl: 'report' },
  statement: { zotero: 'presentation', csl: 'speech' },
  topic: { zotero: 'webpage', csl: 'webpage' },
  recommendation: { zotero: 'webpage', csl: 'webpage' },
} as const satisfies Record<CitableKind, { zotero: string; csl: string }>;

/**
 * The fields of each kind that Zotero fills from the page: a report's institution (CSL
 * `publisher`) and type (`genre`); a presentation's meeting (`event-title`), place and type;
 * a web page's site (`container-title`).
 */
function kindFields(citable: Citable): Record<string, unknown> {
  switch (citable.kind) {
    case 'meeting':
      return { publisher: citable.publisher, genre: citable.genre };
    case 'statement':
      return {
        'event-title': citable.event?.title,
        'event-place': citable.event?.place,
        genre: citable.genre,
        abstract: citable.abstract,
      };
    case 'topic':
    case 'recommendation':
      return { 'container-title': SITE_NAME };
  }
}

/** The CSL-JSON item for a citable page, with the accessed date where one is given. */
export function toCslItem(citable: Citable, accessed?: string): CslItem {
  const fields: Record<string, unknown> = {
    'citation-key': citable.key,
    title: citable.title,
    author: citable.creators.map(cslName),
    issued: dateParts(citable.date),
    URL: citable.url,
    language: 'ja',
    version: citable.version,
    // The note carries version and date into formats that have no field for them (RIS, BibTeX).
    note: `Version ${citable.version}; last changed ${citable.lastChanged}`,
    ...kindFields(citable),
    'original-title': citable.titleEn,
    accessed: accessed === undefined ? undefined : dateParts(accessed),
  };
  const present = Object.entries(fields).filter(([, value]) => value !== undefined);
  return { id: citable.key, type: zoteroTypes[citable.kind].csl, ...Object.fromEntries(present) };
}
