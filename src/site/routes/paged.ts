import { ROWS_PER_PAGE, STATEMENTS_PER_PAGE, type Paged } from '~/site/pagination';
import type {
  BodyIndex,
  DerivedRecord,
  OrganizationIndex,
  PersonIndex,
  ResolvedRecommendation,
  TopicIndex,
} from '~/record/derive';
import type { Meeting } from '~/record/types';

/*
 * The lists each page type splits over numbered pages, in one place so that getStaticPaths (which
 * Astro runs apart from the page's other code) and the page itself agree on the page count.
 */

/** A topic gathers statements from every meeting that touches it: thousands in a large archive. */
export const topicLists = (index: TopicIndex) =>
  [
    { items: index.statements, perPage: STATEMENTS_PER_PAGE },
    { items: index.recommendations, perPage: ROWS_PER_PAGE },
  ] as const;

/** Someone on several councils attends hundreds of meetings and speaks thousands of times. */
export const personLists = (index: PersonIndex) =>
  [
    { items: index.attendance, perPage: ROWS_PER_PAGE },
    { items: index.recommendations, perPage: ROWS_PER_PAGE },
    { items: index.statements, perPage: STATEMENTS_PER_PAGE },
  ] as const;

/** A ministry hosts or observes thousands of meetings, and its secretariat speaks in each. */
export const organizationLists = (index: OrganizationIndex) =>
  [
    { items: index.participation, perPage: ROWS_PER_PAGE },
    { items: index.recommendations, perPage: ROWS_PER_PAGE },
    { items: index.statements, perPage: STATEMENTS_PER_PAGE },
  ] as const;

/** Every meeting, newest first. */
export const meetingList = (record: DerivedRecord): Paged<Meeting> => ({
  items: [...record.meetingsByDate].reverse(),
  perPage: ROWS_PER_PAGE,
});

/** Every recommendation once, statuses in the site's order. */
export const recommendationList = (record: DerivedRecord): Paged<ResolvedRecommendation> => ({
  items: [...record.recommendationsByStatus].flatMap(([, list]) => list),
  perPage: ROWS_PER_PAGE,
});

/** A standing council meets for decades: hundreds of sessions. */
export const bodyLists = (index: BodyIndex) => [{ items: index.meetings, perPage: ROWS_PER_PAGE }] as const;
