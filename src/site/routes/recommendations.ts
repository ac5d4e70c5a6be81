import type { Citable } from '~/citation/citables';
import type { DerivedRecord } from '~/record/derive';
import { recommendationUrl } from '~/site/urls';

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
