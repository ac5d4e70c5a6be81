import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { meetingsLoader } from './content/loaders/meetings-loader';
import { bodySchema } from './content/schemas/body';
import { meetingSchema } from './content/schemas/meeting';
import { organizationSchema } from './content/schemas/organization';
import { personSchema } from './content/schemas/person';
import { recommendationSchema } from './content/schemas/recommendation';
import { topicSchema } from './content/schemas/topic';

const contentDir = process.env['RECORD_CONTENT_DIR'] ?? 'content';
const yaml = (folder: string) => glob({ pattern: '*.yaml', base: `${contentDir}/${folder}` });

export const collections = {
  bodies: defineCollection({ loader: yaml('bodies'), schema: bodySchema({ reference }) }),
  organizations: defineCollection({ loader: yaml('organizations'), schema: organizationSchema({ reference }) }),
  people: defineCollection({ loader: yaml('people'), schema: personSchema({ reference }) }),
  topics: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/topics` }),
    schema: topicSchema({ reference }),
  }),
  meetings: defineCollection({
    loader: meetingsLoader({ base: `${contentDir}/meetings` }),
    schema: meetingSchema({ reference }),
  }),
  recommendations: defineCollection({ loader: yaml('recommendations'), schema: recommendationSchema({ reference }) }),
};
