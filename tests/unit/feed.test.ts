import { load } from 'cheerio';
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
