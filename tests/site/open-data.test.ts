import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FEED_ENTRIES } from '~/site/feeds';
import { deriveRecord } from '~/record/derive';
import { STATEMENTS_CSV_COLUMNS } from '~/open-data/exports';
import { searchUrl, sitemapFileUrl } from '~/site/urls';
import { allPagePaths, DIST, fileForPath } from '../helpers/dist';
import { readRecordEntries } from '~/content/read-record';

const record = deriveRecord(readRecordEntries('content'));
const json = <T>(file: string) => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as T[];
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

describe('open data matches the content', () => {
  it('meetings.json has every meeting with its statements in order', () => {
    const meetings = json<{ id: string; title: string; date: string; statements: string[] }>('meetings.json');
    expect(ids(meetings)).toEqual([...record.meetings.keys()].sort());
    for (const meeting of meetings) {
      const data = record.meetings.get(meeting.id)?.data;
      expect(meeting.title).toBe(data?.title);
      expect(meeting.date).toBe(data?.date);
      expect(meeting.statements).toEqual(data?.proceedings.filter((p) => p.type !== 'heading').map((p) => p.id));
    }
  });

  it('statements.json has every item verbatim with its speaker and topics', () => {
    const statements = json<{
      meeting: string;
      id: string;
      text: string;
      speaker?: Record<string, string>;
      topics?: string[];
    }>('statements.json');
    const items = record.meetingsByDate.flatMap((m) =>
      m.data.proceedings.flatMap((item) => (item.type === 'heading' ? [] : [{ meeting: m.id, item }])),
    );
    expect(statements).toHaveLength(items.length);
    statements.forEach((statement, i) => {
      const expected = items[i];
      expect(`${statement.meeting}#${statement.id}`).toBe(`${expected?.meeting ?? ''}#${expected?.item.id ?? ''}`);
      expect(statement.text).toBe(expected?.item.text);
      if (expected && expected.item.type !== 'note') {
        const speaker = expected.item.speaker;
        if ('person' in speaker) expect(statement.speaker).toEqual({ person: speaker.person.id });
        expect(statement.topics).toEqual(expected.item.topics.map((t) => t.id));
      }
    });
  });

  it('people, organizations, topics and recommendations have every record', () => {
    expect(ids(json('people.json'))).toEqual([...record.people.keys()].sort());
    expect(ids(json('organizations.json'))).toEqual([...record.organizations.keys()].sort());
    expect(ids(json('bodies.json'))).toEqual([...record.bodies.keys()].sort());
    const topics = json<{ id: string; title: string; statements: string[] }>('topics.json');
    expect(ids(topics)).toEqual([...record.topics.keys()].sort());
    for (const topic of topics) {
      expect(topic.title).toBe(record.topics.get(topic.id)?.data.title);
      expect(topic.statements).toHaveLength(record.byTopic.get(topic.id)?.statementCount ?? -1);
    }
    const recommendations = json<{ id: string; statement: string; status: string; quote: string }>(
      'recommendations.json',
    );
    expect(ids(recommendations)).toEqual([...record.recommendations.keys()].sort());
    for (const recommendation of recommendations) {
      const { data } = record.recommendations.get(recommendation.id)?.entry ?? { data: undefined };
      expect(recommendation.statement).toBe(`${data?.statement.meeting ?? ''}#${data?.statement.id ?? ''}`);
      expect(recommendation.status).toBe(data?.status);
      expect(recommendation.quote).toBe(data?.quote);
    }
  });

  it('statements.csv has one row per statement and presentation, text verbatim', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data', 'statements.csv'), 'utf8'));
    expect(header).toEqual([...STATEMENTS_CSV_COLUMNS]);
    expect(rows).toHaveLength(record.spoken.length);
    rows.forEach((row, i) => {
      const spoken = record.spoken[i];
      expect(row[0]).toBe(spoken?.meeting.id);
      expect(row[1]).toBe(spoken?.item.id);
      expect(row[8]).toBe(spoken?.item.text);
    });
  });
});

describe('feed, sitemap and robots.txt', () => {
  const xml = (file: string) => load(readFileSync(join(DIST, file), 'utf8'), { xml: true });

  it('the Atom feed has the meetings changed last, every meeting of a record this small', () => {
    const $ = xml('feed.xml');
    expect($('feed > entry')).toHaveLength(Math.min(record.meetings.size, FEED_ENTRIES));
    expect($('feed > updated').text()).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  /** The site paths that /sitemap.xml indexes, each file's path with its lastmod. */
  const sitemapFiles = () => {
    const $ = xml('sitemap.xml');
    return $('sitemapindex > sitemap')
      .map((_, el) => ({ path: new URL($(el).find('loc').text()).pathname, lastmod: $(el).find('lastmod').text() }))
      .get();
  };

  it('the sitemap is an index of sitemap files, each with the latest lastmod of its pages', () => {
    const files = sitemapFiles();
    expect(files.map((file) => file.path)).toEqual([sitemapFileUrl(1)]);
    for (const file of files) {
      const $ = load(readFileSync(fileForPath(file.path), 'utf8'), { xml: true });
      const lastmods = $('url > lastmod')
        .map((_, el) => $(el).text())
        .get();
      expect(file.lastmod).toBe(lastmods.reduce((a, b) => (b > a ? b : a)));
    }
  });

  it('the sitemap files list every page but the search form, with a lastmod', () => {
    const $ = load(
      sitemapFiles()
        .map((file) => readFileSync(fileForPath(file.path), 'utf8').replace(/^<\?xml[^>]*>/, ''))
        .join(''),
      { xml: true },
    );
    const locs = $('url > loc')
      .map((_, el) => new URL($(el).text()).pathname)
      .get();
    // The search page holds no content of its own, only results for a query.
    expect(locs.sort()).toEqual(
      allPagePaths()
        .filter((path) => path !== searchUrl())
        .sort(),
    );
    $('url').each((_, el) => {
      expect($(el).find('lastmod').text()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  it('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });
});
