import { load } from 'cheerio';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { buildCitables } from '~/citation/citables';
import { FEED_ENTRIES, meetingsAtom } from '~/site/feeds';
import { buildRecord } from '~/record/index';
import { absoluteUrl, base, meetingUrl } from '~/site/urls';
import { syntheticRecordEntries } from '../helpers/synthetic-record';

const ORIGIN = 'https://example.jp';
const record = buildRecord(syntheticRecordEntries(12));
const oldest = record.meetingsByDate[0]!;
const newest = [...record.meetingsByDate].reverse();

/** The feed's entries as [meeting URL, updated], when every meeting's file dates from its source but `changed`. */
function feedEntries(changed: Record<string, string>, size?: number) {
  const citables = buildCitables(record, { origin: ORIGIN, base }, (entry, fallback) => changed[entry.id] ?? fallback);
  const $ = load(meetingsAtom(record, citables, ORIGIN, size), { xml: true });
  return {
    updated: $('feed > updated').text(),
    entries: $('feed > entry')
      .map((_, entry) => [[$(entry).children('id').text(), $(entry).children('updated').text()]])
      .get() as [string, string][],
  };
}

describe('meetingsAtom', () => {
  it('holds every meeting of a record smaller than FEED_ENTRIES, newest first', () => {
    expect(record.meetingsByDate.length).toBeLessThan(FEED_ENTRIES);
    expect(feedEntries({}).entries.map(([id]) => id)).toEqual(
      newest.map((meeting) => absoluteUrl(meetingUrl(meeting.id), ORIGIN)),
    );
  });

  it('holds only the meetings changed last, so a meeting of years ago added today comes first', () => {
    const { updated, entries } = feedEntries({ [oldest.id]: '2026-11-20' }, 5);
    expect(entries).toEqual([
      [absoluteUrl(meetingUrl(oldest.id), ORIGIN), '2026-11-20T00:00:00+09:00'],
      ...newest
        .slice(0, 4)
        .map((meeting) => [absoluteUrl(meetingUrl(meeting.id), ORIGIN), `${meeting.data.source.date}T00:00:00+09:00`]),
    ]);
    expect(updated).toBe('2026-11-20T00:00:00+09:00');
  });
});

/** Parses the text as XML 1.0 with a conforming parser; throws at the first thing that is not well-formed. */
function parseXml(text: string) {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
}

describe('the feed is well-formed XML whatever the record text', { timeout: 30_000 }, () => {
  const entries = syntheticRecordEntries(12);
  it.each([
    ['a control character', 'タイトル\x1b[31m赤\x07'],
    ['NUL and form feed', 'a\0b\fc'],
    ['half of a surrogate pair', 'a\ud800b'],
    ['a noncharacter', 'a\uffffb'],
    ['markup and entities', '</title><script>x</script>&amp; ]]> "q"'],
  ])('%s in a title', (_, title) => {
    const [first, ...rest] = record.meetingsByDate;
    const hostile = buildRecord({
      ...entries,
      meetings: entries.meetings.map((m) =>
        m.id === first?.id ? { ...m, data: { ...m.data, title, title_en: title } } : m,
      ),
    });
    expect(rest.length).toBeGreaterThan(0);
    const feed = meetingsAtom(
      hostile,
      buildCitables(hostile, { origin: ORIGIN, base }, (_e, f) => f),
      ORIGIN,
    );
    expect(() => {
      parseXml(feed);
    }).not.toThrow();
    expect(load(feed, { xml: true })('entry > title').first().text().length).toBeGreaterThan(0);
  });
});
