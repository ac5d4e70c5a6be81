import { speakerRef } from '../speakers';
import type { Attendee, Meeting, Person, Topic } from '../types';
import type { ResolvedRecommendation } from './recommendations';
import { counted, incrementIn, indexOf, type Count, type Lookups, type SpokenInMeeting } from './shared';

/** One meeting a person attended, with the role and label the attendee list gives. */
export interface Attendance {
  meeting: Meeting;
  group: string;
  attendee: Attendee;
}

export interface PersonIndex {
  attendance: Attendance[];
  statements: SpokenInMeeting[];
  recommendations: ResolvedRecommendation[];
  topics: Count<Topic>[];
}

export function derivePeople(
  entries: readonly Person[],
  { meetingsByDate, spoken, topics }: Lookups,
  recommendations: readonly ResolvedRecommendation[],
): Map<string, PersonIndex> {
  const byPerson = indexOf<PersonIndex>(entries, () => ({
    attendance: [],
    statements: [],
    recommendations: [],
    topics: [],
  }));
  for (const meeting of meetingsByDate) {
    for (const { group, members } of meeting.data.attendees) {
      for (const attendee of members) {
        if (attendee.person) byPerson.get(attendee.person.id)?.attendance.push({ meeting, group, attendee });
      }
    }
  }
  const topicCounts = new Map<string, Map<string, number>>();
  for (const entry of spoken) {
    const speaker = speakerRef(entry.item.speaker);
    if (speaker?.kind !== 'person') continue;
    byPerson.get(speaker.id)?.statements.push(entry);
    for (const topic of entry.item.topics) incrementIn(topicCounts, speaker.id, topic.id);
  }
  for (const resolved of recommendations) {
    const speaker = speakerRef(resolved.proposal.item.speaker);
    if (speaker?.kind === 'person') byPerson.get(speaker.id)?.recommendations.push(resolved);
  }
  for (const [personId, index] of byPerson)
    index.topics = counted(topicCounts.get(personId) ?? new Map<string, number>(), topics);
  return byPerson;
}
