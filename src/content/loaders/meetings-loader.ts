import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { VFileMessage } from 'vfile-message';
import { parseProceedings } from '~/content/markdown/parse-proceedings';
import { hasProceedings, keepOnlyProceedings, proceedingsFolder, storeProceedings, type ItemText } from './meeting-store';
import { fileDigest, listRecordFiles, meetingFileName, readFrontmatter, readRecordText, RecordFileError } from './content-files';

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
  const present = new Map<string, string>();
  for (const file of listRecordFiles(folder, config.root, meetingFileName)) {
    const { id, filePath } = file;
    const raw = readRecordText(file);
    const digest = fileDigest(context, filePath, raw);
    present.set(id, digest);
    // Astro keeps the data store between builds; a file whose path and bytes are unchanged
    // (fileDigest), its proceedings file still there, needs no second parse.
    // `astro build --force` clears the store.
    const stored = store.get(id);
    if (stored?.digest === digest && hasProceedings(proceedingsFiles, id, digest)) {
      continue;
    }
    const { data: unvalidated } = readMeetingFile(raw, filePath);
    // The whole meeting passes the schema, proceedings included; then the proceedings go to a file
    // of their own (meeting-store.ts says why) and the store keeps the rest.
    const { proceedings, ...data } = await context.parseData({ id, data: unvalidated, filePath });
    rejectDateOtherThanFileName(id, data, filePath);
    await storeProceedings(proceedingsFiles, id, digest, proceedings as ItemText[]);
    store.set({ id, data, filePath, digest });
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  rejectSameMeetingTwice(store.values());
  await keepOnlyProceedings(proceedingsFiles, present);
}

/** The file name starts with the meeting's date: a meeting's URL says when it met. */
export function rejectDateOtherThanFileName(id: string, data: Record<string, unknown>, filePath: string) {
  if (!id.startsWith(`${String(data['date'])}-`)) {
    throw new RecordFileError(
      `${filePath}: the file name starts with ${id.slice(0, 10)} but the meeting's date: is ${String(data['date'])}. Fix: rename the file to start with the meeting's date, or correct date:.`,
      filePath,
    );
  }
}

/** Two files for one session of one body would publish the meeting twice under two URLs. */
export function rejectSameMeetingTwice(entries: Iterable<{ data: Record<string, unknown>; filePath?: string | undefined }>) {
  const seen = new Map<string, string>();
  for (const { data, filePath = '' } of entries) {
    const body = (data['body'] as { id?: string } | undefined)?.id;
    const key = `${String(body)} #${String(data['session'])}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new RecordFileError(
        `${filePath}: the same meeting as ${first} (body ${String(body)}, session ${String(data['session'])}). Fix: keep one file per meeting; delete or merge the other, or correct session:.`,
        filePath,
      );
    }
    seen.set(key, filePath);
  }
}

/**
 * Reads one meeting file into the data its schema validates: the frontmatter plus the proceedings
 * parsed from the body. Throws an error naming the file, the line and the fix on a format error.
 */
export function readMeetingFile(raw: string, filePath: string): { data: Record<string, unknown>; body: string } {
  // Blank lines in place of the frontmatter keep the body's line numbers equal to the file's.
  const { data: frontmatter, body: content } = readFrontmatter(raw, filePath);
  if ('proceedings' in frontmatter) {
    throw new RecordFileError(
      `${filePath}: frontmatter key "proceedings" is not allowed. Fix: write the proceedings in the Markdown body as :::statement containers.`,
      filePath,
    );
  }
  try {
    return { data: { ...frontmatter, proceedings: parseProceedings(content, filePath) }, body: content };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const place = error.cause instanceof VFileMessage ? error.cause : undefined;
    throw new RecordFileError(
      `${error.message}\nFix: see docs/content-format.md, section "meetings".`,
      filePath,
      place?.line ?? undefined,
      place?.column ?? undefined,
      { cause: error },
    );
  }
}
