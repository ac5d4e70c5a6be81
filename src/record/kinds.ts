/** How one record type is stored and named: a folder of `content/` with one file per entry. */
export interface KindDescriptor {
  /** The folder under the content folder. */
  folder: string;
  /** The file extension; `md` files carry their data in the frontmatter. */
  extension: 'yaml' | 'md';
  /** The type's name on the site (navigation, headings). */
  label: string;
}

/**
 * One descriptor per record type; its key is the type's collection name. Everything that lists the
 * types derives from it: the content collections (src/content.config.ts), the site's loading
 * (src/site/load.ts), `RecordEntries`, the plain reader and the integrity check. The schema factory
 * per type is in src/content/schemas/index.ts, the site's part (URLs, navigation, sitemap) in
 * src/site/kinds.ts; docs/architecture.md lists the steps.
 */
export const kinds = {
  bodies: { folder: 'bodies', extension: 'yaml', label: '会議体' },
  organizations: { folder: 'organizations', extension: 'yaml', label: '組織' },
  people: { folder: 'people', extension: 'yaml', label: '人物' },
  topics: { folder: 'topics', extension: 'md', label: 'トピック' },
  meetings: { folder: 'meetings', extension: 'md', label: '会議' },
  recommendations: { folder: 'recommendations', extension: 'yaml', label: '提言' },
} as const satisfies Record<string, KindDescriptor>;

/** A record type, by its collection name. */
export type CollectionName = keyof typeof kinds;

export const kindNames = Object.keys(kinds) as CollectionName[];

/** The file an entry came from, or where it would be. */
export function entryFile(kind: CollectionName, entry: { id: string; filePath?: string | undefined }): string {
  const { folder, extension } = kinds[kind];
  return entry.filePath ?? `content/${folder}/${entry.id}.${extension}`;
}
