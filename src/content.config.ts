import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { meetingsLoader } from './content/loaders/meetings-loader';
import { bodySchema } from './content/schemas/body';
import { meetingSchema } from './content/schemas/meeting';
import { organizationSchema } from './content/schemas/organization';
import { personSchema } from './content/schemas/person';
import { recommendationSchema } from './content/schemas/recommendation';
import { topicSchema } from './content/schemas/topic';
import { kinds } from './record/kinds';
import { settings } from './site/settings';
import type { CollectionName } from './record/types';

const { contentDir } = settings;
/** The files of one record type (src/record/kinds.ts says where they are). */
const files = (kind: CollectionName) =>
  glob({ pattern: `*.${kinds[kind].extension}`, base: `${contentDir}/${kinds[kind].folder}` });

export const collections = {
  bodies: defineCollection({ loader: files('bodies'), schema: bodySchema({ reference }) }),
  organizations: defineCollection({ loader: files('organizations'), schema: organizationSchema({ reference }) }),
  people: defineCollection({ loader: files('people'), schema: personSchema({ reference }) }),
  topics: defineCollection({
    loader: files('topics'),
    schema: topicSchema({ reference }),
  }),
  meetings: defineCollection({
    loader: meetingsLoader({ base: `${contentDir}/${kinds.meetings.folder}` }),
    schema: meetingSchema({ reference }),
  }),
  recommendations: defineCollection({ loader: files('recommendations'), schema: recommendationSchema({ reference }) }),
};
