/**
 * Every index and backlink the pages need, one module per index. Each reads the entries and the
 * lookups and assumes the record passed findIntegrityProblems(): a dangling reference is skipped,
 * not reported, here.
 */
import type { RecommendationStatus } from '~/record/recommendation-statuses';
import type { RecordEntries } from '../types';
import { deriveBodies, type BodyIndex } from './bodies';
import { deriveMeetings, type MeetingIndex } from './meetings';
import { deriveOrganizations, type OrganizationIndex } from './organizations';
import { derivePeople, type PersonIndex } from './people';
import { byStatus, resolveRecommendations, type ResolvedRecommendation } from './recommendations';
import { byDate, mapOf, spokenInOrder, type Lookups } from './shared';
import { deriveTopics, type TopicIndex } from './topics';

export type { Attendance, PersonIndex } from './people';
export type { BodyIndex } from './bodies';
export type { MeetingIndex } from './meetings';
export type { OrganizationIndex, Participation } from './organizations';
export type { ResolvedRecommendation } from './recommendations';
export type { Count, SpokenInMeeting } from './shared';
export type { TopicIndex } from './topics';

/** Everything the pages show that is computed from more than one record. */
export interface DerivedRecord extends Lookups {
  recommendations: Map<string, ResolvedRecommendation>;
  byPerson: Map<string, PersonIndex>;
  byOrganization: Map<string, OrganizationIndex>;
  byTopic: Map<string, TopicIndex>;
  byMeeting: Map<string, MeetingIndex>;
  byBody: Map<string, BodyIndex>;
  recommendationsByStatus: Map<RecommendationStatus, ResolvedRecommendation[]>;
}

export function deriveRecord(entries: RecordEntries): DerivedRecord {
  const meetingsByDate = [...entries.meetings].sort(byDate);
  const lookups: Lookups = {
    bodies: mapOf(entries.bodies),
    organizations: mapOf(entries.organizations),
    people: mapOf(entries.people),
    topics: mapOf(entries.topics),
    meetings: mapOf(entries.meetings),
    meetingsByDate,
    spoken: spokenInOrder(meetingsByDate),
  };
  const resolved = resolveRecommendations(entries.recommendations, lookups.spoken);
  const byBody = deriveBodies(entries.bodies, lookups);
  return {
    ...lookups,
    recommendations: new Map(resolved.map((recommendation) => [recommendation.entry.id, recommendation])),
    byPerson: derivePeople(entries.people, lookups, resolved),
    byOrganization: deriveOrganizations(entries, lookups, byBody, resolved),
    byTopic: deriveTopics(entries.topics, lookups, resolved),
    byMeeting: deriveMeetings(lookups, byBody, resolved),
    byBody,
    recommendationsByStatus: byStatus(resolved),
  };
}
