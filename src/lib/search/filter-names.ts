/**
 * The Pagefind filter names, as the issue and the UI name them. A module of its own, without
 * imports, because the search-index worker loads it with Node alone (src/integrations/search-index-writer.ts).
 */
export const filterNames = { body: '会議体', year: '年', speaker: '発言者', topic: 'トピック', kind: 'kind' } as const;
export type FilterKey = keyof typeof filterNames;
