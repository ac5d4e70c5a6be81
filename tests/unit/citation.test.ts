import { Cite } from '@citation-js/core';
import { describe, expect, it, vi } from 'vitest';
import { buildCitables, type Citable } from '~/citation/citables';
import { toCslItem } from '~/citation/csl';
import { ACCESSED_PLACEHOLDER, formatCitations } from '~/citation/format';
import { jsonLd, metaTags } from '~/citation/metadata';
import { creatorText, cslName, groupCreator, personCreator } from '~/citation/names';
import { buildRecord } from '~/record/index';
import { base, homeUrl, meetingUrl, statementPageUrl, topicUrl } from '~/site/urls';
import { readRecordEntries } from '~/content/read-record';
import { syntheticRecordEntries } from '../helpers/synthetic-record';

const MEETING = '2020-01-01-test-task-force-01';
const SOURCE_URL = 'https://example.org/minutes/test-task-force-01.pdf';
const entries = readRecordEntries('tests/fixtures/valid');
// The ministry's own URL for the minutes, which the fixture's meeting does not state.
const record = buildRecord({
  ...entries,
  meetings: entries.meetings.map((m) => (m.id === MEETING ? { ...m, data: { ...m.data, source_url: SOURCE_URL } } : m)),
});
const citables = buildCitables(record, { origin: 'https://example.jp', base }, (_entry, fallback) => fallback);
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
    const again = buildCitables(record, { origin: 'https://example.jp', base }, (_entry, fallback) => fallback);
    expect([...again.values()].map((c) => c.version)).toEqual([...citables.values()].map((c) => c.version));
  });

  it('names the speaker as author of a statement, the council of a meeting and the site of a topic', () => {
    const speaker = record.people.get('tanaka')?.data.name ?? record.people.get('suzuki')?.data.name;
    expect(statement.creators).toEqual([{ kind: 'person', family: speaker }]);
    expect(meeting.creators).toEqual([{ kind: 'group', name: 'テスト省テストタスクフォース' }]);
    expect(topic.creators).toEqual([{ kind: 'group', name: 'サイバーセキュリティ政策会議録' }]);
  });

  it('cites a meeting as its minutes: their title, kind and ministry', () => {
    expect(meeting.title).toMatch(/議事要旨$/);
    expect(meeting.genre).toBe('議事要旨');
    expect(meeting.publisher).toBe('テスト省');
    expect(statement.genre).toMatch(/^.*(発言|説明)（議事要旨）$/);
  });
});

describe('formatted citations', () => {
  it('SIST02 keeps Japanese and carries the URL and version', () => {
    const sist = text(statement, 'sist02');
    expect(sist).toContain(creatorText(statement.creators[0]!));
    expect(sist).toContain(statement.url);
    expect(sist).toContain(statement.version);
    expect(sist).not.toMatch(/^\(1\)/);
  });

  it('APA uses the English title where one exists', () => {
    expect(text(meeting, 'apa')).toContain('Test Task Force, 1st meeting');
  });

  it('BibTeX keeps Japanese text: statements @misc as Zotero makes them, not @audio; meetings @report', () => {
    const bib = text(statement, 'bibtex');
    expect(bib).toMatch(new RegExp(`^@misc\\{${statement.key},`));
    expect(bib).toContain(statement.title);
    expect(text(meeting, 'bibtex')).toMatch(/^@report\{[^]*institution = \{テスト省\}/);
    expect(text(topic, 'bibtex')).toMatch(/^@online\{/);
  });

  it('RIS has Zotero’s types (SLIDE, not SOUND), and long values stay on one line', () => {
    const ris = text(statement, 'ris');
    expect(ris).toMatch(/^TY {2}- SLIDE/);
    expect(ris.split('\n')).toContain(`T2  - ${statement.event?.title ?? ''}`);
    expect(text(meeting, 'ris')).toMatch(/^TY {2}- RPRT/);
    expect(text(topic, 'ris').split('\n')).toEqual(
      expect.arrayContaining(['TY  - ELEC', 'T2  - サイバーセキュリティ政策会議録']),
    );
    expect(ris.split('\n')).toContain(`UR  - ${statement.url}`);
    expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    // A statement of two paragraphs is one AB line.
    const paragraphs = text({ ...statement, abstract: '一段落目。\n\n二段落目。' }, 'ris').split('\n');
    expect(paragraphs).toContain('AB  - 一段落目。 二段落目。');
    expect(paragraphs.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
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
    expect(essentials(parsed ?? { id: '', type: '' })).toEqual(essentials(toCslItem(citable)));
    expect(parsed?.['version']).toBe(citable.version);
  });

  it.each(cases.map((c) => [c.path, c] as const))('%s: RIS parses back to the same data', (_path, citable) => {
    const [parsed] = new Cite(text(citable, 'ris')).data;
    expect(essentials(parsed ?? { id: '', type: '' })).toEqual(essentials(toCslItem(citable)));
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
    expect(tag(statement, 'citation_author')).toEqual(statement.creators.map(creatorText));
    expect(tag(statement, 'citation_publication_date')).toEqual(['2020/01/01']);
    expect(tag(statement, 'DC.type')).toEqual(['presentation']);
    expect(tag(statement, 'eprints.event_title')).toEqual([statement.event?.title]);
    expect(tag(statement, 'eprints.event_type')).toEqual([statement.genre]);
    expect(tag(statement, 'DC.description')).toEqual([statement.abstract]);
    expect(tag(statement, 'citation_conference_title')).toEqual([]);
    expect(tag(meeting, 'citation_technical_report_institution')).toEqual(['テスト省']);
    expect(tag(meeting, 'DC.type')).toEqual(['議事要旨']);
    expect(tag(meeting, 'DC.publisher')).toEqual(['テスト省']);
    expect(tag(topic, 'DC.type')).toEqual([]);
    expect(tag(topic, 'og:type')).toEqual(['website']);
  });

  it('names the ministry’s own minutes as the source, where the record has them', () => {
    expect(meeting.sourceUrl).toBe(SOURCE_URL);
    expect(tag(meeting, 'DC.source')).toEqual([meeting.sourceUrl]);
    expect(tag(statement, 'DC.source')).toEqual([meeting.sourceUrl]);
    expect(jsonLd(meeting, homeUrl())['isBasedOn']).toBe(meeting.sourceUrl);
    expect(tag(topic, 'DC.source')).toEqual([]);
  });

  it('dates a recommendation by its meeting, and its last change only as modified time', () => {
    const recommendation = [...citables.values()].find((c) => c.kind === 'recommendation')!;
    const changed = { ...recommendation, lastChanged: '2030-05-06' };
    expect(tag(changed, 'citation_publication_date')).toEqual(['2020/01/01']);
    expect(tag(changed, 'DC.date')).toEqual(['2020-01-01']);
    expect(tag(changed, 'article:modified_time')).toEqual(['2030-05-06']);
  });

  it('JSON-LD: Event with recordedIn for meetings, Quotation for statements', () => {
    expect(jsonLd(meeting, homeUrl())).toMatchObject({
      about: { '@type': 'Event', recordedIn: { '@id': meeting.url } },
    });
    expect(jsonLd(statement, homeUrl())).toMatchObject({ mainEntity: { '@type': 'Quotation' } });
    expect(jsonLd(topic, homeUrl())['@type']).toBe('WebPage');
  });
});

describe('citations formatted through shapes', () => {
  const direct = (citable: Citable) => formatCitations(citable, { shapes: false });
  const realCitables = [
    ...buildCitables(
      buildRecord(readRecordEntries('content')),
      { origin: 'https://example.jp', base },
      (_e, fallback) => fallback,
    ).values(),
  ];

  it('equal direct formatting for every citable of the record', () => {
    expect(realCitables.length).toBeGreaterThan(100);
    for (const citable of realCitables) expect(formatCitations(citable), citable.path).toEqual(direct(citable));
  }, 60_000);

  it('equal direct formatting on a synthetic corpus', () => {
    const synthetic = buildCitables(
      buildRecord(syntheticRecordEntries(12)),
      { origin: 'https://example.jp', base },
      (_e, f) => f,
    );
    expect(synthetic.size).toBeGreaterThan(300);
    for (const citable of synthetic.values()) expect(formatCitations(citable), citable.path).toEqual(direct(citable));
  }, 60_000);

  it('run citeproc once per meeting for its statements', () => {
    const meetingOf = (path: string) => path.split('/').slice(0, 3).join('/');
    const statements = realCitables.filter((c) => c.kind === 'statement');
    // A month and day no other test uses, so that no earlier test has formatted APA's shape for
    // it (APA prints a statement's month and day, so each has a shape of its own).
    const [first, ...others] = statements
      .filter((c) => meetingOf(c.path) === meetingOf(statements[0]?.path ?? ''))
      .map((c) => ({ ...c, date: '1999-07-15' }));
    expect(others.length).toBeGreaterThan(5);
    formatCitations(first!);
    const format = vi.spyOn(Cite.prototype, 'format');
    try {
      for (const citable of others) formatCitations(citable);
      expect(format.mock.calls.filter(([style]) => style === 'bibliography')).toEqual([]);
    } finally {
      format.mockRestore();
    }
  });

  it('run citeproc for no other meeting where the styles print only the years of its dates', () => {
    const meetings = realCitables.filter((c) => c.kind === 'meeting');
    const [first] = meetings;
    expect(first?.event).toBeDefined();
    formatCitations(first!);
    // Another year, month and day, and every other field its own, as another meeting would have.
    const moved = (date: string, n: number): Citable => ({
      ...first!,
      key: `moved_${String(n)}`,
      title: `別の会議（第${String(n)}回）`,
      url: `https://example.jp/meetings/moved-${String(n)}/`,
      date,
      event: { title: `別の会議（第${String(n)}回）`, date, place: `会議室${String(n)}` },
      publisher: `別の省${String(n)}`,
      version: `v${String(n)}`,
      lastChanged: date,
    });
    const others = [moved('2005-06-07', 1), moved('1998-12-01', 2), moved('2031-02-28', 3)];
    const format = vi.spyOn(Cite.prototype, 'format');
    let shaped: ReturnType<typeof formatCitations>[];
    try {
      shaped = others.map((citable) => formatCitations(citable));
      expect(format.mock.calls.filter(([style]) => style === 'bibliography')).toEqual([]);
    } finally {
      format.mockRestore();
    }
    expect(shaped).toEqual(others.map(direct));
    expect(text(others[0]!, 'sist02')).toContain('2005');
    expect(text(others[0]!, 'sist02')).not.toContain(first!.date.slice(0, 4));
  });

  it("share APA's shape between meetings on the same month and day, but not on 29 February", () => {
    const meetingOf = (path: string) => path.split('/').slice(0, 3).join('/');
    const statements = realCitables.filter((c) => c.kind === 'statement');
    const ofMeeting = statements.filter((c) => meetingOf(c.path) === meetingOf(statements[0]?.path ?? ''));
    const on = (date: string) => ofMeeting.map((c) => ({ ...c, date, url: `${c.url}${date}` }));
    const runsFor = (citables: Citable[]) => {
      const format = vi.spyOn(Cite.prototype, 'format');
      try {
        for (const citable of citables) formatCitations(citable);
        return format.mock.calls.filter(([style, options]) => style === 'bibliography' && options?.template === 'apa');
      } finally {
        format.mockRestore();
      }
    };
    // Month-days no other test uses, so that no earlier test has formatted their shapes.
    const [first, ...sameDayOtherYears] = [on('1987-04-09'), on('1994-04-09'), on('2033-04-09')];
    expect(runsFor(first)).toHaveLength(1);
    expect(runsFor(sameDayOtherYears.flat())).toEqual([]);
    for (const citable of sameDayOtherYears.flat()) expect(formatCitations(citable)).toEqual(direct(citable));
    expect(text(sameDayOtherYears[1][0]!, 'apa')).toContain('(2033, April 9)');

    const leapDays = [on('1996-02-29'), on('2004-02-29')];
    expect(runsFor(leapDays[0]!)).toHaveLength(1);
    expect(runsFor(leapDays[1]!)).toHaveLength(1);
    for (const citable of leapDays.flat()) expect(formatCitations(citable)).toEqual(direct(citable));
  });

  it('format values citeproc would rewrite directly: quotes, markup, final punctuation', () => {
    const tricky = [
      { ...statement, title: `O'Brien said "secure" things.` },
      { ...statement, creators: [groupCreator('<i>委員</i> & Co.')] },
      { ...statement, title: '「セキュアゲートウェイ」について' },
      // Edge punctuation stays in the shape, beside the placeholder.
      { ...statement, title: '事務局の提言: 法律を整備する。' },
      { ...statement, title: '。、から始まる題.' },
      { ...statement, title: 'Ends with a full stop.' },
    ];
    for (const citable of tricky) expect(formatCitations(citable)).toEqual(direct(citable));
    // The apostrophe really is rewritten, so filling a shape in would have differed.
    expect(text(tricky[0]!, 'sist02')).not.toContain(`O'Brien`);
  });
});

describe('names as Zotero reads them', () => {
  it('writes a person with a given name as 姓, 名, which Zotero splits the right way round', () => {
    const nawa = personCreator('名和 太郎');
    expect(creatorText(nawa)).toBe('名和, 太郎');
    expect(cslName(nawa)).toEqual({ family: '名和', given: '太郎' });
    expect(creatorText(personCreator('名和\u3000太郎'))).toBe('名和, 太郎');
  });

  it('writes a family name alone, and any organisation, as one token without spaces', () => {
    expect(creatorText(personCreator('岡村'))).toBe('岡村');
    expect(cslName(personCreator('岡村'))).toEqual({ literal: '岡村' });
    expect(creatorText(groupCreator('総務省 サイバーセキュリティタスクフォース'))).toBe(
      '総務省サイバーセキュリティタスクフォース',
    );
  });
});
