/**
 * What search indexes: one record per page that has one (meeting, topic, person, organization,
 * recommendation), each cut into segments. A meeting's first segment is the meeting itself (title,
 * body, venue, agenda) and each statement or presentation is one more segment, the citable unit,
 * landing on /meetings/<m>/#<id>; the other pages are one segment each. A result is a segment:
 * src/search/layout.ts says how a match is placed in its segment.
 * Pure: the record in, plain objects out.
 */
import type { DerivedRecord } from '~/record/derive';
import { kinds as recordKinds, type CollectionName } from '~/record/kinds';
import { speakerName } from '~/record/speakers';
import { meetingUrl, organizationUrl, personUrl, recommendationUrl, topicUrl } from '~/record/urls';

/**
 * What a result can be, in the order the kind filter lists them, and the record type whose label
 * names it (src/record/kinds.ts); a statement is a segment of its meeting.
 */
const resultKinds = {
  statement: undefined,
  meeting: 'meetings',
  topic: 'topics',
  person: 'people',
  organization: 'organizations',
  recommendation: 'recommendations',
} as const satisfies Record<string, CollectionName | undefined>;
export type Kind = keyof typeof resultKinds;
export const kinds = Object.keys(resultKinds) as Kind[];
const STATEMENT_LABEL = '発言';
export const kindLabels = Object.fromEntries(
  kinds.map((kind) => {
    const type = resultKinds[kind];
    return [kind, type ? recordKinds[type].label : STATEMENT_LABEL];
  }),
) as Record<Kind, string>;

/** The filter names, as the issue and the UI name them. */
export const filterNames = {
  body: recordKinds.bodies.label,
  year: '年',
  speaker: '発言者',
  topic: recordKinds.topics.label,
  kind: 'kind',
} as const;
export type FilterKey = keyof typeof filterNames;
/** Filters that hold for a whole record; the others (speaker, topic, kind) are each segment's. */
export const recordFilterKeys = ['body', 'year'] as const satisfies readonly FilterKey[];

export interface SearchSegment {
  /** The statement's anchor on the record's page; undefined for the page's own segment. */
  anchor?: string;
  kind: Kind;
  /** The searchable text, verbatim; it is normalised for the index and for verification. */
  text: string;
  /** Statements only: who spoke, as the source labels them. */
  label?: string;
  /** Statements: the speaker's name; people: their own. */
  speaker?: string;
  topics: string[];
}

export interface SearchDocument {
  url: string;
  kind: Kind;
  title: string;
  /** Meeting title, for meetings and recommendations. */
  meeting?: string;
  /** ISO date, where the thing has one. */
  date?: string;
  /** 会議体 of a meeting. */
  body?: string;
  segments: SearchSegment[];
}

export { speakerName };

const lines = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join('\n');
const topicTitles = (record: DerivedRecord, refs: readonly { id: string }[]) =>
  refs.flatMap((t) => record.topics.get(t.id)?.data.title ?? []);

/** One record per meeting: the meeting, then each statement and presentation in order. */
function meetingRecords(record: DerivedRecord, base: string): SearchDocument[] {
  const spoken = Map.groupBy(record.spoken, ({ meeting }) => meeting.id);
  return record.meetingsByDate.map((meeting) => {
    const { data } = meeting;
    const body = record.bodies.get(data.body.id)?.data.name ?? '';
    const own: SearchSegment = {
      kind: 'meeting',
      text: lines(data.title, data.title_en, body, data.venue, ...data.agenda),
      topics: (record.byMeeting.get(meeting.id)?.topics ?? []).map((t) => t.entry.data.title),
    };
    const statements = (spoken.get(meeting.id) ?? []).map(({ item }): SearchSegment => ({
      anchor: item.id,
      kind: 'statement',
      text: item.text,
      label: item.label,
      speaker: speakerName(record, item.speaker, item.label),
      topics: topicTitles(record, item.topics),
    }));
    return {
      url: meetingUrl(base, meeting.id),
      kind: 'meeting',
      title: data.title,
      meeting: data.title,
      date: data.date,
      body,
      segments: [own, ...statements],
    };
  });
}

/** The pages that are one segment each: topics, people, organizations, recommendations. */
function pageRecords(record: DerivedRecord, topicSummaries: Map<string, string>, base: string): SearchDocument[] {
  const one = (url: string, kind: Kind, title: string, text: string, segment: Partial<SearchSegment> = {}) => ({
    url,
    kind,
    title,
    segments: [{ kind, text, topics: [], ...segment }],
  });
  return [
    ...[...record.topics.values()].map(({ id, data }) =>
      one(
        topicUrl(base, id),
        'topic',
        data.title,
        lines(data.title, data.title_en, data.aliases.join('、'), topicSummaries.get(id)),
        {
          topics: [data.title],
        },
      ),
    ),
    ...[...record.people.values()].map(({ id, data }) => {
      const organization = data.organization && record.organizations.get(data.organization.id);
      const text = lines(data.name, organization ? organization.data.name : undefined, data.note);
      return one(personUrl(base, id), 'person', data.name, text, { speaker: data.name });
    }),
    ...[...record.organizations.values()].map(({ id, data }) =>
      one(
        organizationUrl(base, id),
        'organization',
        data.name,
        lines(data.name, data.name_en, data.abbreviation, data.aliases.join('、')),
      ),
    ),
    ...[...record.recommendations.values()].map(({ entry, meeting }) => ({
      ...one(
        recommendationUrl(base, entry.id),
        'recommendation',
        entry.data.summary,
        lines(entry.data.quote, entry.data.summary),
        {
          topics: topicTitles(record, entry.data.topics),
        },
      ),
      meeting: meeting.data.title,
      date: meeting.data.date,
    })),
  ];
}

/**
 * Every search record, newest first and undated last (the order is the records' number in the
 * index, so that number is also their date order). `topicSummaries` are the topics' Markdown bodies;
 * `base` is the base path the pages are published under, without its trailing slash (the root if not given).
 */
export function searchDocuments(
  record: DerivedRecord,
  topicSummaries: Map<string, string>,
  base = '',
): SearchDocument[] {
  const all = [...meetingRecords(record, base), ...pageRecords(record, topicSummaries, base)];
  return all
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.date ?? '').localeCompare(a.r.date ?? '') || a.i - b.i)
    .map(({ r }) => r);
}
