import type { Citable } from '~/citation/citables';
import type { DerivedRecord } from '~/record/derive';
import { statusSummary } from '~/site/charts';
import { firstPages, pageCount, pageOf, pageParam } from '~/site/pagination';
import { recommendationUrl } from '~/site/urls';
import { recommendationList } from './paged';
import { topicsWithRecommendations } from './topics';

/** Every recommendation page: the recommendation resolved, the material it targets, its topics. */
export function recommendationPaths(record: DerivedRecord, citableAt: (path: string) => Citable) {
  return [...record.recommendations.values()].map((resolved) => {
    const { entry, meeting } = resolved;
    const { target } = entry.data;
    return {
      params: { recommendation: entry.id },
      props: {
        ...resolved,
        material: target?.material ? meeting.data.materials.find((m) => m.id === target.material) : undefined,
        topics: entry.data.topics.flatMap((t) => record.topics.get(t.id) ?? []),
        citable: citableAt(recommendationUrl(entry.id)),
      },
    };
  });
}
export type RecommendationPage = ReturnType<typeof recommendationPaths>[number]['props'];

/**
 * The numbered pages of every recommendation once, by status; per topic they are listed on the
 * topic's own pages, so the list links there instead of repeating them.
 */
export function recommendationListPaths(record: DerivedRecord) {
  const all = recommendationList(record);
  const pages = pageCount(all);
  const byStatus = [...record.recommendationsByStatus];
  const shared = {
    pages,
    total: record.recommendations.size,
    byStatus,
    firstPage: firstPages(byStatus, all.perPage),
    byTopic: topicsWithRecommendations(record),
    summary: statusSummary(record),
  };
  return Array.from({ length: pages }, (_, i) => ({
    params: { page: pageParam(i + 1) },
    props: { ...shared, page: i + 1, onPage: pageOf(all, i + 1) },
  }));
}
export type RecommendationListPage = ReturnType<typeof recommendationListPaths>[number]['props'];
