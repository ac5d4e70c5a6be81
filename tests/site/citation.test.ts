import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { deriveRecord } from '~/record/derive';
import { meetingUrl, recommendationUrl, statementPageUrl, statementUrl, topicUrl } from '~/site/urls';
import { citationText, page } from '../helpers/dist';
import { readRecordEntries } from '~/content/read-record';

const record = deriveRecord(readRecordEntries('content'));

const citablePages = [
  ...[...record.meetings.keys()].map((id) => ({
    path: meetingUrl(id),
    dcType: ['議事要旨'],
    ogType: 'article',
    jsonLd: 'Article',
  })),
  ...record.spoken.map(({ meeting, item }) => ({
    path: statementPageUrl(meeting.id, item.id),
    dcType: ['presentation'],
    ogType: 'article',
    jsonLd: 'Article',
  })),
  // og:type=website makes a web page; a DC.type beside it would become its type field, as text.
  ...[...record.topics.keys()].map((id) => ({ path: topicUrl(id), dcType: [], ogType: 'website', jsonLd: 'WebPage' })),
  ...[...record.recommendations.keys()].map((id) => ({
    path: recommendationUrl(id),
    dcType: [],
    ogType: 'website',
    jsonLd: 'Article',
  })),
];

describe.each(citablePages)('$path', ({ path, dcType, ogType, jsonLd }) => {
  const $ = page(path);
  const meta = (name: string) =>
    $(`meta[name="${name}"], meta[property="${name}"]`)
      .map((_, el) => $(el).attr('content'))
      .get();

  it('carries the metadata reference managers read, and no COinS', () => {
    expect(meta('citation_title')).toHaveLength(1);
    expect(meta('citation_author').length).toBeGreaterThan(0);
    expect(meta('citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta('citation_language')).toEqual(['ja']);
    expect(meta('DC.type')).toEqual(dcType);
    expect(meta('og:type')).toEqual([ogType]);
    expect(meta('og:site_name')).toEqual(['サイバーセキュリティ政策会議録']);
    expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`${path}$`));
    expect($('.Z3988, span[title^="ctx_ver"]')).toHaveLength(0);
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(ld['@type']).toBe(jsonLd);
  });

  it('shows the version and last change, and a cite panel in every format without JavaScript', () => {
    const version = $('.version-info [data-version]').attr('data-version') ?? '';
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    const formats = $('.cite-panel details')
      .map((_, el) => $(el).attr('data-format'))
      .get();
    expect(formats).toEqual(['sist02', 'apa', 'bibtex', 'ris', 'csl-json']);
    const text = (format: string) => citationText($, format);
    expect(text('sist02')).toContain(version);
    const [bib] = new Cite(text('bibtex')).data;
    expect(bib?.['title']).toBe(meta('citation_title')[0]);
    expect(bib?.['version']).toBe(version);
    const [ris] = new Cite(text('ris')).data;
    expect(ris?.['title']).toBe(meta('citation_title')[0]);
    const [csl] = JSON.parse(text('csl-json')) as Record<string, unknown>[];
    expect(csl?.['version']).toBe(version);
  });
});

describe('statement pages and anchors', () => {
  it.each(record.spoken.map(({ meeting, item }) => [meeting.id, item.id] as const))(
    '%s#%s: the page links to the anchor and the anchor back to the page',
    (meeting, id) => {
      const $page = page(statementPageUrl(meeting, id));
      expect($page(`#main a[href="${statementUrl(meeting, id)}"]`).length).toBeGreaterThan(0);
      const $meeting = page(meetingUrl(meeting));
      expect($meeting(`article#${id} a[href="${statementPageUrl(meeting, id)}"]`)).toHaveLength(1);
    },
  );
});

describe('statement pages stay lean', () => {
  it.each(record.spoken.map(({ meeting, item }) => [meeting.id, item.id] as const))(
    '%s/%s: the panel gives SIST02 and APA as text and the machine formats from the meeting’s files',
    (meeting, id) => {
      const $ = page(statementPageUrl(meeting, id));
      expect(
        $('.cite-panel pre')
          .map((_, el) => $(el).closest('details').attr('data-format'))
          .get(),
      ).toEqual(['sist02', 'apa']);
      // The statement is in the page's text once, and in the head for Zotero's abstract; the
      // citation formats do not repeat it.
      const abstract = $('meta[name="DC.description"]').attr('content') ?? '';
      const firstLine = abstract.split('\n')[0] ?? '';
      expect(firstLine.length).toBeGreaterThan(0);
      expect($('.cite-panel').text()).not.toContain(firstLine);
      expect($('script[type="application/ld+json"]').text()).not.toContain(firstLine);
      expect($('#main article').text()).toContain(firstLine);
      // Each machine format's entry, read back by its parser, carries the statement as its abstract.
      const [bib] = new Cite(citationText($, 'bibtex')).data as { abstract?: string }[];
      const [ris] = new Cite(citationText($, 'ris')).data as { abstract?: string }[];
      const [csl] = JSON.parse(citationText($, 'csl-json')) as { abstract?: string }[];
      for (const entry of [bib, ris, csl]) expect(entry?.abstract).toContain(firstLine.slice(0, 20));
    },
  );
});
