import { speakerRef } from '../speakers';
import type { Body, Meeting, Organization, Person, SpokenItem, Topic } from '../types';
import type { ResolvedRecommendation } from './recommendations';
import { counted, getOrCreate, incrementIn, indexOf, type Count, type Lookups, type SpokenInMeeting } from './shared';

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

/** What the statements on each topic add up to, by topic ID. */
interface TopicTallies {
  people: Map<string, Map<string, number>>;
  organizations: Map<string, Map<string, number>>;
  /** Other topics on the same statements. */
  cooccurrence: Map<string, Map<string, number>>;
  /** Bodies of the meetings the topic came up in, in the order it first came up. */
  bodies: Map<string, Set<string>>;
}

export function deriveTopics(
  entries: readonly Topic[],
  lookups: Lookups,
  recommendations: readonly ResolvedRecommendation[],
): Map<string, TopicIndex> {
  const byTopic = indexOf<TopicIndex>(entries, () => ({
    byMeeting: [],
    statements: [],
    statementCount: 0,
    recommendations: [],
    people: [],
    organizations: [],
    related: [],
    bodies: [],
  }));
  for (const entry of lookups.spoken) {
    for (const topic of entry.item.topics) {
      const index = byTopic.get(topic.id);
      if (!index) continue;
      const last = index.byMeeting.at(-1);
      if (last?.meeting === entry.meeting) last.items.push(entry.item);
      else index.byMeeting.push({ meeting: entry.meeting, items: [entry.item] });
      index.statements.push(entry);
      index.statementCount += 1;
    }
  }
  for (const resolved of recommendations) {
    for (const topic of resolved.entry.data.topics) byTopic.get(topic.id)?.recommendations.push(resolved);
  }
  const tallies = tally(lookups.spoken);
  const relatedFrom = relatedBy(entries);
  for (const topic of entries) {
    const index = byTopic.get(topic.id);
    if (index) completeTopic(topic, index, tallies, relatedFrom.get(topic.id) ?? [], lookups);
  }
  return byTopic;
}

function tally(spoken: readonly SpokenInMeeting[]): TopicTallies {
  const tallies: TopicTallies = {
    people: new Map(),
    organizations: new Map(),
    cooccurrence: new Map(),
    bodies: new Map(),
  };
  for (const { meeting, item } of spoken) {
    const speaker = speakerRef(item.speaker);
    for (const topic of item.topics) {
      getOrCreate(tallies.bodies, topic.id, () => new Set()).add(meeting.data.body.id);
      if (speaker?.kind === 'person') incrementIn(tallies.people, topic.id, speaker.id);
      if (speaker?.kind === 'organization') incrementIn(tallies.organizations, topic.id, speaker.id);
      for (const other of item.topics) {
        if (other.id !== topic.id) incrementIn(tallies.cooccurrence, topic.id, other.id);
      }
    }
  }
  return tallies;
}

/** Which topics name each topic as related, in one pass rather than a scan of all topics per topic. */
function relatedBy(topics: readonly Topic[]): Map<string, string[]> {
  const relatedFrom = new Map<string, string[]>();
  for (const other of topics) {
    for (const r of other.data.related) getOrCreate(relatedFrom, r.id, () => []).push(other.id);
  }
  return relatedFrom;
}

function completeTopic(
  topic: Topic,
  index: TopicIndex,
  tallies: TopicTallies,
  relatedFrom: readonly string[],
  { people, organizations, bodies, topics }: Lookups,
) {
  const none = new Map<string, number>();
  index.people = counted(tallies.people.get(topic.id) ?? none, people);
  index.organizations = counted(tallies.organizations.get(topic.id) ?? none, organizations);
  index.bodies = [...(tallies.bodies.get(topic.id) ?? [])].flatMap((id) => bodies.get(id) ?? []);
  const related = new Set(topic.data.related.map((r) => r.id));
  for (const other of relatedFrom) related.add(other);
  for (const { entry } of counted(tallies.cooccurrence.get(topic.id) ?? none, topics)) related.add(entry.id);
  related.delete(topic.id);
  index.related = [...related].flatMap((id) => topics.get(id) ?? []);
}
