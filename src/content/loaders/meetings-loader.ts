import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { parseProceedings } from '~/content/markdown/parse-proceedings';
import { hasProceedings, keepOnlyProceedings, proceedingsFolder, storeProceedings, type ItemText } from './meeting-store';

export interface MeetingsLoaderOptions {
  /** Folder of meeting files, relative to the project root. */
  base: string;
}

/**
 * Loads meeting files: metadata from the frontmatter, proceedings parsed from the Markdown body.
 *
 * Astro's glob() loader hands the schema only the frontmatter. Statements are what people cite,
 * so they must pass the same schema (IDs, speakers, topic references) as the metadata does.
 */
export function meetingsLoader({ base }: MeetingsLoaderOptions): Loader {
  return {
    name: 'meetings-loader',
    load: async (context) => {
      const folder = new URL(base.endsWith('/') ? base : `${base}/`, context.config.root);
      await loadAll(context, folder);
      context.watcher?.add(fileURLToPath(folder));
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(fileURLToPath(folder))) void loadAll(context, folder);
      });
    },
  };
}

async function loadAll(context: LoaderContext, folder: URL) {
  const { store, config } = context;
  const proceedingsFiles = proceedingsFolder(config.cacheDir);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  const present = new Map<string, string>();
  for (const name of names) {
    const id = name.slice(0, -'.md'.length);
    const url = new URL(name, folder);
    const filePath = relative(fileURLToPath(config.root), fileURLToPath(url));
    const raw = await readFile(url, 'utf8');
    const digest = context.generateDigest(raw);
    present.set(id, digest);
    // Astro keeps the data store between builds; a file whose bytes are unchanged (and that was
    // loaded from the same path, its proceedings file still there) needs no second parse.
    // `astro build --force` clears the store.
    const stored = store.get(id);
    if (stored?.digest === digest && stored.filePath === filePath && hasProceedings(proceedingsFiles, id, digest)) {
      continue;
    }
    const { data: unvalidated } = readMeetingFile(raw, filePath);
    // The whole meeting passes the schema, proceedings included; then the proceedings go to a file
    // of their own (meeting-store.ts says why) and the store keeps the rest.
    const { proceedings, ...data } = await context.parseData({ id, data: unvalidated, filePath });
    await storeProceedings(proceedingsFiles, id, digest, proceedings as ItemText[]);
    store.set({ id, data, filePath, digest });
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  await keepOnlyProceedings(proceedingsFiles, present);
}

/**
 * Reads one meeting file into the data its schema validates: the frontmatter plus the proceedings
 * parsed from the body. Throws an error naming the file, the line and the fix on a format error.
 */
export function readMeetingFile(raw: string, filePath: string): { data: Record<string, unknown>; body: string } {
  // Blank lines in place of the frontmatter keep the body's line numbers equal to the file's.
  const { rawFrontmatter, content } = parseFrontmatter(raw, { frontmatter: 'empty-with-lines' });
  // YAML 1.2 core schema: dates stay strings, so an impossible date such as 2017-02-30 is
  // reported instead of silently rolling over into March as a YAML 1.1 timestamp would.
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = (parseYaml(rawFrontmatter) as Record<string, unknown> | null) ?? {};
  } catch (error) {
    throw new Error(`${filePath}: the frontmatter is not valid YAML: ${String(error)}`, { cause: error });
  }
  if ('proceedings' in frontmatter) {
    throw new Error(
      `${filePath}: frontmatter key "proceedings" is not allowed. Fix: write the proceedings in the Markdown body as :::statement containers.`,
    );
  }
  try {
    return { data: { ...frontmatter, proceedings: parseProceedings(content, filePath) }, body: content };
  } catch (error) {
    throw new Error(`${String(error)}\nFix: see docs/content-format.md, section "meetings".`, { cause: error });
  }
}
