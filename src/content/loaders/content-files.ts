/**
 * Reading the files of the record strictly: every loader lists, decodes and parses its files here,
 * so that a bad name, a bad byte or bad YAML fails the build naming the file and the line, where
 * Astro's glob() loader would skip the file, replace the byte with U+FFFD or name its YAML parser.
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';

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
 */
export async function listRecordFiles(folder: URL, root: URL, rule: FileNameRule): Promise<RecordFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: RecordFile[] = [];
  const problems: { file: string; message: string }[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const url = new URL(encodeURIComponent(entry.name), folder);
    const filePath = relative(fileURLToPath(root), fileURLToPath(url));
    const id = entry.name.slice(0, -rule.extension.length);
    if (entry.name.startsWith('.') && !entry.name.endsWith(rule.extension)) continue;
    if (!entry.isFile() || !entry.name.endsWith(rule.extension)) {
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

/**
 * A record file's largest size: dozens of times the longest real meeting file, a fraction of what
 * makes a page too big for a browser to open.
 */
export const MAX_RECORD_FILE_BYTES = 2_000_000;

/** Characters that are never text: NUL and the other C0 controls but tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\0-\x08\v\f\x0e-\x1f\x7f]/;

/**
 * The text of a record file. The record promises its text verbatim, so a byte that is not UTF-8
 * (0xFF) or a control character (NUL) fails with the file and line instead of being published as
 * U+FFFD or as an invisible character.
 */
export async function readRecordText(file: Pick<RecordFile, 'url' | 'filePath'>): Promise<string> {
  const bytes = await readFile(file.url);
  if (bytes.length > MAX_RECORD_FILE_BYTES) {
    throw new RecordFileError(
      `${file.filePath}: the file has ${bytes.length.toLocaleString('en')} bytes, more than the ${MAX_RECORD_FILE_BYTES.toLocaleString('en')} a record file may have; its page would be too big to open. Fix: check that it holds one record and no pasted file; split a very long meeting's minutes at the source's own parts.`,
      file.filePath,
    );
  }
  return decodeRecordText(bytes, file.filePath);
}

export function decodeRecordText(bytes: Uint8Array, filePath: string): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
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
  const control = CONTROL_CHARACTER.exec(text);
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
