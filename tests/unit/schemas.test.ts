import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { PLACEHOLDER_MARK } from '~/content/schemas/placeholder';
import { plainSchemas } from '~/content/read-record';

const MEETING = 'tests/fixtures/valid/meetings/2020-01-01-test-task-force-01.md';
const validPerson = { name: '岡村' };
const validTopic = { title: '認証', title_en: 'Certification' };
const validRecommendation = {
  statement: '2017-03-27-soumu-cybersecurity-task-force-03#s012',
  quote: 'そのように',
  summary: '要約',
  status: 'adopted',
};

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('record schemas', () => {
  it('accept a valid record and resolve references to { collection, id }', () => {
    const person = plainSchemas.people.parse({ ...validPerson, organization: 'soumu' });
    expect(person.organization).toEqual({ collection: 'organizations', id: 'soumu' });
    const topic = plainSchemas.topics.parse({ ...validTopic, related: ['insurance'] });
    expect(topic).toEqual({ ...validTopic, aliases: [], related: [{ collection: 'topics', id: 'insurance' }] });
  });

  it('reject an unknown key and list the keys that are allowed', () => {
    expect(issues(plainSchemas.people.safeParse({ ...validPerson, affiliaton: 'soumu' }))).toEqual([
      ': unknown key "affiliaton". Fix: remove it or correct its spelling; allowed here: name, organization, note',
    ]);
  });

  it('reject a missing required field and say to add it', () => {
    expect(issues(plainSchemas.topics.safeParse({ title: '認証' }))).toEqual([
      'title_en: is required but missing. Fix: add this field (see docs/content-format.md)',
    ]);
  });

  it('parse a statement locator into meeting and ID, and reject a malformed one', () => {
    expect(plainSchemas.recommendations.parse(validRecommendation).statement).toEqual({
      meeting: '2017-03-27-soumu-cybersecurity-task-force-03',
      id: 's012',
    });
    expect(issues(plainSchemas.recommendations.safeParse({ ...validRecommendation, statement: 's012' }))[0]).toMatch(
      /^statement: must point at a statement as <meeting-slug>#<id>/,
    );
  });

  it("reject the importer's placeholder where editorial text belongs, naming the field and the fix", () => {
    const placeholder = `${PLACEHOLDER_MARK}: English title (editorial)`;
    expect(issues(plainSchemas.topics.safeParse({ ...validTopic, title_en: placeholder }))).toEqual([
      `title_en: is still the importer's placeholder ("${PLACEHOLDER_MARK} …"). Fix: write the editorial text in its place`,
    ]);
    expect(
      issues(plainSchemas.bodies.safeParse({ name: '会議', name_en: `${PLACEHOLDER_MARK} (editorial)` })),
    ).toHaveLength(1);
    expect(issues(plainSchemas.topics.safeParse({ ...validTopic, title_en: 'Todo lists' }))).toEqual([]);
  });

  it("reject a meeting whose publisher is still the importer's placeholder", () => {
    const { data } = readMeetingFile(readFileSync(MEETING, 'utf8'), MEETING);
    const source = data['source'] as Record<string, unknown>;
    const meeting = { ...data, source: { ...source, publisher: `${PLACEHOLDER_MARK}-publisher` } };
    expect(issues(plainSchemas.meetings.safeParse(meeting))).toContain(
      `source.publisher: is still the importer's placeholder ("${PLACEHOLDER_MARK} …"). Fix: write the slug it asks for`,
    );
    expect(issues(plainSchemas.meetings.safeParse(data))).toEqual([]);
  });

  it('reject a status outside the fixed set', () => {
    expect(issues(plainSchemas.recommendations.safeParse({ ...validRecommendation, status: 'done' }))).toEqual([
      'status: must be one of adopted, under-consideration, deferred, no-response',
    ]);
  });

  describe('meeting dates and times', () => {
    const meeting = (overrides: Record<string, unknown>) => ({
      title: 't',
      title_en: 't',
      body: 'b',
      session: 1,
      date: '2017-03-27',
      attendees: [],
      source: { title: 't', publisher: 'o', date: '2017-03-27', file: 'a.txt' },
      proceedings: [],
      ...overrides,
    });

    it('accept an ISO date and a 24-hour time', () => {
      expect(plainSchemas.meetings.parse(meeting({ start: '09:30' })).date).toBe('2017-03-27');
    });

    it.each([
      ['2017/03/27', 'date: must be an ISO date written YYYY-MM-DD (e.g. 2017-03-27)'],
      ['平成29年3月27日', 'date: must be an ISO date written YYYY-MM-DD (e.g. 2017-03-27)'],
      ['2017-02-30', 'date: is not a real calendar date: check the month and day'],
    ])('reject the date %s', (date, message) => {
      expect(issues(plainSchemas.meetings.safeParse(meeting({ date })))).toEqual([message]);
    });

    it('reject a time that is not HH:MM', () => {
      expect(issues(plainSchemas.meetings.safeParse(meeting({ end: '5pm' })))[0]).toMatch(
        /^end: must be a time written HH:MM/,
      );
    });
  });
});
