import { recommendationStatuses, type RecommendationStatus } from '~/record/recommendation-statuses';
import type { Meeting, Recommendation } from '../types';
import type { SpokenInMeeting } from './shared';

/** A recommendation with what it points at resolved. */
export interface ResolvedRecommendation {
  entry: Recommendation;
  meeting: Meeting;
  /** The statement that makes it; its speaker is the proposer. */
  proposal: SpokenInMeeting;
  response: SpokenInMeeting | undefined;
}

/** The recommendations whose proposal exists, in the order of their proposals in the record. */
export function resolveRecommendations(
  entries: readonly Recommendation[],
  spoken: readonly SpokenInMeeting[],
): ResolvedRecommendation[] {
  const spokenByKey = new Map(spoken.map((s) => [`${s.meeting.id}#${s.item.id}`, s]));
  // Positions looked up once: spoken.indexOf() in the sort below was quadratic in the archive's size.
  const position = new Map(spoken.map((s, i) => [s, i]));
  return entries
    .flatMap((entry) => {
      const proposal = spokenByKey.get(`${entry.data.statement.meeting}#${entry.data.statement.id}`);
      if (!proposal) return [];
      const response =
        entry.data.response && spokenByKey.get(`${entry.data.response.meeting}#${entry.data.response.id}`);
      return [{ entry, meeting: proposal.meeting, proposal, response: response || undefined }];
    })
    .sort((a, b) => (position.get(a.proposal) ?? 0) - (position.get(b.proposal) ?? 0));
}

/** The recommendations of each status, every status present, in the schema's order. */
export function byStatus(resolved: readonly ResolvedRecommendation[]) {
  const statuses = new Map<RecommendationStatus, ResolvedRecommendation[]>(
    recommendationStatuses.map((status) => [status, []]),
  );
  for (const recommendation of resolved) statuses.get(recommendation.entry.data.status)?.push(recommendation);
  return statuses;
}
