import type { CollectionEntry } from 'astro:content';
import type { Citable } from '~/citation/citables';
import type { DerivedRecord } from '~/record/derive';
import { bodyColours, CHART_MEETINGS, topicTimeline } from '~/site/charts';
import { pageOf } from '~/site/pagination';
import { topicUrl } from '~/site/urls';
import { topicLists } from './paged';
import { numberedPages, pageParams, required } from './shared';

/**
 * Every page of every topic: its statements and recommendations on the page, its Astro entry (to
 * render the summary), its timeline and the bodies in it. Every page of a topic cites the topic
 * itself: the statements on later pages belong to it.
 */
export function topicPaths(
  record: DerivedRecord,
  entries: ReadonlyMap<string, CollectionEntry<'topics'>>,
  citableAt: (path: string) => Citable,
) {
  const colours = [...bodyColours(record).values()];
  return numberedPages(record.topics, record.byTopic, topicLists).map((numbered) => {
    const { entry: topic, index, page } = numbered;
    const [statements, recommendations] = topicLists(index);
    return {
      params: pageParams('topic', numbered),
      props: {
        ...numbered,
        statements: pageOf(statements, page),
        recommendations: pageOf(recommendations, page),
        astroEntry: required(entries, topic.id, 'topic entry'),
        timeline: topicTimeline(record, topic.id, CHART_MEETINGS),
        legend: colours.filter(({ body }) => index.bodies.includes(body)),
        citable: citableAt(topicUrl(topic.id)),
      },
    };
  });
}
export type TopicPage = ReturnType<typeof topicPaths>[number]['props'];

/** Every topic with its index, most statements first, for the list of topics. */
export const topicsIndex = (record: DerivedRecord) =>
  [...record.topics.values()]
    .map((topic) => ({ topic, index: required(record.byTopic, topic.id, 'topic') }))
    .sort((a, b) => b.index.statementCount - a.index.statementCount || a.topic.id.localeCompare(b.topic.id));

/** Topics with how many statements (or recommendations) each has, most first, for the home page. */
export const topicsByStatements = (record: DerivedRecord) =>
  [...record.byTopic]
    .map(([id, index]) => ({ topic: required(record.topics, id, 'topic'), count: index.statementCount }))
    .sort((a, b) => b.count - a.count || a.topic.id.localeCompare(b.topic.id));

/** Topics that have recommendations, with how many, in the record's order. */
export const topicsWithRecommendations = (record: DerivedRecord) =>
  [...record.byTopic]
    .filter(([, index]) => index.recommendations.length > 0)
    .map(([id, index]) => ({ topic: required(record.topics, id, 'topic'), count: index.recommendations.length }));
