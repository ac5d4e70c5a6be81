/**
 * What search indexes: one document per statement or presentation (the citable unit, landing on
 * /meetings/<m>/#<id>) and one per meeting, topic, person, organization and recommendation page.
 * Pure: the record in, plain objects out, handed to src/integrations/search-index.ts when the
 * record loads (src/search/handoff.ts), which turns them into the Pagefind index.
 */
import type { DerivedRecord } from '~/record/derive';
import { speakerName } from '~/record/speakers';
import { meetingUrl, organizationUrl, personUrl, recommendationUrl, statementUrl, topicUrl } from '~/site/urls';

export const kinds = ['statement', 'meeting', 'topic', 'person', 'organization', 'recommendation'] as const;
export type Kind = (typeof kinds)[number];
export const kindLabels: Record<Kind, string> = {
  statement: '発言',
  meeting: '会議',
  topic: 'トピック',
  person: '人物',
  organization: '組織',
  recommendation: '提言',
};

/** The Pagefind filter names, as the issue and the UI name them. */
export const filterNames = { body: '会議体', year: '年', speaker: '発言者', topic: 'トピック', kind: 'kind' } as const;
export type FilterKey = keyof typeof filterNames;

export interface SearchDocument {
  url: string;
  kind: Kind;
  title: string;
  /** The searchable text, verbatim; it is normalised for the index and for verification. */
  text: string;
  /** Statements only: who spoke, as the source labels them. */
  speaker?: string;
  /** Meeting title, for statements and meetings. */
  meeting?: string;
  /** ISO date, where the thing has one. */
  date?: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

export { speakerName };

const kind = (k: Kind) => ({ kind: [kindLabels[k]] });
const lines = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join('\n');

/** Every search document of the record. `topicSummaries` are the topics' Markdown bodies. */
export function searchDocuments(record: DerivedRecord, topicSummaries: Map<string, string>): SearchDocument[] {
  return [...spokenDocuments(record), ...meetingDocuments(record), ...pageDocuments(record, topicSummaries)];
}

/** One document per statement or presentation. */
function spokenDocuments(record: DerivedRecord): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const { meeting, item } of record.spoken) {
    const body = record.bodies.get(meeting.data.body.id)?.data.name ?? '';
    const speaker = speakerName(record, item.speaker, item.label);
    documents.push({
      url: statementUrl(meeting.id, item.id),
      kind: 'statement',
      title: `${item.label} #${item.id}`,
      text: item.text,
      speaker: item.label,
      meeting: meeting.data.title,
      date: meeting.data.date,
      filters: {
        ...kind('statement'),
        body: [body],
        year: [meeting.data.date.slice(0, 4)],
        speaker: [speaker],
        topic: item.topics.flatMap((t) => record.topics.get(t.id)?.data.title ?? []),
      },
    });
  }
  return documents;
}

function meetingDocuments(record: DerivedRecord): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const meeting of record.meetingsByDate) {
    const { data } = meeting;
    const body = record.bodies.get(data.body.id)?.data.name ?? '';
    documents.push({
      url: meetingUrl(meeting.id),
      kind: 'meeting',
      title: data.title,
      text: lines(data.title, data.title_en, body, data.venue, ...data.agenda),
      meeting: data.title,
      date: data.date,
      filters: {
        ...kind('meeting'),
        body: [body],
        year: [data.date.slice(0, 4)],
        topic: (record.byMeeting.get(meeting.id)?.topics ?? []).map((t) => t.entry.data.title),
      },
    });
  }
  return documents;
}

/** One document per topic, person, organization and recommendation page. */
function pageDocuments(record: DerivedRecord, topicSummaries: Map<string, string>): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const topic of record.topics.values()) {
    const { data } = topic;
    documents.push({
      url: topicUrl(topic.id),
      kind: 'topic',
      title: data.title,
      text: lines(data.title, data.title_en, data.aliases.join('、'), topicSummaries.get(topic.id)),
      filters: { ...kind('topic'), topic: [data.title] },
    });
  }
  for (const person of record.people.values()) {
    const organization = person.data.organization && record.organizations.get(person.data.organization.id);
    documents.push({
      url: personUrl(person.id),
      kind: 'person',
      title: person.data.name,
      text: lines(person.data.name, organization ? organization.data.name : undefined, person.data.note),
      filters: { ...kind('person'), speaker: [person.data.name] },
    });
  }
  for (const organization of record.organizations.values()) {
    const { data } = organization;
    documents.push({
      url: organizationUrl(organization.id),
      kind: 'organization',
      title: data.name,
      text: lines(data.name, data.name_en, data.abbreviation, data.aliases.join('、')),
      filters: { ...kind('organization') },
    });
  }
  for (const { entry, meeting } of record.recommendations.values()) {
    documents.push({
      url: recommendationUrl(entry.id),
      kind: 'recommendation',
      title: entry.data.summary,
      text: lines(entry.data.quote, entry.data.summary),
      meeting: meeting.data.title,
      date: meeting.data.date,
      filters: {
        ...kind('recommendation'),
        year: [meeting.data.date.slice(0, 4)],
        topic: entry.data.topics.flatMap((t) => record.topics.get(t.id)?.data.title ?? []),
      },
    });
  }
  return documents;
}
