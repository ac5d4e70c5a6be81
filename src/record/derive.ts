import { recommendationStatuses, type RecommendationStatus } from '~/content/schemas/recommendation';
import type {
  Attendee,
  Body,
  Meeting,
  Organization,
  Person,
  Recommendation,
  RecordEntries,
  SpokenItem,
  Topic,
} from './types';

/** A statement or presentation together with the meeting it was made in. */
export interface SpokenInMeeting {
  meeting: Meeting;
  item: SpokenItem;
}

/** A recommendation with what it points at resolved. */
export interface ResolvedRecommendation {
  entry: Recommendation;
  meeting: Meeting;
  /** The statement that makes it; its speaker is the proposer. */
  proposal: SpokenInMeeting;
  response: SpokenInMeeting | undefined;
}

/** One meeting a person attended, with the role and label the attendee list gives. */
export interface Attendance {
  meeting: Meeting;
  group: string;
  attendee: Attendee;
}

/** How an organization took part in one meeting. */
export interface Participation {
  meeting: Meeting;
  /** Japanese descriptions, e.g. 主催, オブザーバー, 事務局として発言, 所属者が出席. */
  roles: string[];
}

export interface Count<T> {
  entry: T;
  count: number;
}

export interface PersonIndex {
  attendance: Attendance[];
  statements: SpokenInMeeting[];
  recommendations: ResolvedRecommendation[];
  topics: Count<Topic>[];
}

export interface OrganizationIndex {
  participation: Participation[];
  statements: SpokenInMeeting[];
  /** People whose record names this organization. */
  members: Person[];
  /** Bodies this organization hosts. */
  hosts: Body[];
  recommendations: ResolvedRecommendation[];
  children: Organization[];
}

export interface TopicIndex {
  /** Statements on the topic, grouped by meeting, meetings in date order. */
  byMeeting: { meeting: Meeting; items: SpokenItem[] }[];
  /** The same statements as one list, in the same order, for pages that split it. */
  statements: SpokenInMeeting[];
  statementCount: number;
  recommendations: ResolvedRecommendation[];
  people: Count<Person>[];
  organizations: Count<Organization>[];
  /** Topics related either way, plus topics that share statements with this one. */
  related: Topic[];
  bodies: Body[];
}

export interface MeetingIndex {
  recommendations: ResolvedRecommendation[];
  /** For each item ID, the IDs of the statements that reply to it. */
  repliesTo: Map<string, string[]>;
  /** For each item ID, the recommendations it proposes or answers. */
  recommendationsByItem: Map<string, ResolvedRecommendation[]>;
  previous: Meeting | undefined;
  next: Meeting | undefined;
  topics: Count<Topic>[];
  /** Statements and presentations in the meeting, counted once here rather than by every list page. */
  spokenCount: number;
}

export interface BodyIndex {
  meetings: Meeting[];
  children: Body[];
  /** The chain from the top-level body down to this one, this one excluded. */
  ancestors: Body[];
}

/** Everything the pages show that is computed from more than one record. */
export interface DerivedRecord {
  bodies: Map<string, Body>;
  organizations: Map<string, Organization>;
  people: Map<string, Person>;
  topics: Map<string, Topic>;
  meetings: Map<string, Meeting>;
  recommendations: Map<string, ResolvedRecommendation>;
  /** Meetings, oldest first. */
  meetingsByDate: Meeting[];
  /** Every statement and presentation, in date and then source order. */
  spoken: SpokenInMeeting[];
  byPerson: Map<string, PersonIndex>;
  byOrganization: Map<string, OrganizationIndex>;
  byTopic: Map<string, TopicIndex>;
  byMeeting: Map<string, MeetingIndex>;
  byBody: Map<string, BodyIndex>;
  recommendationsByStatus: Map<RecommendationStatus, ResolvedRecommendation[]>;
}

const byDate = (a: Meeting, b: Meeting) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id);

function mapOf<T extends { id: string }>(entries: T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function counted<T extends { id: string }>(counts: Map<string, number>, lookup: Map<string, T>): Count<T>[] {
  return [...counts]
    .flatMap(([id, count]) => {
      const entry = lookup.get(id);
      return entry ? [{ entry, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.entry.id.localeCompare(b.entry.id));
}

function increment(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Computes every index and backlink the pages need, in one pass over each collection. Assumes
 * the record passed findIntegrityProblems(); a dangling reference is skipped, not reported, here.
 */
export function deriveRecord(entries: RecordEntries): DerivedRecord {
  const bodies = mapOf(entries.bodies);
  const organizations = mapOf(entries.organizations);
  const people = mapOf(entries.people);
  const topics = mapOf(entries.topics);
  const meetings = mapOf(entries.meetings);
  const meetingsByDate = [...entries.meetings].sort(byDate);

  const byPerson = new Map<string, PersonIndex>(
    entries.people.map((p) => [p.id, { attendance: [], statements: [], recommendations: [], topics: [] }]),
  );
  const byOrganization = new Map<string, OrganizationIndex>(
    entries.organizations.map((o) => [
      o.id,
      { participation: [], statements: [], members: [], hosts: [], recommendations: [], children: [] },
    ]),
  );
  const byTopic = new Map<string, TopicIndex>(
    entries.topics.map((t) => [
      t.id,
      {
        byMeeting: [],
        statements: [],
        statementCount: 0,
        recommendations: [],
        people: [],
        organizations: [],
        related: [],
        bodies: [],
      },
    ]),
  );
  const byBody = new Map<string, BodyIndex>(
    entries.bodies.map((b) => [b.id, { meetings: [], children: [], ancestors: [] }]),
  );

  for (const body of entries.bodies) {
    if (body.data.parent) byBody.get(body.data.parent.id)?.children.push(body);
    if (body.data.ministry) byOrganization.get(body.data.ministry.id)?.hosts.push(body);
    const ancestors: Body[] = [];
    const seen = new Set([body.id]);
    for (
      let parent = body.data.parent && bodies.get(body.data.parent.id);
      parent;
      parent = parent.data.parent && bodies.get(parent.data.parent.id)
    ) {
      if (seen.has(parent.id)) break;
      seen.add(parent.id);
      ancestors.unshift(parent);
    }
    const index = byBody.get(body.id);
    if (index) index.ancestors = ancestors;
  }
  for (const organization of entries.organizations) {
    if (organization.data.parent) byOrganization.get(organization.data.parent.id)?.children.push(organization);
  }
  for (const person of entries.people) {
    if (person.data.organization) byOrganization.get(person.data.organization.id)?.members.push(person);
  }

  /** The ministries that host a body, looking up through its parents. */
  const hostsOf = (bodyId: string): string[] => {
    const body = bodies.get(bodyId);
    if (!body) return [];
    const chain = [...(byBody.get(bodyId)?.ancestors ?? []), body];
    return [...new Set(chain.flatMap((b) => (b.data.ministry ? [b.data.ministry.id] : [])))];
  };

  const spoken: SpokenInMeeting[] = [];
  const byMeeting = new Map<string, MeetingIndex>();
  const personTopicCounts = new Map<string, Map<string, number>>();
  const topicPeople = new Map<string, Map<string, number>>();
  const topicOrganizations = new Map<string, Map<string, number>>();
  const topicCooccurrence = new Map<string, Map<string, number>>();
  const topicBodies = new Map<string, Set<string>>();

  for (const meeting of meetingsByDate) {
    byBody.get(meeting.data.body.id)?.meetings.push(meeting);
    const participation = new Map<string, Set<string>>();
    const addRole = (organization: string, role: string) =>
      getOrCreate(participation, organization, () => new Set()).add(role);
    for (const host of hostsOf(meeting.data.body.id)) addRole(host, '主催');

    for (const { group, members } of meeting.data.attendees) {
      for (const attendee of members) {
        if (attendee.person) {
          byPerson.get(attendee.person.id)?.attendance.push({ meeting, group, attendee });
          const affiliation = attendee.affiliation?.id ?? people.get(attendee.person.id)?.data.organization?.id;
          if (affiliation) addRole(affiliation, `所属者が出席（${attendee.role}）`);
        }
        if (attendee.organization) addRole(attendee.organization.id, attendee.role);
      }
    }

    const repliesTo = new Map<string, string[]>();
    const meetingTopics = new Map<string, number>();
    const topicItems = new Map<string, SpokenItem[]>();
    let spokenCount = 0;
    for (const item of meeting.data.proceedings) {
      if (item.type !== 'statement' && item.type !== 'presentation') continue;
      const entry = { meeting, item };
      spoken.push(entry);
      spokenCount += 1;
      if (item.type === 'statement' && item.reply) getOrCreate(repliesTo, item.reply, () => []).push(item.id);
      if ('person' in item.speaker) byPerson.get(item.speaker.person.id)?.statements.push(entry);
      if ('organization' in item.speaker) {
        byOrganization.get(item.speaker.organization.id)?.statements.push(entry);
        addRole(item.speaker.organization.id, `${item.label}として発言`);
      }
      for (const topic of item.topics) {
        getOrCreate(topicItems, topic.id, () => []).push(item);
        increment(meetingTopics, topic.id);
        getOrCreate(topicBodies, topic.id, () => new Set()).add(meeting.data.body.id);
        if ('person' in item.speaker) {
          increment(
            getOrCreate(personTopicCounts, item.speaker.person.id, () => new Map<string, number>()),
            topic.id,
          );
          increment(
            getOrCreate(topicPeople, topic.id, () => new Map<string, number>()),
            item.speaker.person.id,
          );
        }
        if ('organization' in item.speaker) {
          increment(
            getOrCreate(topicOrganizations, topic.id, () => new Map<string, number>()),
            item.speaker.organization.id,
          );
        }
        for (const other of item.topics) {
          if (other.id !== topic.id)
            increment(
              getOrCreate(topicCooccurrence, topic.id, () => new Map<string, number>()),
              other.id,
            );
        }
      }
    }
    for (const [topicId, items] of topicItems) {
      const index = byTopic.get(topicId);
      if (index) {
        index.byMeeting.push({ meeting, items });
        for (const item of items) index.statements.push({ meeting, item });
        index.statementCount += items.length;
      }
    }
    for (const [organizationId, roles] of participation) {
      byOrganization.get(organizationId)?.participation.push({ meeting, roles: [...roles] });
    }
    byMeeting.set(meeting.id, {
      recommendations: [],
      repliesTo,
      recommendationsByItem: new Map(),
      previous: undefined,
      next: undefined,
      topics: counted(meetingTopics, topics),
      spokenCount,
    });
  }

  for (const index of byBody.values()) {
    index.meetings.forEach((meeting, i) => {
      const meetingIndex = byMeeting.get(meeting.id);
      if (!meetingIndex) return;
      meetingIndex.previous = index.meetings[i - 1];
      meetingIndex.next = index.meetings[i + 1];
    });
  }

  const spokenByKey = new Map(spoken.map((s) => [`${s.meeting.id}#${s.item.id}`, s]));
  // Positions looked up once: spoken.indexOf() in the sort below was quadratic in the archive's size.
  const position = new Map(spoken.map((s, i) => [s, i]));
  const recommendations = new Map<string, ResolvedRecommendation>();
  const recommendationsByStatus = new Map<RecommendationStatus, ResolvedRecommendation[]>(
    recommendationStatuses.map((status) => [status, []]),
  );
  const orderedRecommendations = entries.recommendations
    .flatMap((entry) => {
      const proposal = spokenByKey.get(`${entry.data.statement.meeting}#${entry.data.statement.id}`);
      if (!proposal) return [];
      const response =
        entry.data.response && spokenByKey.get(`${entry.data.response.meeting}#${entry.data.response.id}`);
      return [{ entry, meeting: proposal.meeting, proposal, response: response || undefined }];
    })
    .sort((a, b) => (position.get(a.proposal) ?? 0) - (position.get(b.proposal) ?? 0));

  for (const resolved of orderedRecommendations) {
    recommendations.set(resolved.entry.id, resolved);
    recommendationsByStatus.get(resolved.entry.data.status)?.push(resolved);
    const linkFrom = ({ meeting, item }: SpokenInMeeting) => {
      const index = byMeeting.get(meeting.id);
      if (index) getOrCreate(index.recommendationsByItem, item.id, () => []).push(resolved);
    };
    byMeeting.get(resolved.meeting.id)?.recommendations.push(resolved);
    linkFrom(resolved.proposal);
    if (resolved.response) linkFrom(resolved.response);
    const { speaker } = resolved.proposal.item;
    if ('person' in speaker) byPerson.get(speaker.person.id)?.recommendations.push(resolved);
    if ('organization' in speaker) byOrganization.get(speaker.organization.id)?.recommendations.push(resolved);
    for (const topic of resolved.entry.data.topics) byTopic.get(topic.id)?.recommendations.push(resolved);
  }

  for (const [personId, index] of byPerson)
    index.topics = counted(personTopicCounts.get(personId) ?? new Map<string, number>(), topics);

  // Which topics name each topic as related, in one pass rather than a scan of all topics per topic.
  const relatedFrom = new Map<string, string[]>();
  for (const other of entries.topics) {
    for (const r of other.data.related) getOrCreate(relatedFrom, r.id, () => []).push(other.id);
  }
  for (const topic of entries.topics) {
    const index = byTopic.get(topic.id);
    if (!index) continue;
    index.people = counted(topicPeople.get(topic.id) ?? new Map<string, number>(), people);
    index.organizations = counted(topicOrganizations.get(topic.id) ?? new Map<string, number>(), organizations);
    index.bodies = [...(topicBodies.get(topic.id) ?? [])].flatMap((id) => bodies.get(id) ?? []);
    const related = new Set(topic.data.related.map((r) => r.id));
    for (const other of relatedFrom.get(topic.id) ?? []) related.add(other);
    for (const { entry } of counted(topicCooccurrence.get(topic.id) ?? new Map<string, number>(), topics))
      related.add(entry.id);
    related.delete(topic.id);
    index.related = [...related].flatMap((id) => topics.get(id) ?? []);
  }

  return {
    bodies,
    organizations,
    people,
    topics,
    meetings,
    recommendations,
    meetingsByDate,
    spoken,
    byPerson,
    byOrganization,
    byTopic,
    byMeeting,
    byBody,
    recommendationsByStatus,
  };
}
