/**
 * The source texts in the record's `sources/` folder: listed for the integrity check and read, once
 * each, by the page that publishes them. They pass the same checks as the record files
 * (content-files.ts): no link is followed, and the text must be UTF-8 with no control characters
 * (a form feed, which marks a page break in text extracted from a PDF, is text here).
 */
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContentFolder, decodeRecordText, notPlainFile, readContentBytes, RecordFileError } from './content-files';

/**
 * A source text's largest size: hundreds of times the longest real minutes, small enough that a
 * reader's browser opens it.
 */
export const MAX_SOURCE_FILE_BYTES = 10_000_000;

const sourcesFolder = (contentDir: string) => pathToFileURL(`${resolve(contentDir, 'sources')}/`);
const projectRoot = () => pathToFileURL(`${process.cwd()}/`);

/** The names of the source texts, in name order; a link or a folder among them fails the build. */
export function listSourceFiles(contentDir: string): string[] {
  const folder = sourcesFolder(contentDir);
  checkContentFolder(folder, projectRoot());
  const entries = readdirSync(folder, { withFileTypes: true });
  const names: string[] = [];
  const problems: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const problem = notPlainFile(entry, shownPath(contentDir, entry.name));
    if (problem) problems.push(problem);
    else if (entry.isFile()) names.push(entry.name);
  }
  if (problems.length > 0) {
    throw new RecordFileError(problems.join('\n'), resolve(contentDir, 'sources', entries[0]?.name ?? ''));
  }
  return names;
}

/** The text of one source file, read strictly; `name` is a meeting's `source.file`. */
export function readSourceText(contentDir: string, name: string): string {
  const filePath = shownPath(contentDir, name);
  const url = new URL(encodeURIComponent(name), sourcesFolder(contentDir));
  const bytes = readContentBytes(
    { url, filePath },
    MAX_SOURCE_FILE_BYTES,
    'a source text',
    'it is not the text of one meeting. Fix: check that the file holds the minutes of this meeting only.',
  );
  return decodeRecordText(bytes, filePath, { formFeeds: true });
}

const shownPath = (contentDir: string, name: string) => relative(process.cwd(), resolve(contentDir, 'sources', name));
