import { describe, expect, it } from 'vitest';
import { attendanceMatrix, bodyColours, statusSummary, topicHeatmap, topicTimeline } from '~/site/charts';
import { buildRecord } from '~/record/index';
import type { RecordEntries } from '~/record/types';
import { readRecordEntries } from '~/content/read-record';

const MEETING = '2020-01-01-test-task-force-01';

/**
 * The fixture plus a later meeting of a second body, where only the chair attends and the
 * secretariat's statement on liability is dropped, so counts differ per meeting and per body.
 */
function twoBodies(): RecordEntries {
  const entries = readRecordEntries('tests/fixtures/valid');
  const body = structuredClone(entries.bodies[0]!);
  body.id = 'second-body';
  entries.bodies.push(body);
  const original = entries.meetings.find((m) => m.id === MEETING)!;
  const later = structuredClone(original);
  later.id = '2021-01-01-second-body-01';
  later.data.date = '2021-01-01';
  later.data.body = { collection: 'bodies', id: 'second-body' };
  later.data.attendees = [original.data.attendees[0]!];
  later.data.proceedings = later.data.proceedings.filter((item) => item.id !== 's002');
  entries.meetings.push(later);
  return entries;
}

describe('charts', () => {
  const record = buildRecord(twoBodies());

  it('gives each body its own colour, in the order of their first meeting', () => {
    const colours = [...bodyColours(record).values()];
    expect(colours.map((c) => c.body.id)).toEqual(['test-task-force', 'second-body']);
    expect(colours[0]!.colour).not.toBe(colours[1]!.colour);
  });

  it('places a topic’s statements per meeting on a date axis from 0 to 1', () => {
    const points = topicTimeline(record, 'gateways', 20);
    expect(points.map((p) => [p.meeting.id, p.count, p.x])).toEqual([
      [MEETING, 2, 0],
      ['2021-01-01-second-body-01', 1, 1],
    ]);
    expect(points[0]!.colour).toBe(bodyColours(record).get('test-task-force')!.colour);
    expect(topicTimeline(record, 'liability', 20).map((p) => [p.meeting.id, p.x])).toEqual([[MEETING, 0.5]]);
    expect(topicTimeline(record, 'no-such-topic', 20)).toEqual([]);
  });

  it('keeps only the latest meetings when a topic has more than the chart shows', () => {
    expect(topicTimeline(record, 'gateways', 1).map((p) => [p.meeting.id, p.x])).toEqual([
      ['2021-01-01-second-body-01', 0.5],
    ]);
  });

  it('shows who attended which meeting of a body, with their role, and nothing for other bodies', () => {
    const { columns, rows } = attendanceMatrix(record, 'test-task-force', 20);
    expect(columns.map((m) => m.id)).toEqual([MEETING]);
    expect(rows.map((r) => [r.row.name, r.row.href, r.cells])).toEqual([
      ['田中', '/people/tanaka/', ['座長']],
      ['テスト機構', '/organizations/test-agency/', ['オブザーバー']],
      ['鈴木', '/people/suzuki/', ['省庁']],
    ]);
    expect(attendanceMatrix(record, 'second-body', 20).rows.map((r) => r.row.id)).toEqual(['person:tanaka']);
  });

  it('counts statements per topic and meeting, busiest topic first', () => {
    const { columns, rows, max } = topicHeatmap(record, { meetings: 20, topics: 20 });
    expect(columns.map((m) => m.id)).toEqual([MEETING, '2021-01-01-second-body-01']);
    expect(rows.map((r) => [r.row.id, r.cells])).toEqual([
      ['gateways', [2, 1]],
      ['liability', [1, undefined]],
    ]);
    expect(max).toBe(2);
  });

  it('limits the heatmap to the latest meetings and the topics busiest in them', () => {
    const latest = topicHeatmap(record, { meetings: 1, topics: 20 });
    expect(latest.columns.map((m) => m.id)).toEqual(['2021-01-01-second-body-01']);
    // liability was discussed only in the earlier meeting, so it has no row here.
    expect(latest.rows.map((r) => [r.row.id, r.cells])).toEqual([['gateways', [1]]]);
    expect(latest.max).toBe(1);
    expect(topicHeatmap(record, { meetings: 20, topics: 1 }).rows.map((r) => r.row.id)).toEqual(['gateways']);
  });

  it('counts recommendations per status in the schema’s order, with shares that add up to one', () => {
    const summary = statusSummary(record);
    expect(summary.find((s) => s.status === 'adopted')).toEqual({
      status: 'adopted',
      count: 1,
      share: 1,
      href: '/recommendations/#status-adopted',
    });
    expect(summary.reduce((sum, s) => sum + s.share, 0)).toBe(1);
    expect(summary.filter((s) => s.count === 0)).toHaveLength(summary.length - 1);
  });
});
