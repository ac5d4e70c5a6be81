import { speakerName, speakerRef } from '~/record/speakers';
import type { DerivedRecord, ResolvedRecommendation } from '~/record/derive';
import type { Entry, Meeting, MeetingData, Topic } from '~/record/types';
import { latestDate, versionId } from '~/record/versions';
import { absoluteUrl, meetingUrl, recommendationUrl, statementPageUrl, statementUrl, topicUrl } from '~/site/urls';

export const SITE_NAME = 'サイバーセキュリティ政策会議録';
export const SITE_NAME_EN = 'Japan Cybersecurity Council Record';

export type CitableKind = 'meeting' | 'statement' | 'topic' | 'recommendation';

/** What a citation of one page says, in one shape for every format and every kind of page. */
export interface Citable {
  kind: CitableKind;
  /** The site path of the page. */
  path: string;
  /** ASCII key for BibTeX and CSL-JSON: letters, digits and underscores, which BibTeX accepts as a label. */
  key: string;
  title: string;
  /** The editors' English title, used by APA. */
  titleEn: string | undefined;
  /** Names as the source gives them; a group author (body or site) is one name. */
  authors: string[];
  /** Whether the author is a group (council or site) rather than a person. */
  groupAuthor: boolean;
  /** YYYY-MM-DD: the meeting date for meetings and statements, the last change otherwise. */
  date: string;
  url: string;
  /** The meeting a statement was made in, or the meeting itself. */
  event: { title: string; date: string; place: string | undefined } | undefined;
  /** The ministry that published the minutes. */
  authority: string | undefined;
  /** The statement ID, or the session number of a meeting. */
  number: string | undefined;
  /** The quoted text, for statements. */
  abstract: string | undefined;
  /** Content hash of what the page shows. */
  version: string;
  /** YYYY-MM-DD of the last change to the content the page shows. */
  lastChanged: string;
  /** Zotero item type for DC.type. */
  dcType: 'hearing' | 'presentation' | 'webpage';
}

/** The date a file last changed, or a fallback the content itself fixes, so that builds stay reproducible. */
export type FileDates = (entry: Entry<unknown>, fallback: string) => string;

/** An item's data without what only the rendering needs (HTML, line numbers), so versions follow the text. */
function itemContent(item: MeetingData['proceedings'][number]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'html' && key !== 'line'));
}

/** The key of a meeting from its body, date and session, e.g. soumu_cybersecurity_task_force_20170327_3. */
const meetingKey = (meeting: Meeting) =>
  `${meeting.data.body.id.replaceAll('-', '_')}_${meeting.data.date.replaceAll('-', '')}_${meeting.data.session}`;

/**
 * Every citable page of the record, by site path. Computed once per build; the cite panel, the
 * page metadata, the sitemap and the open data read versions from here.
 */
export function buildCitables(record: DerivedRecord, origin: URL | string, fileDates: FileDates): Map<string, Citable> {
  const citables = new Map<string, Citable>();
  const context: Context = { record, origin, fileDates, add: (citable) => citables.set(citable.path, citable) };
  for (const meeting of record.meetingsByDate) addMeeting(context, meeting);
  for (const topic of record.topics.values()) addTopic(context, topic);
  for (const resolved of record.recommendations.values()) addRecommendation(context, resolved);
  return citables;
}

/** What each kind of citable is made from, and where it goes. */
interface Context {
  record: DerivedRecord;
  origin: URL | string;
  fileDates: FileDates;
  add: (citable: Citable) => void;
}

/** The meeting page and the page of each statement and presentation in it. */
function addMeeting({ record, origin, fileDates, add }: Context, meeting: Meeting) {
  const { data } = meeting;
  const body = record.bodies.get(data.body.id);
  const publisher = record.organizations.get(data.source.publisher.id);
  const lastChanged = fileDates(meeting, data.source.date);
  const event = { title: data.title, date: data.date, place: data.venue };
  const path = meetingUrl(meeting.id);
  add({
    kind: 'meeting',
    path,
    key: meetingKey(meeting),
    title: data.title,
    titleEn: data.title_en,
    authors: [body?.data.name ?? data.body.id],
    groupAuthor: true,
    date: data.date,
    url: absoluteUrl(path, origin),
    event,
    authority: publisher?.data.name,
    number: String(data.session),
    abstract: undefined,
    version: versionId({ ...data, proceedings: data.proceedings.map(itemContent) }),
    lastChanged,
    dcType: 'hearing',
  });
  for (const item of data.proceedings) {
    if (item.type !== 'statement' && item.type !== 'presentation') continue;
    const itemPath = statementPageUrl(meeting.id, item.id);
    add({
      kind: 'statement',
      path: itemPath,
      key: `${meetingKey(meeting)}_${item.id}`,
      title: `${item.label}の${item.type === 'statement' ? '発言' : '説明'}（${data.title}、${item.id}）`,
      titleEn: undefined,
      authors: [speakerName(record, item.speaker, item.label)],
      groupAuthor: speakerRef(item.speaker)?.kind === 'organization',
      date: data.date,
      url: absoluteUrl(itemPath, origin),
      event,
      authority: publisher?.data.name,
      number: item.id,
      abstract: item.text,
      version: versionId({ meeting: meeting.id, anchor: statementUrl(meeting.id, item.id), ...itemContent(item) }),
      lastChanged,
      dcType: 'presentation',
    });
  }
}

function addTopic({ record, origin, fileDates, add }: Context, topic: Topic) {
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
  const path = topicUrl(topic.id);
  add({
    kind: 'topic',
    path,
    key: `topic_${topic.id.replaceAll('-', '_')}`,
    title: topic.data.title,
    titleEn: topic.data.title_en,
    authors: [SITE_NAME],
    groupAuthor: true,
    date: lastChanged,
    url: absoluteUrl(path, origin),
    event: undefined,
    authority: undefined,
    number: undefined,
    abstract: undefined,
    version: versionId({ topic: topic.data, body: (topic as { body?: string }).body, statements: statementKeys }),
    lastChanged,
    dcType: 'webpage',
  });
}

function addRecommendation({ record, origin, fileDates, add }: Context, resolved: ResolvedRecommendation) {
  const { entry, meeting, proposal } = resolved;
  const lastChanged = latestDate([
    fileDates(entry, meeting.data.source.date),
    fileDates(meeting, meeting.data.source.date),
  ]);
  const path = recommendationUrl(entry.id);
  add({
    kind: 'recommendation',
    path,
    key: `recommendation_${entry.id.replaceAll('-', '_')}`,
    title: `${proposal.item.label}の提言: ${entry.data.summary}`,
    titleEn: undefined,
    authors: [speakerName(record, proposal.item.speaker, proposal.item.label)],
    groupAuthor: speakerRef(proposal.item.speaker)?.kind === 'organization',
    date: lastChanged,
    url: absoluteUrl(path, origin),
    event: { title: meeting.data.title, date: meeting.data.date, place: meeting.data.venue },
    authority: undefined,
    number: undefined,
    abstract: entry.data.quote,
    version: versionId({ recommendation: entry.data, response: resolved.response?.item.id }),
    lastChanged,
    dcType: 'webpage',
  });
}
