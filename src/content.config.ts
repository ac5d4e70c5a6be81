import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { meetingsLoader } from './content/loaders/meetings-loader';
import { markdownLoader, yamlLoader } from './content/loaders/record-loader';
import { schemaFactories, type RecordSchemas } from './content/schemas/index';
import { kindNames, kinds, type CollectionName } from './record/kinds';
import { settings } from './site/settings';

const { contentDir } = settings;

/**
 * The files of one record type (src/record/kinds.ts says where they are), read strictly
 * (content-files.ts); meetings have their own loader, which parses the proceedings.
 */
function loader(kind: CollectionName): Loader {
  const base = `${contentDir}/${kinds[kind].folder}`;
  if (kind === 'meetings') return meetingsLoader({ base });
  return kinds[kind].extension === 'md' ? markdownLoader({ base }) : yamlLoader({ base });
}

/** One collection per record type, each with its type's schema (src/content/schemas/index.ts). */
export const collections = Object.fromEntries(
  kindNames.map((kind) => [
    kind,
    defineCollection({ loader: loader(kind), schema: schemaFactories[kind]({ reference }) }),
  ]),
) as { [Kind in CollectionName]: { loader: Loader; schema: RecordSchemas[Kind] } };
