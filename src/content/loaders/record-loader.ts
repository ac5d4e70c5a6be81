import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { LIMITS } from '../schemas/common';
import {
  fileDigest,
  listRecordFiles,
  parseRecordYaml,
  readFrontmatter,
  readRecordText,
  RecordFileError,
  slugFileName,
  type RecordFile,
} from './content-files';

type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

interface Loaded {
  data: Record<string, unknown>;
  body?: string;
  rendered?: RenderedContent;
}

/** One YAML file per record: bodies, organizations, people, recommendations. */
export const yamlLoader = ({ base }: { base: string }): Loader =>
  folderLoader('yaml-loader', base, '.yaml', (text, file) => ({ data: parseRecordYaml(text, file.filePath) }));

/**
 * One Markdown file per record, frontmatter and a body rendered with the site's Markdown processor
 * (so it passes the same refusals as statements: raw HTML, unsafe URLs). Astro's glob() loader
 * logs a body that fails to render and publishes the record without it; this fails the build.
 */
export const markdownLoader = ({ base }: { base: string }): Loader =>
  folderLoader('markdown-loader', base, '.md', async (text, file, context) => {
    const { data, body } = readFrontmatter(text, file.filePath);
    rejectLongBody(body, file);
    // The body as Astro's glob() loader keeps it (trimmed): topic versions are computed from it.
    return { data, body: body.trim(), rendered: await renderBody(body, file, context) };
  });

/** A body past the limit would make one page, and the search index, as big as a whole meeting's. */
function rejectLongBody(body: string, file: RecordFile) {
  const length = body.trim().length;
  if (length <= LIMITS.body) return;
  const line = body.length - body.trimStart().length === 0 ? 1 : body.slice(0, body.search(/\S/u)).split('\n').length;
  throw new RecordFileError(
    `${file.filePath}:${line}: the body (the editorial summary below the frontmatter) has ${length.toLocaleString('en')} characters, more than the ${LIMITS.body.toLocaleString('en')} it may hold. Fix: shorten the summary; a statement's text belongs in its meeting, not here.`,
    file.filePath,
    line,
  );
}

async function renderBody(body: string, file: RecordFile, context: LoaderContext): Promise<RenderedContent> {
  try {
    // renderMarkdown() reads a frontmatter block first; an empty one keeps it from taking the body's
    // leading blank lines and a "---" rule for one, and leaves the body's lines where they are in the file.
    return await context.renderMarkdown(`---\n---${body}`, { fileURL: file.url });
  } catch (error) {
    const where = error as { line?: number; column?: number; reason?: string; message?: string };
    if (where.reason === undefined) throw error;
    const line = where.line ?? 1;
    const column = where.column ?? 1;
    throw new RecordFileError(`${file.filePath}:${line}:${column}: ${where.reason}`, file.filePath, line, column, {
      cause: error,
    });
  }
}

function folderLoader(
  name: string,
  base: string,
  extension: '.md' | '.yaml',
  read: (text: string, file: RecordFile, context: LoaderContext) => Loaded | Promise<Loaded>,
): Loader {
  return {
    name,
    load: async (context) => {
      const folder = new URL(base.endsWith('/') ? base : `${base}/`, context.config.root);
      await loadFolder(context, folder, extension, read);
      context.watcher?.add(fileURLToPath(folder));
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(fileURLToPath(folder))) void loadFolder(context, folder, extension, read);
      });
    },
  };
}

async function loadFolder(
  context: LoaderContext,
  folder: URL,
  extension: '.md' | '.yaml',
  read: (text: string, file: RecordFile, context: LoaderContext) => Loaded | Promise<Loaded>,
) {
  const { store } = context;
  const present = new Set<string>();
  for (const file of listRecordFiles(folder, context.config.root, slugFileName(extension))) {
    const { id, filePath } = file;
    present.add(id);
    const text = readRecordText(file);
    const digest = fileDigest(context, filePath, text);
    const stored = store.get(id);
    // Astro keeps the data store between builds; `astro build --force` clears it.
    if (stored?.digest === digest) continue;
    const { data, ...rest } = await read(text, file, context);
    store.set({ id, data: await context.parseData({ id, data, filePath }), filePath, digest, ...rest });
  }
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
}
