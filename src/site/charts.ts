/**
 * Data behind the site's pictures, computed from the derived record. Each function returns plain
 * rows that a component draws as SVG and also prints as a table, so the picture and its text
 * alternative can never disagree.
 */
import type { DerivedRecord } from '~/record/derive';
import type { Body, Meeting, Topic } from '~/record/types';
import { recommendationStatuses, type RecommendationStatus } from '~/record/recommendation-statuses';
import { ROWS_PER_PAGE, firstPages } from './pagination';
import { organizationUrl, personUrl, recommendationStatusUrl } from './urls';

/** Colours for bodies, in the order bodies first meet; each has enough contrast on light and dark backgrounds. */
const palette = ['#1f6fb2', '#b5512a', '#2e7d4f', '#7b4fa0', '#8a6d00', '#b0306a'];

/**
 * Charts that lay meetings out as columns show at most this many, the latest: a standing council
 * meets hundreds of times, and a picture of every session would outgrow any page.
 */
export const CHART_MEETINGS = 20;
/** The topic heatmap shows at most this many rows, the topics with the most statements. */
export const CHART_TOPICS = 20;

export interface BodyColour {
  body: Body;
  colour: string;
}

const coloursByRecord = new WeakMap<DerivedRecord, Map<string, BodyColour>>();

/** A stable colour per body, assigned in the order of their first meeting; computed once per record. */
export function bodyColours(record: DerivedRecord): Map<string, BodyColour> {
  const known = coloursByRecord.get(record);
  if (known) return known;
  const colours = new Map<string, BodyColour>();
  for (const meeting of record.meetingsByDate) {
    const body = record.bodies.get(meeting.data.body.id);
    if (body && !colours.has(body.id))
      colours.set(body.id, { body, colour: palette[colours.size % palette.length] ?? '#555' });
  }
  coloursByRecord.set(record, colours);
  return colours;
}

export interface TimelinePoint {
  meeting: Meeting;
  count: number;
  colour: string;
  /** Horizontal position from 0 to 1, by date. */
  x: number;
}

/** Statements on a topic per meeting, for its latest `latest` meetings, placed by date. */
export function topicTimeline(record: DerivedRecord, topicId: string, latest: number): TimelinePoint[] {
  const colours = bodyColours(record);
  const groups = (record.byTopic.get(topicId)?.byMeeting ?? []).slice(-latest);
  const times = groups.map(({ meeting }) => Date.parse(meeting.data.date));
  const first = times.reduce((a, b) => Math.min(a, b), Infinity);
  // One meeting alone sits in the middle rather than at an edge.
  const span = times.reduce((a, b) => Math.max(a, b), -Infinity) - first;
  return groups.map(({ meeting, items }, i) => ({
    meeting,
    count: items.length,
    colour: colours.get(meeting.data.body.id)?.colour ?? '#555',
    x: span === 0 ? 0.5 : ((times[i] ?? first) - first) / span,
  }));
}

export interface MatrixRow<Row> {
  row: Row;
  /** One cell per column; undefined where there is nothing to show. */
  cells: (string | number | undefined)[];
}

/** Who attended which of a body's latest `latest` meetings, with the role they held. */
export function attendanceMatrix(
  record: DerivedRecord,
  bodyId: string,
  latest: number,
): { columns: Meeting[]; rows: MatrixRow<{ id: string; name: string; href: string }>[] } {
  const columns = (record.byBody.get(bodyId)?.meetings ?? []).slice(-latest);
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

/**
 * Statements per topic in the latest `latest.meetings` meetings, for the `latest.topics` topics
 * with the most statements there, busiest first.
 */
export function topicHeatmap(
  record: DerivedRecord,
  latest: { meetings: number; topics: number },
): { columns: Meeting[]; rows: MatrixRow<Topic>[]; max: number } {
  const columns = record.meetingsByDate.slice(-latest.meetings);
  const position = new Map(columns.map((m, i) => [m.id, i]));
  const rows = [...record.byTopic]
    .flatMap(([id, index]) => {
      const topic = record.topics.get(id);
      if (!topic) return [];
      const cells: (number | undefined)[] = columns.map(() => undefined);
      let total = 0;
      for (const { meeting, items } of index.byMeeting) {
        const column = position.get(meeting.id);
        if (column === undefined) continue;
        cells[column] = items.length;
        total += items.length;
      }
      return total > 0 ? [{ row: topic, cells, total }] : [];
    })
    .sort((a, b) => b.total - a.total || a.row.id.localeCompare(b.row.id))
    .slice(0, latest.topics)
    .map(({ row, cells }) => ({ row, cells }));
  const max = Math.max(0, ...rows.flatMap(({ cells }) => cells.map((count) => count ?? 0)));
  return { columns, rows, max };
}

export interface StatusShare {
  status: RecommendationStatus;
  count: number;
  /** Share of all recommendations, from 0 to 1. */
  share: number;
  /** The status's heading on the recommendations list, which may be on a later page. */
  href: string;
}

/** Recommendations per status, in the schema's order, with each share of the total. */
export function statusSummary(record: DerivedRecord): StatusShare[] {
  const total = record.recommendations.size || 1;
  const pages = firstPages([...record.recommendationsByStatus], ROWS_PER_PAGE);
  return recommendationStatuses.map((status) => {
    const count = record.recommendationsByStatus.get(status)?.length ?? 0;
    return { status, count, share: count / total, href: recommendationStatusUrl(status, pages.get(status) ?? 1) };
  });
}
