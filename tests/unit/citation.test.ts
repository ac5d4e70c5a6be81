import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { buildCitables, type Citable } from '../../src/lib/citation/citables';
import { toCslItem, toExportItem } from '../../src/lib/citation/csl';
import { ACCESSED_PLACEHOLDER, formatCitations } from '../../src/lib/citation/format';
import { jsonLd, metaTags } from '../../src/lib/citation/metadata';
import { buildRecord } from '../../src/lib/record/index';
import { meetingUrl, statementPageUrl, topicUrl } from '../../src/lib/urls';
import { loadRecordEntries } from '../helpers/load-record';

const MEETING = '2020-01-01-test-task-force-01';
const record = buildRecord(loadRecordEntries('tests/fixtures/valid'));
const citables = buildCitables(record, 'https://example.jp', (_entry, fallback) => fallback);
const get = (path: string): Citable => {
  const citable = citables.get(path);
  if (!citable) throw new Error(`no citable at ${path}`);
  return citable;
};
const statement = get(statementPageUrl(MEETING, 's001'));
const meeting = get(meetingUrl(MEETING));
const topic = get(topicUrl('gateways'));

const text = (citable: Citable, format: string) =>
  formatCitations(citable).find((c) => c.format === format)?.text ?? '';

describe('citables', () => {
  it('covers meetings, statements, topics and recommendations', () => {
    const kinds = new Set([...citables.values()].map((c) => c.kind));
    expect(kinds).toEqual(new Set(['meeting', 'statement', 'topic', 'recommendation']));
  });

  it('is deterministic: the same record gives the same versions', () => {
    const again = buildCitables(record, 'https://example.jp', (_entry, fallback) => fallback);
    expect([...again.values()].map((c) => c.version)).toEqual([...citables.values()].map((c) => c.version));
  });

  it('names the speaker as author of a statement and the site as group author of a topic', () => {
    expect(statement.authors).toEqual([
      record.people.get('tanaka')?.data.name ?? record.people.get('suzuki')?.data.name,
    ]);
    expect(topic.authors).toEqual(['サイバーセキュリティ政策会議録']);
    expect(topic.groupAuthor).toBe(true);
  });
});

describe('formatted citations', () => {
  it('SIST02 keeps Japanese and carries the URL and version', () => {
    const sist = text(statement, 'sist02');
    expect(sist).toContain(statement.authors[0]);
    expect(sist).toContain(statement.url);
    expect(sist).toContain(statement.version);
    expect(sist).not.toMatch(/^\(1\)/);
  });

  it('APA uses the English title where one exists', () => {
    expect(text(meeting, 'apa')).toContain('Test Task Force, 1st meeting');
  });

  it('BibTeX keeps Japanese text and makes statements @online, not @audio', () => {
    const bib = text(statement, 'bibtex');
    expect(bib).toMatch(new RegExp(`^@online\\{${statement.key},`));
    expect(bib).toContain(statement.title);
    expect(text(meeting, 'bibtex')).not.toMatch(/@legal|@audio/);
  });

  it('RIS is not SOUND, and long values stay on one line', () => {
    const ris = text(statement, 'ris');
    expect(ris).toMatch(/^TY {2}- ELEC/);
    expect(ris.split('\n')).toContain(`UR  - ${statement.url}`);
    expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
  });

  it('shows no accessed date, and the template has the placeholder where it goes', () => {
    for (const citation of formatCitations(statement)) {
      expect(citation.text, citation.format).not.toContain('2999');
      // APA 7 gives no retrieval date for a page with a publication date; the version stands in for it.
      if (citation.format !== 'apa') expect(citation.template, citation.format).toMatch(/2999/);
    }
    expect(ACCESSED_PLACEHOLDER).toBe('2999-12-31');
  });
});

describe('round trip through citation-js', () => {
  const cases = [...citables.values()];
  const essentials = (item: Record<string, unknown>) => ({
    title: item['title'],
    author: (item['author'] as { literal?: string; family?: string }[]).map((a) => a.literal ?? a.family),
    issued: item['issued'],
    URL: item['URL'],
  });

  it.each(cases.map((c) => [c.path, c] as const))('%s: BibTeX parses back to the same data', (_path, citable) => {
    const [parsed] = new Cite(text(citable, 'bibtex')).data;
    expect(essentials(parsed ?? { id: '', type: '' })).toEqual(essentials(toExportItem(toCslItem(citable))));
    expect(parsed?.['version']).toBe(citable.version);
  });

  it.each(cases.map((c) => [c.path, c] as const))('%s: RIS parses back to the same data', (_path, citable) => {
    const [parsed] = new Cite(text(citable, 'ris')).data;
    expect(essentials(parsed ?? { id: '', type: '' })).toEqual(essentials(toExportItem(toCslItem(citable))));
  });

  it.each(cases.map((c) => [c.path, c] as const))('%s: CSL-JSON parses back to the same item', (_path, citable) => {
    const [parsed] = new Cite(JSON.parse(text(citable, 'csl-json'))).data;
    expect(parsed).toMatchObject(toCslItem(citable));
  });
});

describe('page metadata', () => {
  const tag = (citable: Citable, key: string) =>
    metaTags(citable)
      .filter((t) => t.key === key)
      .map((t) => t.content);

  it('has the Highwire, Dublin Core and Open Graph fields reference managers read', () => {
    expect(tag(statement, 'citation_title')).toEqual([statement.title]);
    expect(tag(statement, 'citation_author')).toEqual(statement.authors);
    expect(tag(statement, 'citation_publication_date')).toEqual(['2020/01/01']);
    expect(tag(statement, 'DC.type')).toEqual(['presentation']);
    expect(tag(meeting, 'DC.type')).toEqual(['hearing']);
    expect(tag(topic, 'DC.type')).toEqual(['webpage']);
    expect(tag(topic, 'og:type')).toEqual(['article']);
  });

  it('JSON-LD: Event with recordedIn for meetings, Quotation for statements', () => {
    expect(jsonLd(meeting)).toMatchObject({ about: { '@type': 'Event', recordedIn: { '@id': meeting.url } } });
    expect(jsonLd(statement)).toMatchObject({ mainEntity: { '@type': 'Quotation' } });
    expect(jsonLd(topic)['@type']).toBe('WebPage');
  });
});
