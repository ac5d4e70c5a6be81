import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { deriveRecord } from '~/record/derive';
import {
  bodyUrl,
  meetingUrl,
  organizationUrl,
  personUrl,
  recommendationUrl,
  statementPageUrl,
  topicUrl,
} from '~/site/urls';
import { citationText, page } from '../helpers/dist';
import { readRecordEntries } from '~/content/read-record';
import { zoteroCsl, zoteroItem, type ZoteroCreator } from '../helpers/zotero-item';

const record = deriveRecord(readRecordEntries('content'));
const SITE_NAME = 'サイバーセキュリティ政策会議録';

const citedPages = [
  ...[...record.meetings.keys()].map((id) => ({ path: meetingUrl(id), itemType: 'report' })),
  ...record.spoken.map(({ meeting, item }) => ({
    path: statementPageUrl(meeting.id, item.id),
    itemType: 'presentation',
  })),
  ...[...record.topics.keys()].map((id) => ({ path: topicUrl(id), itemType: 'webpage' })),
  ...[...record.recommendations.keys()].map((id) => ({ path: recommendationUrl(id), itemType: 'webpage' })),
];

const otherPages = [
  ...[...record.people.keys()].map(personUrl),
  ...[...record.organizations.keys()].map(organizationUrl),
  ...[...record.bodies.keys()].map(bodyUrl),
];

const panelText = ($: CheerioAPI, format: string) => citationText($, format);

/** The fields Zotero exports that the cite panel must agree on. */
const agreed = ['type', 'author', 'issued', 'container-title', 'publisher', 'genre', 'event-title', 'event-place'];
const pick = (item: Record<string, unknown>) =>
  Object.fromEntries(agreed.filter((key) => item[key] !== undefined).map((key) => [key, item[key]]));

/** A creator as Zotero's RIS export writes it (AU). */
const risName = (c: ZoteroCreator) => ('name' in c ? c.name : `${c.lastName}, ${c.firstName}`);
/** Zotero's RIS export types. */
const risTypes: Record<string, string> = { report: 'RPRT', presentation: 'SLIDE', webpage: 'ELEC' };
const risTags = (ris: string, tag: string) =>
  ris
    .split('\n')
    .filter((line) => line.startsWith(`${tag}  - `))
    .map((line) => line.slice(6));

describe.each(citedPages)('$path as Zotero saves it', ({ path, itemType }) => {
  const $ = page(path);
  const item = zoteroItem($);
  const expected = zoteroCsl(item);

  it(`is a ${itemType} with its authors, date, URL and language`, () => {
    expect(item.itemType).toBe(itemType);
    expect(item.creators.length).toBeGreaterThan(0);
    expect(item.date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(item.url).toBe($('link[rel="canonical"]').attr('href'));
    expect(item.language).toBe('ja');
  });

  it('gives the cite panel’s CSL-JSON: the same type, authors, container, institution and date', () => {
    const [panel] = JSON.parse(panelText($, 'csl-json')) as Record<string, unknown>[];
    expect(pick(panel ?? {})).toEqual(expected);
  });

  it('gives the panel’s RIS its type, authors, container and institution, as Zotero’s RIS would', () => {
    const ris = panelText($, 'ris');
    expect(risTags(ris, 'TY')).toEqual([risTypes[itemType]]);
    expect(risTags(ris, 'AU')).toEqual(item.creators.map(risName));
    const container = item.fields['websiteTitle'] ?? item.fields['meetingName'];
    if (container) expect(risTags(ris, 'T2')).toEqual([container]);
    if (item.fields['institution']) expect(risTags(ris, 'PB')).toEqual([item.fields['institution']]);
    expect(risTags(ris, 'PY')).toEqual([item.date?.slice(0, 4)]);
  });

  it('gives the panel’s BibTeX the same authors, date and institution', () => {
    const [bib] = new Cite(panelText($, 'bibtex')).data as Record<string, unknown>[];
    // A one-field name goes into BibTeX braced, and comes back as a family name.
    const names = (authors: unknown) =>
      (authors as Record<string, string>[]).map((a) =>
        [a['literal'] ?? a['family'], a['given']].filter(Boolean).join(', '),
      );
    expect(names(bib?.['author'])).toEqual(names(expected['author']));
    expect(bib?.['issued']).toEqual(expected['issued']);
    if (item.fields['institution']) expect(bib?.['publisher']).toBe(item.fields['institution']);
    expect(panelText($, 'bibtex')).toMatch(
      { report: /^@report\{/, presentation: /^@misc\{/, webpage: /^@online\{/ }[itemType]!,
    );
  });

  it('gives SIST02 and APA the same authors, year and institution', () => {
    for (const format of ['sist02', 'apa']) {
      const text = panelText($, format);
      for (const creator of item.creators)
        expect(text, format).toContain('name' in creator ? creator.name : creator.lastName);
      expect(text, format).toContain(item.date?.slice(0, 4));
      if (item.fields['institution']) expect(text, format).toContain(item.fields['institution']);
    }
  });
});

describe.each(otherPages)('%s as Zotero saves it', (path) => {
  it('is a web page of the site, at its canonical URL, with its title, language and date', () => {
    const $ = page(path);
    const item = zoteroItem($);
    expect(item.itemType).toBe('webpage');
    expect(item.fields['websiteTitle']).toBe(SITE_NAME);
    expect(item.fields['websiteType']).toBeUndefined();
    expect(`${item.title ?? ''} | ${SITE_NAME}`).toBe($('head > title').text());
    expect(item.url).toBe($('link[rel="canonical"]').attr('href'));
    expect(item.language).toBe('ja');
    expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
