/**
 * Reading the files of the record strictly: every loader lists, decodes and parses its files here,
 * so that a bad name, a bad byte or bad YAML fails the build naming the file and the line, where
 * Astro's glob() loader would skip the file, replace the byte with U+FFFD or name its YAML parser.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { guessNotUtf8, guessUtf16, type EncodingGuess } from '../text-encoding';
import { findYamlValueProblem } from './yaml-values';

/**
 * An error in a record file. Astro's build log shows `loc` as the error's location (with the lines
 * around it); without it, the log names the line of our code or of the YAML parser that threw.
 */
export class RecordFileError extends Error {
  override name = 'RecordFileError';
  readonly loc: { file: string; line: number; column: number };

  /** `filePath` is absolute, or relative to the project root (the working directory of a build). */
  constructor(message: string, filePath: string, line?: number, column?: number, options?: ErrorOptions) {
    super(message, options);
    // Without a line, the file's first: Astro would print the location as line 0, column 0.
    this.loc = { file: resolve(filePath), line: line ?? 1, column: column ?? 1 };
  }
}

/** A record's slug: lower-case ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A meeting's slug: its date first, then the body and session, e.g. 2017-03-27-soumu-cybersecurity-task-force-03. */
export const MEETING_SLUG_PATTERN = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface FileNameRule {
  /** The extension of the collection's files, with its dot. */
  extension: '.md' | '.yaml';
  pattern: RegExp;
  /** The rule in words, with an example, for the error message. */
  description: string;
}

export const slugFileName = (extension: FileNameRule['extension']): FileNameRule => ({
  extension,
  pattern: SLUG_PATTERN,
  description: `lower-case ASCII letters, digits and single hyphens, e.g. okamura${extension}`,
});

export const meetingFileName: FileNameRule = {
  extension: '.md',
  pattern: MEETING_SLUG_PATTERN,
  description:
    'the meeting date first, then lower-case ASCII letters, digits and single hyphens, e.g. 2017-03-27-soumu-cybersecurity-task-force-03.md',
};

export interface RecordFile {
  /** The slug: the file name without its extension. */
  id: string;
  url: URL;
  /** The path relative to the project root, as messages show it. */
  filePath: string;
}

/**
 * The record files of one collection folder, in name order. Every entry must be a file named
 * `<slug><extension>`: a file the site would skip or publish under an odd URL fails the build
 * instead. Hidden entries (a leading dot, not ending in the extension) are editors' and systems' own.
 * The folder and the record's folder it is in must be real folders, not links (checkContentFolder).
 */
export function listRecordFiles(folder: URL, root: URL, rule: FileNameRule): RecordFile[] {
  checkContentFolder(folder, root);
  return recordFilesAmong(readdirSync(folder, { withFileTypes: true }), folder, root, rule);
}

function recordFilesAmong(entries: Dirent[], folder: URL, root: URL, rule: FileNameRule): RecordFile[] {
  const files: RecordFile[] = [];
  const problems: { file: string; message: string }[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const url = new URL(encodeURIComponent(entry.name), folder);
    const filePath = relative(fileURLToPath(root), fileURLToPath(url));
    const id = entry.name.slice(0, -rule.extension.length);
    const notPlain = notPlainFile(entry, filePath);
    if (notPlain) {
      problems.push({ file: fileURLToPath(url), message: notPlain });
    } else if (entry.name.startsWith('.') && !entry.name.endsWith(rule.extension)) {
      continue;
    } else if (!entry.name.endsWith(rule.extension)) {
      problems.push({
        file: fileURLToPath(url),
        message: `${filePath}: not a record file: this folder holds only ${rule.extension} files, and the site would ignore this one. Fix: rename it to <slug>${rule.extension}, or move it out of the folder.`,
      });
    } else if (!rule.pattern.test(id)) {
      problems.push({
        file: fileURLToPath(url),
        message: `${filePath}: the file name "${entry.name}" is not a slug; it becomes the record's permanent URL, so it must be ${rule.description}. Fix: rename the file.`,
      });
    } else {
      files.push({ id, url, filePath });
    }
  }
  const [first] = problems;
  if (first) throw new RecordFileError(problems.map((problem) => problem.message).join('\n'), first.file);
  return files;
}

/** The fix for a link in the record's folder. */
const LINK_FIX =
  'Fix: put the file itself there instead of the link (cp --remove-destination "$(readlink FILE)" FILE), if it belongs in the record, or delete the link.';

/**
 * Why a folder entry cannot be a file of the record, or undefined. A symbolic link could publish any
 * file of the machine that builds the site (git stores links, so one merged change makes one), so
 * no link is followed, hidden or not; a folder or a device is never text.
 */
export function notPlainFile(entry: { isSymbolicLink(): boolean; isFile(): boolean; isDirectory(): boolean }, filePath: string) {
  if (entry.isSymbolicLink()) {
    return `${filePath}: a symbolic link; the build reads only files inside the record's folder, so that nothing from elsewhere on the machine is published. ${LINK_FIX}`;
  }
  if (entry.isDirectory() && !basename(filePath).startsWith('.')) {
    return `${filePath}: a folder where the record's files are; it would be skipped. Fix: move the files it holds up into ${dirname(filePath)}/ (as files, not in a folder) and delete it, or move it out of the record's folder.`;
  }
  if (!entry.isFile() && !entry.isDirectory()) {
    return `${filePath}: not a plain file (a device, socket or pipe). Fix: delete it; the record's folder holds only text files.`;
  }
  return undefined;
}

/**
 * Checks that a collection folder and the record's folder it is in (RECORD_CONTENT_DIR) are real
 * folders: a link to a folder elsewhere would bring that folder's files into the site.
 */
export function checkContentFolder(folder: URL, root: URL): void {
  const path = fileURLToPath(folder).replace(/\/$/, '');
  const shown = (target: string) => relative(fileURLToPath(root), target) || '.';
  const contentDir = dirname(path);
  const parent = lstatSync(contentDir, { throwIfNoEntry: false });
  const setting = `the record's folder (RECORD_CONTENT_DIR="${shown(contentDir)}")`;
  const layout = 'a folder laid out like content/, with bodies/, meetings/, organizations/, people/, recommendations/, sources/ and topics/';
  if (!parent) throw new RecordFileError(`${setting} does not exist. Fix: set RECORD_CONTENT_DIR to ${layout}, or unset it for content/.`, contentDir);
  if (parent.isSymbolicLink()) {
    throw new RecordFileError(`${setting} is a symbolic link; the build follows no links. Fix: set RECORD_CONTENT_DIR to the folder it points to.`, contentDir);
  }
  if (!parent.isDirectory()) throw new RecordFileError(`${setting} is not a folder. Fix: set RECORD_CONTENT_DIR to ${layout}.`, contentDir);
  const own = lstatSync(path, { throwIfNoEntry: false });
  if (!own) {
    throw new RecordFileError(`${shown(path)}: the folder is missing, so ${setting} is not laid out like content/. Fix: create the folder (it may be empty), or set RECORD_CONTENT_DIR to ${layout}.`, path);
  }
  if (own.isSymbolicLink()) {
    throw new RecordFileError(`${shown(path)}: the folder is a symbolic link; the build reads only files inside the record's folder, so that nothing from elsewhere on the machine is published. Fix: put the folder itself there instead of the link, or delete the link.`, path);
  }
  if (!own.isDirectory()) {
    throw new RecordFileError(`${shown(path)}: a file where the record's folder must have a folder. Fix: delete or rename it and create the folder.`, path);
  }
}

/**
 * The data store's digest of one version of a file: of its path as well as its text. Astro keeps
 * the store between builds, and its store.set() keeps an entry whose digest is unchanged, old
 * path and all; with the path in the digest, the same bytes in another record folder (or moved)
 * are loaded again, so a build gives what a clean build of its own folder gives.
 */
export const fileDigest = (context: Pick<LoaderContext, 'generateDigest'>, filePath: string, text: string) =>
  context.generateDigest(`${filePath}\0${text}`);

/**
 * A record file's largest size: dozens of times the longest real meeting file, a fraction of what
 * makes a page too big for a browser to open.
 */
export const MAX_RECORD_FILE_BYTES = 2_000_000;

/** Characters that are never text: NUL and the other C0 controls but tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\0-\x08\v\f\x0e-\x1f\x7f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER_BUT_FORM_FEED = /[\0-\x08\v\x0e-\x1f\x7f]/;

/**
 * The text of a record file. The record promises its text verbatim, so a byte that is not UTF-8
 * (0xFF) or a control character (NUL) fails with the file and line instead of being published as
 * U+FFFD or as an invisible character.
 */
export function readRecordText(file: Pick<RecordFile, 'url' | 'filePath'>): string {
  return decodeRecordText(readContentBytes(file, MAX_RECORD_FILE_BYTES, 'a record file', RECORD_SIZE_FIX), file.filePath);
}

const RECORD_SIZE_FIX =
  "its page would be too big to open. Fix: check that it holds one record and no pasted file; split a very long meeting's minutes at the source's own parts.";

/**
 * The bytes of one file of the record's folder, read once from one open file: the open follows no
 * link (O_NOFOLLOW), and what it opened must be a plain file of at most `maxBytes`, with no second
 * name elsewhere (a hard link). O_NONBLOCK keeps a named pipe from blocking the build.
 */
export function readContentBytes(
  file: Pick<RecordFile, 'url' | 'filePath'>,
  maxBytes: number,
  kind: string,
  sizeFix: string,
): Buffer {
  const { filePath } = file;
  const fd = openContentFile(file);
  try {
    const stat = fstatSync(fd);
    const notPlain = notPlainFile(stat, filePath);
    if (notPlain) throw new RecordFileError(notPlain, filePath);
    if (stat.nlink > 1) {
      throw new RecordFileError(
        `${filePath}: a hard link (the file has ${stat.nlink} names); the build reads only files that belong to the record's folder alone. Fix: replace it with a copy (cp FILE FILE.copy && mv FILE.copy FILE).`,
        filePath,
      );
    }
    const bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, bytes, length, bytes.length - length, length);
      length += bytesRead;
      if (bytesRead === 0 || length === bytes.length) break;
    }
    if (length > maxBytes || stat.size > maxBytes) {
      throw new RecordFileError(
        `${filePath}: the file has ${Math.max(stat.size, length).toLocaleString('en')} bytes, more than the ${maxBytes.toLocaleString('en')} ${kind} may have; ${sizeFix}`,
        filePath,
      );
    }
    return bytes.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Opens a file of the record's folder without following a link, or fails naming it. */
function openContentFile({ url, filePath }: Pick<RecordFile, 'url' | 'filePath'>): number {
  try {
    return openSync(url, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ELOOP') throw new RecordFileError(notPlainFile(linkEntry, filePath) ?? '', filePath);
    if (code === 'ENOENT') {
      throw new RecordFileError(`${filePath}: the file does not exist. Fix: add it, or correct the name that refers to it.`, filePath);
    }
    throw error;
  }
}

const linkEntry = { isSymbolicLink: () => true, isFile: () => false, isDirectory: () => false };

/** `formFeeds`: a form feed is text (a page break in a source extracted from a PDF). */
export function decodeRecordText(bytes: Uint8Array, filePath: string, { formFeeds = false } = {}): string {
  const utf16 = bytes.includes(0) ? guessUtf16(bytes) : undefined;
  if (utf16) throw notUtf8Error(utf16, filePath);
  const strict = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const guess = guessUtf16(bytes) ?? guessNotUtf8(bytes);
    if (guess) throw notUtf8Error(guess, filePath);
    const line = firstLineWhere(bytes, (lineBytes) => {
      try {
        strict.decode(lineBytes);
        return false;
      } catch {
        return true;
      }
    });
    throw new RecordFileError(
      `${filePath}:${line}: this line has bytes that are not UTF-8 text. Fix: save the file as UTF-8 and retype the damaged characters from the source.`,
      filePath,
      line,
    );
  }
  const control = (formFeeds ? CONTROL_CHARACTER_BUT_FORM_FEED : CONTROL_CHARACTER).exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = `U+${control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? ''}`;
    throw new RecordFileError(
      `${filePath}:${line}: this line holds the control character ${code}, which is not text. Fix: delete it (it is invisible in most editors; search for ${JSON.stringify(control[0])}).`,
      filePath,
      line,
    );
  }
  return text;
}

function notUtf8Error({ looks, fix }: EncodingGuess, filePath: string): RecordFileError {
  return new RecordFileError(
    `${filePath}: the file is ${looks}, where the record reads UTF-8 text. Fix: ${fix.replaceAll('FILE', filePath)}.`,
    filePath,
  );
}

/** The 1-based number of the first line (split at 0x0A) whose bytes meet the test. */
function firstLineWhere(bytes: Uint8Array, test: (line: Uint8Array) => boolean): number {
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    if (test(bytes.subarray(start, stop))) return line;
    start = stop + 1;
    line += 1;
  }
  return line;
}

/**
 * Parses YAML (YAML 1.2 core schema: dates stay strings, so an impossible date is reported rather
 * than rolled over). `firstLine` is the file line the YAML starts on, so errors point into the file.
 */
export function parseRecordYaml(yaml: string, filePath: string, firstLine = 1): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = parseYaml(yaml);
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) throw aliasBombError(yaml, filePath, firstLine);
    if (!(error instanceof YAMLParseError)) throw error;
    const [start] = error.linePos ?? [];
    const line = start ? start.line + firstLine - 1 : firstLine;
    const where = start ? `${filePath}:${line}:${start.col}` : filePath;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, '') ?? error.message;
    throw new RecordFileError(
      `${where}: the YAML is not valid: ${reason}. Fix: check the quotes, colons and indentation on this line and the one before it (docs/content-format.md shows each format).`,
      filePath,
      line,
      start?.col,
    );
  }
  rejectYamlValueProblem(yaml, filePath, firstLine);
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new RecordFileError(
      `${filePath}:${firstLine}: the YAML must be a mapping of keys to values (key: value).`,
      filePath,
      firstLine,
    );
  }
  return parsed as Record<string, unknown>;
}

/**
 * The yaml library refuses aliases (*name) that expand past its limit (maxAliasCount, 100), a few
 * bytes that would unfold into gigabytes, naming only its own code; this names the file and line.
 */
function aliasBombError(yaml: string, filePath: string, firstLine: number): RecordFileError {
  const index = yaml.split('\n').findIndex((text) => /(?:^|[\s[{,:-])\*[^\s,\]}]+/.test(text));
  const line = firstLine + Math.max(index, 0);
  return new RecordFileError(
    `${filePath}:${line}: the YAML's aliases (*name) expand to more copies than a record holds (the yaml library stops at 100), so the file could unfold into gigabytes. Fix: write each value out in full, without anchors (&name) and aliases (*name).`,
    filePath,
    line,
  );
}

/** A number not in plain decimal, or a control character an escape wrote, fails at its line and field. */
function rejectYamlValueProblem(yaml: string, filePath: string, firstLine: number) {
  const problem = findYamlValueProblem(yaml);
  if (problem === undefined) return;
  const line = problem.line + firstLine - 1;
  throw new RecordFileError(
    `${filePath}:${line}:${problem.column}: ${problem.field}: ${problem.message}.`,
    filePath,
    line,
    problem.column,
  );
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown file's frontmatter, parsed, and its body with blank lines in place of the frontmatter,
 * so that the body's line numbers equal the file's.
 */
export function readFrontmatter(text: string, filePath: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    throw new RecordFileError(
      `${filePath}:1: the file must start with a frontmatter block between two "---" lines. Fix: see docs/content-format.md.`,
      filePath,
      1,
    );
  }
  const yaml = match[1] ?? '';
  const data = parseRecordYaml(yaml, filePath, 2);
  const blankLines = '\n'.repeat(match[0].split('\n').length - 1);
  return { data, body: blankLines + text.slice(match[0].length) };
}
