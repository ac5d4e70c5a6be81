import type { RecommendationStatus } from '~/record/recommendation-statuses';

/** 2017-03-27 → 2017年3月27日, the form the minutes themselves use (in the Western calendar). */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Japanese labels for recommendation statuses, in the order of the schema's enum. */
export const statusLabels: Record<RecommendationStatus, { ja: string; en: string }> = {
  adopted: { ja: '採用', en: 'Adopted' },
  'under-consideration': { ja: '検討中', en: 'Under consideration' },
  deferred: { ja: '次回以降に持ち越し', en: 'Deferred to a later meeting' },
  'no-response': { ja: '応答の記録なし', en: 'No recorded response' },
};

/** What a proceedings item is, in Japanese, for headings and screen-reader labels. */
export const itemKindLabels = { statement: '発言', presentation: '説明', note: '記録' } as const;
