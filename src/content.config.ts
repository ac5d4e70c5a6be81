import { defineCollection, reference } from 'astro:content';
import { meetingsLoader } from './content/loaders/meetings-loader';
import { markdownLoader, yamlLoader } from './content/loaders/record-loader';
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
/** The files of one record type (src/record/kinds.ts says where they are), read strictly (content-files.ts). */
const files = (kind: CollectionName) => {
  const base = `${contentDir}/${kinds[kind].folder}`;
  return kinds[kind].extension === 'md' ? markdownLoader({ base }) : yamlLoader({ base });
};

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
