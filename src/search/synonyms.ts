import type { DerivedRecord } from '~/record/derive';
import type { SynonymGroup } from './query';

/** Each topic's title, English title and aliases (content/topics/*.md) form one synonym group. */
export function synonymGroups(record: DerivedRecord): SynonymGroup[] {
  return [...record.topics.values()].map(({ data }) => ({
    title: data.title,
    names: [data.title, data.title_en, ...data.aliases],
  }));
}
