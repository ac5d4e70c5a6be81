import type { CollectionName } from './types';

/** How one record type is stored: a folder of `content/` with one file per entry. */
export interface KindDescriptor {
  /** The folder under the content folder. */
  folder: string;
  /** The file extension; `md` files carry their data in the frontmatter. */
  extension: 'yaml' | 'md';
}

/**
 * One descriptor per record type. The content collections (src/content.config.ts), the integrity
 * check's file names and the tests' loader read it; docs/architecture.md lists the other steps.
 */
export const kinds: Record<CollectionName, KindDescriptor> = {
  bodies: { folder: 'bodies', extension: 'yaml' },
  organizations: { folder: 'organizations', extension: 'yaml' },
  people: { folder: 'people', extension: 'yaml' },
  topics: { folder: 'topics', extension: 'md' },
  meetings: { folder: 'meetings', extension: 'md' },
  recommendations: { folder: 'recommendations', extension: 'yaml' },
};

export const kindNames = Object.keys(kinds) as CollectionName[];

/** The file an entry came from, or where it would be. */
export function entryFile(kind: CollectionName, entry: { id: string; filePath?: string | undefined }): string {
  const { folder, extension } = kinds[kind];
  return entry.filePath ?? `content/${folder}/${entry.id}.${extension}`;
}
