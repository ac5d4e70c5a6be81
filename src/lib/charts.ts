/**
 * Data behind the site's pictures, computed from the derived record. Each function returns plain
 * rows that a component draws as SVG and also prints as a table, so the picture and its text
 * alternative can never disagree.
 */
import type { DerivedRecord } from './record/derive';
import type { Body, Meeting, Topic } from './record/types';
import { recommendationStatuses, type RecommendationStatus } from '../schemas/recommendation';
import { organizationUrl, personUrl } from './urls';

/** Colours for bodies, in the order bodies first meet; each has enough contrast on light and dark backgrounds. */
const palette = ['#1f6fb2', '#b5512a', '#2e7d4f', '#7b4fa0', '#8a6d00', '#b0306a'];

export interface BodyColour {
  body: Body;
  colour: string;
}

/** A stable colour per body, assigned in the order of their first meeting. */
export function bodyColours(record: DerivedRecord): Map<string, BodyColour> {
  const colours = new Map<string, BodyColour>();
  for (const meeting of record.meetingsByDate) {
    const body = record.bodies.get(meeting.data.body.id);
    if (body && !colours.has(body.id))
      colours.set(body.id, { body, colour: palette[colours.size % palette.length] ?? '#555' });
  }
  return colours;
}

export interface TimelinePoint {
  meeting: Meeting;
  count: number;
  colour: string;
  /** Horizontal position from 0 to 1, by date. */
  x: number;
}

/** Statements on a topic per meeting, placed by date. */
export function topicTimeline(record: DerivedRecord, topicId: string): TimelinePoint[] {
  const colours = bodyColours(record);
  const groups = record.byTopic.get(topicId)?.byMeeting ?? [];
  const times = record.meetingsByDate.map((m) => Date.parse(m.data.date));
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  return groups.map(({ meeting, items }) => ({
    meeting,
    count: items.length,
    colour: colours.get(meeting.data.body.id)?.colour ?? '#555',
    x: (Date.parse(meeting.data.date) - first) / span,
  }));
}

export interface MatrixRow<Row> {
  row: Row;
  /** One cell per column; undefined where there is nothing to show. */
  cells: (string | number | undefined)[];
}

/** Who attended which of a body's meetings, with the role they held. */
export function attendanceMatrix(
  record: DerivedRecord,
  bodyId: string,
): { columns: Meeting[]; rows: MatrixRow<{ id: string; name: string; href: string }>[] } {
  const columns = record.byBody.get(bodyId)?.meetings ?? [];
  const rows = new Map<string, MatrixRow<{ id: string; name: string; href: string }>>();
  columns.forEach((meeting, column) => {
    for (const { members } of meeting.data.attendees) {
      for (const attendee of members) {
        const id = attendee.person?.id ?? attendee.organization?.id;
        if (!id) continue;
        const key = `${attendee.person ? 'person' : 'organization'}:${id}`;
        const name = attendee.person ? record.people.get(id)?.data.name : record.organizations.get(id)?.data.name;
        const href = attendee.person ? personUrl(id) : organizationUrl(id);
        const row = rows.get(key) ?? { row: { id: key, name: name ?? id, href }, cells: columns.map(() => undefined) };
        row.cells[column] = attendee.role;
        rows.set(key, row);
      }
    }
  });
  return { columns, rows: [...rows.values()] };
}

/** Statements per topic and meeting, topics with the most statements first. */
export function topicHeatmap(record: DerivedRecord): { columns: Meeting[]; rows: MatrixRow<Topic>[]; max: number } {
  const columns = record.meetingsByDate;
  const position = new Map(columns.map((m, i) => [m.id, i]));
  let max = 0;
  const rows = [...record.byTopic]
    .flatMap(([id, index]) => {
      const topic = record.topics.get(id);
      if (!topic) return [];
      const cells: (number | undefined)[] = columns.map(() => undefined);
      for (const { meeting, items } of index.byMeeting) {
        const column = position.get(meeting.id);
        if (column !== undefined) cells[column] = items.length;
        max = Math.max(max, items.length);
      }
      return [{ row: topic, cells, total: index.statementCount }];
    })
    .sort((a, b) => b.total - a.total || a.row.id.localeCompare(b.row.id))
    .map(({ row, cells }) => ({ row, cells }));
  return { columns, rows, max };
}

/** Recommendations per status, in the schema's order, with each share of the total. */
export function statusSummary(record: DerivedRecord): { status: RecommendationStatus; count: number; share: number }[] {
  const total = record.recommendations.size || 1;
  return recommendationStatuses.map((status) => {
    const count = record.recommendationsByStatus.get(status)?.length ?? 0;
    return { status, count, share: count / total };
  });
}
