import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { buildCitables, type Citable } from '~/citation/citables';
import { entryOf, fileFormats, withAccessed, type FileFormat } from '~/citation/entries';
import { ACCESSED_PLACEHOLDER, accessedInsertion, citationFile, formatCitations } from '~/citation/format';
import { buildRecord } from '~/record/index';
import { base, meetingUrl, statementPageUrl } from '~/site/urls';
import { readRecordEntries } from '~/content/read-record';
import { syntheticRecordEntries } from '../helpers/synthetic-record';

/** Each meeting's citables as its citation files hold them: the meeting, then its spoken items. */
function meetingsOf(entries: ReturnType<typeof readRecordEntries>) {
  const record = buildRecord(entries);
  const citables = buildCitables(record, { origin: 'https://example.jp', base }, (_entry, fallback) => fallback);
  const at = (path: string) => citables.get(path) as Citable;
  const spoken = Map.groupBy(record.spoken, ({ meeting }) => meeting.id);
  return record.meetingsByDate.map((meeting) => [
    at(meetingUrl(meeting.id)),
    ...(spoken.get(meeting.id) ?? []).map(({ item }) => at(statementPageUrl(meeting.id, item.id))),
  ]);
}

const records = {
  fixture: meetingsOf(readRecordEntries('tests/fixtures/valid')),
  record: meetingsOf(readRecordEntries('content')),
  synthetic: meetingsOf(syntheticRecordEntries(3, 5)),
};

const formatted = (citable: Citable, format: FileFormat) => {
  const [citation] = formatCitations(citable, { formats: [format] });
  if (!citation) throw new Error(format);
  return citation;
};

describe.each(Object.entries(records))('a meeting’s citation files (%s)', (_name, meetings) => {
  it.each(fileFormats)(
    '%s: every page’s entry comes back out of its meeting’s file as the panel gave it',
    (format) => {
      for (const citables of meetings) {
        const file = citationFile(format, citables);
        for (const citable of citables) {
          expect(entryOf(format, file, { key: citable.key, url: citable.url })).toBe(formatted(citable, format).text);
        }
      }
    },
    60_000,
  );

  it.each(fileFormats)('%s: the accessed date goes where citation-js writes it', (format) => {
    for (const citable of meetings.flat()) {
      const { text, template } = formatted(citable, format);
      expect(withAccessed(format, text, ACCESSED_PLACEHOLDER)).toBe(template);
    }
  });

  it('a file reads back as the entries of the meeting and its statements, in order', () => {
    for (const citables of meetings) {
      for (const format of fileFormats) {
        const read = new Cite(citationFile(format, citables)).data as { title?: string }[];
        expect(read.map((item) => item.title)).toEqual(citables.map((c) => c.title));
      }
    }
  });
});

describe('the accessed date in SIST02 and APA', () => {
  it('is one insertion into the text, which gives back the template', () => {
    for (const citable of records.record.flat()) {
      for (const { text, template } of formatCitations(citable, { formats: ['sist02', 'apa'] })) {
        const insertion = accessedInsertion(text, template);
        if (text === template) expect(insertion).toBeUndefined();
        else
          expect(text.slice(0, insertion?.at) + (insertion?.insert ?? '') + text.slice(insertion?.at)).toBe(template);
      }
    }
  }, 60_000);

  it('is no insertion where the template differs otherwise', () => {
    expect(accessedInsertion('abc', 'xbcd')).toBeUndefined();
    expect(accessedInsertion('abc', 'abc')).toBeUndefined();
    expect(accessedInsertion('abc', 'ab, seen 2999c')).toEqual({ at: 2, insert: ', seen 2999' });
  });
});
