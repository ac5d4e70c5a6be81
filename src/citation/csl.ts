import type { Citable } from './citables';
import { SITE_NAME } from './citables';

/** A CSL-JSON item, as citation-js and reference managers read it. */
export type CslItem = Record<string, unknown> & { id: string; type: string };

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** CSL types: a meeting is a hearing, a statement a speech, topics and recommendations web pages. */
const cslTypes = { meeting: 'hearing', statement: 'speech', topic: 'webpage', recommendation: 'webpage' } as const;

/** The CSL-JSON item for a citable page, without an accessed date (the reader adds it when copying). */
export function toCslItem(citable: Citable, accessed?: string): CslItem {
  const item: CslItem = {
    id: citable.key,
    'citation-key': citable.key,
    type: cslTypes[citable.kind],
    title: citable.title,
    author: citable.authors.map((name) => ({ literal: name })),
    issued: dateParts(citable.date),
    URL: citable.url,
    'container-title': SITE_NAME,
    publisher: SITE_NAME,
    language: 'ja',
    version: citable.version,
    // The note carries version and date into formats that have no field for them (RIS, BibTeX).
    note: `Version ${citable.version}; last changed ${citable.lastChanged}`,
  };
  if (citable.titleEn) item['original-title'] = citable.titleEn;
  if (citable.event) {
    item['event-title'] = citable.event.title;
    item['event-date'] = dateParts(citable.event.date);
    if (citable.event.place) item['event-place'] = citable.event.place;
  }
  if (citable.authority) item['authority'] = citable.authority;
  if (citable.abstract) item['abstract'] = citable.abstract;
  if (accessed) item['accessed'] = dateParts(accessed);
  return item;
}

/**
 * The item BibTeX and RIS are made from. citation-js maps a speech to @audio and RIS SOUND and a
 * hearing to @legal and HEAR, which reference managers then file as recordings or laws; every page
 * here is an online record, so those exports use the webpage type (@online, ELEC).
 */
export function toExportItem(item: CslItem): CslItem {
  return { ...item, type: 'webpage' };
}
