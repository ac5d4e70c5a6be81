import type { Meeting, Topic } from '../types';
import type { BodyIndex } from './bodies';
import type { ResolvedRecommendation } from './recommendations';
import { counted, getOrCreate, increment, type Count, type Lookups, type SpokenInMeeting } from './shared';

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

export function deriveMeetings(
  { meetingsByDate, spoken, topics }: Lookups,
  byBody: Map<string, BodyIndex>,
  recommendations: readonly ResolvedRecommendation[],
): Map<string, MeetingIndex> {
  const spokenByMeeting = new Map<Meeting, SpokenInMeeting[]>();
  for (const entry of spoken) getOrCreate(spokenByMeeting, entry.meeting, () => []).push(entry);
  const byMeeting = new Map<string, MeetingIndex>(
    meetingsByDate.map((meeting) => [meeting.id, meetingIndex(spokenByMeeting.get(meeting) ?? [], topics)]),
  );
  for (const index of byBody.values()) {
    index.meetings.forEach((meeting, i) => {
      const meetingIndex = byMeeting.get(meeting.id);
      if (!meetingIndex) return;
      meetingIndex.previous = index.meetings[i - 1];
      meetingIndex.next = index.meetings[i + 1];
    });
  }
  for (const resolved of recommendations) {
    const linkFrom = ({ meeting, item }: SpokenInMeeting) => {
      const index = byMeeting.get(meeting.id);
      if (index) getOrCreate(index.recommendationsByItem, item.id, () => []).push(resolved);
    };
    byMeeting.get(resolved.meeting.id)?.recommendations.push(resolved);
    linkFrom(resolved.proposal);
    if (resolved.response) linkFrom(resolved.response);
  }
  return byMeeting;
}

/** What one meeting's own items give: replies, topic counts, how many items were spoken. */
function meetingIndex(spoken: readonly SpokenInMeeting[], topics: Map<string, Topic>): MeetingIndex {
  const repliesTo = new Map<string, string[]>();
  const meetingTopics = new Map<string, number>();
  for (const { item } of spoken) {
    if (item.type === 'statement' && item.reply) getOrCreate(repliesTo, item.reply, () => []).push(item.id);
    for (const topic of item.topics) increment(meetingTopics, topic.id);
  }
  return {
    recommendations: [],
    repliesTo,
    recommendationsByItem: new Map(),
    previous: undefined,
    next: undefined,
    topics: counted(meetingTopics, topics),
    spokenCount: spoken.length,
  };
}
