import type { Citable } from '~/citation/citables';
import type { DerivedRecord } from '~/record/derive';
import {
  absoluteUrl,
  bodyUrl,
  meetingUrl,
  organizationUrl,
  personUrl,
  recommendationUrl,
  sourceFileUrl,
  statementPageUrl,
  statementUrl,
  topicUrl,
  type PublishedAt,
} from '~/record/urls';

/**
 * The open data exports (documented in docs/open-data.md). Pure functions of the record, so the
 * files are byte-identical for the same content. References are written as slugs; every record
 * carries its canonical URL.
 */

/** Astro references ({ collection, id }) become their slug; everything else is kept as is. */
export function flattenReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenReferences);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.length === 2 && typeof object['collection'] === 'string' && typeof object['id'] === 'string')
      return object['id'];
    return Object.fromEntries(keys.map((key) => [key, flattenReferences(object[key])]));
  }
  return value;
}

type Versions = Map<string, Citable>;

const versionOf = (citables: Versions, path: string) => {
  const citable = citables.get(path);
  return citable ? { version: citable.version, last_changed: citable.lastChanged } : {};
};

const speakerOf = (speaker: object) => flattenReferences(speaker) as Record<string, string | true>;

export function meetingsData(record: DerivedRecord, citables: Versions, site: PublishedAt) {
  return record.meetingsByDate.map((meeting) => {
    const { proceedings, source, ...data } = meeting.data;
    return {
      id: meeting.id,
      url: absoluteUrl(meetingUrl(site.base, meeting.id), site.origin),
      ...(flattenReferences(data) as Record<string, unknown>),
      source: {
        ...(flattenReferences(source) as Record<string, unknown>),
        url: absoluteUrl(sourceFileUrl(site.base, source.file), site.origin),
      },
      statements: proceedings.flatMap((item) => (item.type === 'heading' ? [] : [item.id])),
      ...versionOf(citables, meetingUrl(site.base, meeting.id)),
    };
  });
}

/** Every statement, presentation and note, one by one: the largest export (see streamed-response.ts). */
export function* statementsData(record: DerivedRecord, citables: Versions, site: PublishedAt): Generator<object> {
  for (const meeting of record.meetingsByDate) {
    for (const item of meeting.data.proceedings) {
      if (item.type === 'heading') continue;
      const base = {
        meeting: meeting.id,
        id: item.id,
        type: item.type,
        date: meeting.data.date,
        url: absoluteUrl(statementUrl(site.base, meeting.id, item.id), site.origin),
      };
      if (item.type === 'note') {
        yield { ...base, text: item.text };
        continue;
      }
      yield {
        ...base,
        page_url: absoluteUrl(statementPageUrl(site.base, meeting.id, item.id), site.origin),
        speaker: speakerOf(item.speaker),
        label: item.label,
        text: item.text,
        material: item.material ?? null,
        at: item.type === 'statement' ? (item.at ?? null) : null,
        reply: item.type === 'statement' ? (item.reply ?? null) : null,
        elided: item.type === 'presentation' ? item.elided : false,
        topics: item.topics.map((t) => t.id),
        ...versionOf(citables, statementPageUrl(site.base, meeting.id, item.id)),
      };
    }
  }
}

export function peopleData(record: DerivedRecord, site: PublishedAt) {
  return [...record.people.values()].map((person) => ({
    id: person.id,
    url: absoluteUrl(personUrl(site.base, person.id), site.origin),
    ...(flattenReferences(person.data) as Record<string, unknown>),
  }));
}

export function organizationsData(record: DerivedRecord, site: PublishedAt) {
  return [...record.organizations.values()].map((organization) => ({
    id: organization.id,
    url: absoluteUrl(organizationUrl(site.base, organization.id), site.origin),
    ...(flattenReferences(organization.data) as Record<string, unknown>),
  }));
}

export function bodiesData(record: DerivedRecord, site: PublishedAt) {
  return [...record.bodies.values()].map((body) => ({
    id: body.id,
    url: absoluteUrl(bodyUrl(site.base, body.id), site.origin),
    ...(flattenReferences(body.data) as Record<string, unknown>),
  }));
}

export function topicsData(record: DerivedRecord, citables: Versions, site: PublishedAt) {
  return [...record.topics.values()].map((topic) => ({
    id: topic.id,
    url: absoluteUrl(topicUrl(site.base, topic.id), site.origin),
    ...(flattenReferences(topic.data) as Record<string, unknown>),
    statements: (record.byTopic.get(topic.id)?.byMeeting ?? []).flatMap(({ meeting, items }) =>
      items.map((item) => `${meeting.id}#${item.id}`),
    ),
    ...versionOf(citables, topicUrl(site.base, topic.id)),
  }));
}

export function recommendationsData(record: DerivedRecord, citables: Versions, site: PublishedAt) {
  return [...record.recommendations.values()].map(({ entry }) => {
    const { statement, response, ...data } = entry.data;
    return {
      id: entry.id,
      url: absoluteUrl(recommendationUrl(site.base, entry.id), site.origin),
      statement: `${statement.meeting}#${statement.id}`,
      response: response ? `${response.meeting}#${response.id}` : null,
      ...(flattenReferences(data) as Record<string, unknown>),
      ...versionOf(citables, recommendationUrl(site.base, entry.id)),
    };
  });
}

export const STATEMENTS_CSV_COLUMNS = [
  'meeting',
  'id',
  'type',
  'date',
  'speaker_type',
  'speaker',
  'label',
  'topics',
  'text',
  'url',
] as const;

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: every field quoted, quotes doubled, CRLF line ends. A field a spreadsheet would run as a
 * formula gets a leading apostrophe, which spreadsheets show as text and docs/open-data.md explains.
 */
export const csvField = (value: string) =>
  `"${(FORMULA_START.test(value) ? `'${value}` : value).replaceAll('"', '""')}"`;

const csvRow = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;

/** Statements and presentations, one row each after the header; notes (which no one says) are left out. */
export function* statementsCsv(record: DerivedRecord, site: PublishedAt): Generator<string> {
  yield csvRow(STATEMENTS_CSV_COLUMNS);
  for (const { meeting, item } of record.spoken) {
    const speaker = speakerOf(item.speaker);
    const [speakerType = 'anonymous'] = Object.keys(speaker);
    yield csvRow([
      meeting.id,
      item.id,
      item.type,
      meeting.data.date,
      speakerType,
      speakerType === 'anonymous' ? '' : String(speaker[speakerType]),
      item.label,
      item.topics.map((t) => t.id).join(' '),
      item.text,
      absoluteUrl(statementUrl(site.base, meeting.id, item.id), site.origin),
    ]);
  }
}
