import { speakerName, speakerRef } from '~/record/speakers';
import type { DerivedRecord, ResolvedRecommendation } from '~/record/derive';
import type { Entry, Meeting, MeetingData, SpokenItem, Topic } from '~/record/types';
import { latestDate, versionId } from '~/record/versions';
import { attendeeRoles } from '~/content/schemas/meeting';
import {
  absoluteUrl,
  meetingUrl,
  recommendationUrl,
  statementPageUrl,
  statementUrl,
  topicUrl,
  type PublishedAt,
} from '~/record/urls';
import { groupCreator, personCreator, type Creator } from './names';

export const SITE_NAME = 'サイバーセキュリティ政策会議録';
export const SITE_NAME_EN = 'Japan Cybersecurity Council Record';

export type CitableKind = 'meeting' | 'statement' | 'topic' | 'recommendation';

/** The meeting a statement or recommendation was made in, or the meeting itself. */
export interface CitedEvent {
  title: string;
  date: string;
  place: string | undefined;
}

/** What a citation of one page says, in one shape for every format and every kind of page. */
export interface Citable {
  kind: CitableKind;
  /** The site path of the page. */
  path: string;
  /** ASCII key for BibTeX and CSL-JSON: letters, digits and underscores, which BibTeX accepts as a label. */
  key: string;
  /** A meeting's title is its minutes' own title (…（第３回）議事要旨). */
  title: string;
  /** The editors' English title, used by APA. */
  titleEn: string | undefined;
  /** A meeting's council (ministry and body as one name), a statement's speaker, or the site. */
  creators: Creator[];
  /** YYYY-MM-DD: the meeting date, except for topics (their last change). */
  date: string;
  url: string;
  event: CitedEvent | undefined;
  /** The ministry that published the minutes; a meeting's report institution. */
  publisher: string | undefined;
  /** What the cited text is: the minutes' kind (議事要旨), or a statement's (構成員発言（議事要旨）). */
  genre: string | undefined;
  /** The ministry's own page for the minutes, where the record has it. */
  sourceUrl: string | undefined;
  /** The statement ID, or the session number of a meeting. */
  number: string | undefined;
  /** The quoted text, for statements and recommendations. */
  abstract: string | undefined;
  /** Content hash of what the page shows. */
  version: string;
  /** YYYY-MM-DD of the last change to the content the page shows. */
  lastChanged: string;
}

/** The date a file last changed, or a fallback the content itself fixes, so that builds stay reproducible. */
export type FileDates = (entry: Entry<unknown>, fallback: string) => string;

/** The kinds of minutes a source's title can end with; the record's minutes are 議事要旨 unless it says otherwise. */
const minutesKinds = ['議事要旨', '議事録', '議事概要'] as const;
const minutesKind = (sourceTitle: string) =>
  minutesKinds.find((kind) => sourceTitle.trimEnd().endsWith(kind)) ?? minutesKinds[0];

function speakerCreator(record: DerivedRecord, item: SpokenItem): Creator {
  const name = speakerName(record, item.speaker, item.label);
  return speakerRef(item.speaker)?.kind === 'person' ? personCreator(name) : groupCreator(name);
}

/** The speaker's role in the meeting (構成員, 座長, 事務局…), from the attendee list or the label. */
function speakerRole(meeting: Meeting, item: SpokenItem): string | undefined {
  const ref = speakerRef(item.speaker);
  const attendee =
    ref &&
    meeting.data.attendees
      .flatMap((group) => group.members)
      .find((member) => (ref.kind === 'person' ? member.person?.id : member.organization?.id) === ref.id);
  return attendee?.role ?? attendeeRoles.find((role) => item.label === role);
}

/** The council as one author: its ministry's name before its own, as the ministries cite it. */
function councilName(record: DerivedRecord, meeting: Meeting): string {
  const body = record.bodies.get(meeting.data.body.id);
  const name = body?.data.name ?? meeting.data.body.id;
  const ministryId = body?.data.ministry?.id ?? meeting.data.source.publisher.id;
  const ministry = record.organizations.get(ministryId)?.data.name ?? '';
  return name.startsWith(ministry) ? name : `${ministry}${name}`;
}

/** An item's data without what only the rendering needs (HTML, line numbers), so versions follow the text. */
function itemContent(item: MeetingData['proceedings'][number]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'html' && key !== 'line'));
}

/** The key of a meeting from its body, date and session, e.g. soumu_cybersecurity_task_force_20170327_3. */
const meetingKey = (meeting: Meeting) =>
  `${meeting.data.body.id.replaceAll('-', '_')}_${meeting.data.date.replaceAll('-', '')}_${meeting.data.session}`;

const eventOf = ({ data }: Meeting): CitedEvent => ({ title: data.title, date: data.date, place: data.venue });

/** A meeting page cites the minutes as a report by the council, published by the ministry. */
function citeMeeting(record: DerivedRecord, meeting: Meeting, site: PublishedAt, lastChanged: string): Citable {
  const { data } = meeting;
  const path = meetingUrl(site.base, meeting.id);
  return {
    kind: 'meeting',
    path,
    key: meetingKey(meeting),
    title: data.source.title,
    titleEn: data.title_en,
    creators: [groupCreator(councilName(record, meeting))],
    date: data.date,
    url: absoluteUrl(path, site.origin),
    event: eventOf(meeting),
    publisher: record.organizations.get(data.source.publisher.id)?.data.name,
    genre: minutesKind(data.source.title),
    sourceUrl: data.source_url,
    number: String(data.session),
    abstract: undefined,
    version: versionId({ ...data, proceedings: data.proceedings.map(itemContent) }),
    lastChanged,
  };
}

/** A statement page cites what one speaker said, with the meeting in fields of its own. */
function citeStatement(
  meetingCitable: Citable,
  meeting: Meeting,
  item: SpokenItem,
  speaker: Creator,
  site: PublishedAt,
): Citable {
  const path = statementPageUrl(site.base, meeting.id, item.id);
  const said = item.type === 'statement' ? '発言' : '説明';
  return {
    ...meetingCitable,
    kind: 'statement',
    path,
    key: `${meetingCitable.key}_${item.id}`,
    title: `${item.label}の${said}（${meeting.data.title}、${item.id}）`,
    titleEn: undefined,
    creators: [speaker],
    url: absoluteUrl(path, site.origin),
    genre: `${speakerRole(meeting, item) ?? ''}${said}（${meetingCitable.genre ?? minutesKinds[0]}）`,
    number: item.id,
    abstract: item.text,
    version: versionId({
      meeting: meeting.id,
      anchor: statementUrl(site.base, meeting.id, item.id),
      ...itemContent(item),
    }),
  };
}

/**
 * Every citable page of the record, by site path. Computed once per build; the cite panel, the
 * page metadata, the sitemap and the open data read versions from here.
 */
export function buildCitables(record: DerivedRecord, site: PublishedAt, fileDates: FileDates): Map<string, Citable> {
  const citables = new Map<string, Citable>();
  const add = (citable: Citable) => citables.set(citable.path, citable);
  for (const meeting of record.meetingsByDate) {
    const meetingCitable = citeMeeting(record, meeting, site, fileDates(meeting, meeting.data.source.date));
    add(meetingCitable);
    for (const item of meeting.data.proceedings) {
      if (item.type !== 'statement' && item.type !== 'presentation') continue;
      add(citeStatement(meetingCitable, meeting, item, speakerCreator(record, item), site));
    }
  }
  for (const topic of record.topics.values()) add(citeTopic(record, topic, site, fileDates));
  for (const resolved of record.recommendations.values()) add(citeRecommendation(record, resolved, site, fileDates));
  return citables;
}

/** A topic page is the site's own web page, dated by its last change. */
function citeTopic(record: DerivedRecord, topic: Topic, site: PublishedAt, fileDates: FileDates): Citable {
  const index = record.byTopic.get(topic.id);
  const statementKeys = (index?.byMeeting ?? []).flatMap(({ meeting, items }) =>
    items.map((i) => `${meeting.id}#${i.id}`),
  );
  const meetings = (index?.byMeeting ?? []).map(({ meeting }) => meeting);
  const fallback = latestDate(meetings.map((m) => m.data.source.date));
  const lastChanged = latestDate([
    fileDates(topic, fallback),
    ...meetings.map((m) => fileDates(m, m.data.source.date)),
  ]);
  const path = topicUrl(site.base, topic.id);
  return {
    kind: 'topic',
    path,
    key: `topic_${topic.id.replaceAll('-', '_')}`,
    title: topic.data.title,
    titleEn: topic.data.title_en,
    creators: [groupCreator(SITE_NAME)],
    date: lastChanged,
    url: absoluteUrl(path, site.origin),
    event: undefined,
    publisher: undefined,
    genre: undefined,
    sourceUrl: undefined,
    number: undefined,
    abstract: undefined,
    version: versionId({ topic: topic.data, body: (topic as { body?: string }).body, statements: statementKeys }),
    lastChanged,
  };
}

/** A recommendation page is a web page by the speaker, dated by the meeting it was made in. */
function citeRecommendation(
  record: DerivedRecord,
  { entry, meeting, proposal, response }: ResolvedRecommendation,
  site: PublishedAt,
  fileDates: FileDates,
): Citable {
  const lastChanged = latestDate([
    fileDates(entry, meeting.data.source.date),
    fileDates(meeting, meeting.data.source.date),
  ]);
  const path = recommendationUrl(site.base, entry.id);
  return {
    kind: 'recommendation',
    path,
    key: `recommendation_${entry.id.replaceAll('-', '_')}`,
    title: `${proposal.item.label}の提言: ${entry.data.summary}`,
    titleEn: undefined,
    creators: [speakerCreator(record, proposal.item)],
    date: meeting.data.date,
    url: absoluteUrl(path, site.origin),
    event: eventOf(meeting),
    publisher: record.organizations.get(meeting.data.source.publisher.id)?.data.name,
    genre: undefined,
    sourceUrl: meeting.data.source_url,
    number: undefined,
    abstract: entry.data.quote,
    version: versionId({ recommendation: entry.data, response: response?.item.id }),
    lastChanged,
  };
}
