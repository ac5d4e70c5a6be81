import type { CollectionName } from '~/record/kinds';
import { bodySchema } from './body';
import type { Reference } from './common';
import { meetingSchema } from './meeting';
import { organizationSchema } from './organization';
import { personSchema } from './person';
import { recommendationSchema } from './recommendation';
import { topicSchema } from './topic';

/** Each record type's schema factory; they take Astro's `reference()` or the plain reader's stand-in for it. */
export const schemaFactories = {
  bodies: bodySchema,
  organizations: organizationSchema,
  people: personSchema,
  topics: topicSchema,
  meetings: meetingSchema,
  recommendations: recommendationSchema,
} satisfies Record<CollectionName, (options: { reference: Reference }) => unknown>;

export type RecordSchemas = { [Kind in CollectionName]: ReturnType<(typeof schemaFactories)[Kind]> };

/** Every record type's schema, built with one `reference()`. */
export function recordSchemas(reference: Reference): RecordSchemas {
  const built = Object.entries(schemaFactories).map(([kind, factory]) => [kind, factory({ reference })]);
  return Object.fromEntries(built) as RecordSchemas;
}
