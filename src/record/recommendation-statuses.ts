/** Statuses a recommendation can have, in the order the site lists them (the schema and the indexes read it). */
export const recommendationStatuses = ['adopted', 'under-consideration', 'deferred', 'no-response'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];
