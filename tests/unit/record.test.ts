import { describe, expect, it } from 'vitest';
import { buildRecord, findIntegrityProblems, RecordIntegrityError } from '~/record/index';
import type { Meeting, RecordEntries } from '~/record/types';
import { readRecordEntries } from '~/content/read-record';

const fixture = () => readRecordEntries('tests/fixtures/valid');
const MEETING = '2020-01-01-test-task-force-01';

/** A copy of the fixture with one change, so each case breaks exactly one thing. */
function broken(change: (entries: RecordEntries) => void): RecordEntries {
  const entries = structuredClone(fixture());
  change(entries);
  return entries;
}

function meetingOf(entries: RecordEntries): Meeting {
  const meeting = entries.meetings.find((m) => m.id === MEETING);
  if (!meeting) throw new Error('fixture meeting missing');
  return meeting;
}

function statementOf(entries: RecordEntries, id: string) {
  const item = meetingOf(entries).data.proceedings.find((i) => i.id === id);
  if (item?.type !== 'statement') throw new Error(`fixture statement ${id} missing`);
  return item;
}

describe('findIntegrityProblems', () => {
  it('finds nothing wrong with a consistent record', () => {
    expect(findIntegrityProblems(fixture())).toEqual([]);
  });

  it.each<[string, (e: RecordEntries) => void, { file: string; field: string; message: RegExp; fix: RegExp }]>([
    [
      'an unknown person as a speaker',
      (e) => (statementOf(e, 's001').speaker = { person: { collection: 'people', id: 'tanka' } }),
      {
        file: `tests/fixtures/valid/meetings/${MEETING}.md`,
        field: 'proceedings[2].speaker.person (line 47, #s001)',
        message: /unknown people reference "tanka"\. Did you mean "tanaka"\?/,
        fix: /content\/people\/tanka\.yaml/,
      },
    ],
    [
      'an unknown organization as an attendee',
      (e) => (meetingOf(e).data.attendees[1]!.members[0]!.organization = { collection: 'organizations', id: 'nope' }),
      {
        file: `tests/fixtures/valid/meetings/${MEETING}.md`,
        field: 'attendees[1].members[0].organization',
        message: /unknown organizations reference "nope"/,
        fix: /content\/organizations\//,
      },
    ],
    [
      'an unknown topic on a statement',
      (e) => statementOf(e, 's002').topics.push({ collection: 'topics', id: 'liabilty' }),
      {
        file: `tests/fixtures/valid/meetings/${MEETING}.md`,
        field: 'proceedings[3].topics[2] (line 51, #s002)',
        message: /unknown topics reference "liabilty"\. Did you mean "liability"\?/,
        fix: /content\/topics\/liabilty\.md/,
      },
    ],
    [
      'an unknown meeting in a recommendation',
      (e) => (e.recommendations[0]!.data.statement.meeting = '2020-01-01-test-task-force-02'),
      {
        file: 'tests/fixtures/valid/recommendations/test-gateway-wording.yaml',
        field: 'statement',
        message: /unknown meeting "2020-01-01-test-task-force-02"\. Did you mean/,
        fix: /content\/meetings\//,
      },
    ],
    [
      'an unknown statement in a recommendation',
      (e) => (e.recommendations[0]!.data.response = { meeting: MEETING, id: 's099' }),
      {
        file: 'tests/fixtures/valid/recommendations/test-gateway-wording.yaml',
        field: 'response',
        message: /has no statement "s099"/,
        fix: /:::statement/,
      },
    ],
    [
      'a reply to a statement the meeting lacks',
      (e) => (statementOf(e, 's002').reply = 's009'),
      {
        file: `tests/fixtures/valid/meetings/${MEETING}.md`,
        field: 'proceedings[3].reply (line 51, #s002)',
        message: /"s009", which this meeting does not have/,
        fix: /earlier in this meeting/,
      },
    ],
    [
      'a material the meeting did not distribute',
      (e) => (statementOf(e, 's001').material = '9'),
      {
        file: `tests/fixtures/valid/meetings/${MEETING}.md`,
        field: 'proceedings[2].material (line 47, #s001)',
        message: /material "9" is not among this meeting's materials \(1\)/,
        fix: /materials:/,
      },
    ],
    [
      'a quote that is not in the statement',
      (e) => (e.recommendations[0]!.data.quote = '記述があるとよい。'),
      {
        file: 'tests/fixtures/valid/recommendations/test-gateway-wording.yaml',
        field: 'quote',
        message: /not in 2020-01-01-test-task-force-01#s001/,
        fix: /character for character/,
      },
    ],
    [
      'a missing source file',
      (e) => (e.sourceFiles = []),
      {
        file: `tests/fixtures/valid/meetings/${MEETING}.md`,
        field: 'source.file',
        message: /"test-minutes\.txt" is not in content\/sources/,
        fix: /copy the extracted text/,
      },
    ],
  ])('reports %s with the file, the field and the fix', (_, change, expected) => {
    const problems = findIntegrityProblems(broken(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expected.file, field: expected.field });
    expect(problems[0]?.message).toMatch(expected.message);
    expect(problems[0]?.fix).toMatch(expected.fix);
  });

  it('makes buildRecord throw one error that lists every problem', () => {
    const entries = broken((e) => {
      statementOf(e, 's001').speaker = { person: { collection: 'people', id: 'x' } };
      e.sourceFiles = [];
    });
    expect(() => buildRecord(entries)).toThrow(RecordIntegrityError);
    expect(() => buildRecord(entries)).toThrow(
      /The record has 2 problems:\n- .*speaker\.person.*\n {2}Fix: .*\n- .*source\.file/,
    );
  });
});

describe('deriveRecord', () => {
  const record = buildRecord(fixture());

  it("lists a person's attendance with role, their statements and the recommendations they made", () => {
    const tanaka = record.byPerson.get('tanaka')!;
    expect(tanaka.attendance.map((a) => [a.meeting.id, a.group, a.attendee.role])).toEqual([
      [MEETING, '構成員', '座長'],
    ]);
    expect(tanaka.statements.map((s) => s.item.id)).toEqual(['s001']);
    expect(tanaka.recommendations.map((r) => r.entry.id)).toEqual(['test-gateway-wording']);
    expect(tanaka.topics.map((t) => [t.entry.id, t.count])).toEqual([['gateways', 1]]);
  });

  it('gathers every statement on a topic, grouped by meeting, with who spoke and related topics both ways', () => {
    const gateways = record.byTopic.get('gateways')!;
    expect(gateways.byMeeting.map((g) => [g.meeting.id, g.items.map((i) => i.id)])).toEqual([
      [MEETING, ['s001', 's002']],
    ]);
    expect(gateways.people.map((p) => p.entry.id)).toEqual(['tanaka']);
    expect(gateways.organizations.map((o) => o.entry.id)).toEqual(['test-ministry']);
    expect(gateways.recommendations.map((r) => r.entry.id)).toEqual(['test-gateway-wording']);
    expect(record.byTopic.get('liability')!.related.map((t) => t.id)).toEqual(['gateways']);
    expect(gateways.statements.map((s) => [s.meeting.id, s.item.id])).toEqual([
      [MEETING, 's001'],
      [MEETING, 's002'],
    ]);
  });

  it('counts the statements and presentations of each meeting once, for the list of meetings', () => {
    const meeting = record.meetings.get(MEETING)!;
    expect(record.byMeeting.get(MEETING)!.spokenCount).toBe(
      meeting.data.proceedings.filter((i) => i.type === 'statement' || i.type === 'presentation').length,
    );
    expect(record.byMeeting.get(MEETING)!.spokenCount).toBe(record.spoken.length);
  });

  it('records every way an organization took part: host, observer, speaker, affiliation', () => {
    const ministry = record.byOrganization.get('test-ministry')!;
    expect(ministry.participation).toHaveLength(1);
    expect(ministry.participation[0]!.roles).toEqual(['主催', '所属者が出席（省庁）', '事務局として発言']);
    expect(ministry.members.map((p) => p.id)).toEqual(['suzuki']);
    expect(record.byOrganization.get('test-agency')!.participation[0]!.roles).toEqual(['オブザーバー']);
  });

  it('links a recommendation to its proposal and response, and both statements back to it', () => {
    const resolved = record.recommendations.get('test-gateway-wording')!;
    expect(resolved.proposal.item.label).toBe('田中座長');
    expect(resolved.response?.item.id).toBe('s002');
    const meeting = record.byMeeting.get(MEETING)!;
    expect(meeting.recommendationsByItem.get('s001')).toEqual([resolved]);
    expect(meeting.recommendationsByItem.get('s002')).toEqual([resolved]);
    expect(meeting.repliesTo.get('s001')).toEqual(['s002']);
    expect(record.recommendationsByStatus.get('adopted')).toEqual([resolved]);
    expect(record.recommendationsByStatus.get('no-response')).toEqual([]);
  });

  it('orders meetings by date and links each to its neighbours in the same body', () => {
    const entries = fixture();
    const original = meetingOf(entries);
    const later = structuredClone(original);
    later.id = '2020-02-01-test-task-force-02';
    later.data.date = '2020-02-01';
    const earlier = structuredClone(original);
    earlier.id = '2019-12-01-test-task-force-00';
    earlier.data.date = '2019-12-01';
    entries.meetings.push(later, earlier);
    const derived = buildRecord(entries);
    expect(derived.meetingsByDate.map((m) => m.id)).toEqual([earlier.id, MEETING, later.id]);
    expect(derived.byMeeting.get(MEETING)!.previous?.id).toBe(earlier.id);
    expect(derived.byMeeting.get(MEETING)!.next?.id).toBe(later.id);
    expect(derived.byBody.get('test-task-force')!.meetings).toHaveLength(3);
  });
});
