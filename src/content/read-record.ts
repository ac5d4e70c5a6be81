/**
 * The record as plain scripts read it: the tools (`npm run draft`, the bench's truth) and the tests.
 * The same strict file reading (loaders/content-files.ts), the same parsing and the same schemas as
 * the site's loaders, without Astro: the schemas get `plainReference` in place of astro:content's
 * `reference()`. No side effects on import; every function reads only what it is asked to.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { kindNames, kinds } from '~/record/kinds';
import type { IntegrityProblem } from '~/record/integrity';
import type { CollectionName, RecordEntries } from '~/record/types';
import { listSourceFiles } from './loaders/source-files';
import { readMeetingFile, rejectDateOtherThanFileName, rejectSameMeetingTwice } from './loaders/meetings-loader';
import {
  listRecordFiles,
  meetingFileName,
  parseRecordYaml,
  readFrontmatter,
  readRecordText,
  RecordFileError,
  slugFileName,
  type FileNameRule,
  type RecordFile,
} from './loaders/content-files';
import type { Reference } from './schemas/common';
import { recordSchemas } from './schemas/index';

/** Astro's `reference()` as far as the schemas rely on it: a slug in, `{ collection, id }` out, as Astro stores it. */
export const plainReference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as Reference;

/** The schemas the site validates with, built on `plainReference`. */
export const plainSchemas = recordSchemas(plainReference);

/** An entry as the plain reader gives it: topics keep their Markdown body, the editorial summary. */
export interface PlainEntry {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
  body?: string;
}

const fileRule = (kind: CollectionName): FileNameRule =>
  kind === 'meetings' ? meetingFileName : slugFileName(`.${kinds[kind].extension}`);

/** The record files of one type in a content folder, named and listed as the site's loaders require. */
export function listKindFiles(contentDir: string, kind: CollectionName): RecordFile[] {
  const folder = pathToFileURL(`${resolve(contentDir, kinds[kind].folder)}/`);
  return listRecordFiles(folder, pathToFileURL(`${process.cwd()}/`), fileRule(kind));
}

/** A record file's data before its schema: decoded strictly, YAML or frontmatter parsed, proceedings read. */
export function readUnvalidated(kind: CollectionName, text: string, filePath: string): { data: Record<string, unknown>; body?: string } {
  if (kind === 'meetings') return { data: readMeetingFile(text, filePath).data };
  if (kinds[kind].extension === 'yaml') return { data: parseRecordYaml(text, filePath) };
  const { data, body } = readFrontmatter(text, filePath);
  return { data, body: body.trim() };
}

/** A file's data through its type's schema: the validated data, or what the schema refuses, each with its field (and line). */
export function validateEntry(
  kind: CollectionName,
  data: Record<string, unknown>,
  filePath: string,
): { data: Record<string, unknown>; problems: [] } | { data?: undefined; problems: IntegrityProblem[] } {
  const result = plainSchemas[kind].safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path
      .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
      .join('');
    const [message = issue.message, fix = 'see docs/content-format.md.'] = issue.message.split(/\.? Fix: /);
    return { file: filePath, field: describeItemField(field, data), message, fix };
  });
  return { problems };
}

/** A field inside the proceedings, with the item's line and ID, as the integrity check words it. */
function describeItemField(field: string, data: Record<string, unknown>): string {
  const match = /^proceedings\[(\d+)\]/.exec(field);
  const items = data['proceedings'];
  if (!match || !Array.isArray(items)) return field;
  const item = items[Number(match[1])] as { line?: number; id?: string } | undefined;
  return item?.line ? `${field} (line ${item.line}, #${item.id ?? ''})` : field;
}

/** One record file read and validated as the site would, or an error naming the file, the field and the fix. */
export function readEntry(kind: CollectionName, file: RecordFile): PlainEntry {
  const { data: unvalidated, body } = readUnvalidated(kind, readRecordText(file), file.filePath);
  const { data, problems } = validateEntry(kind, unvalidated, file.filePath);
  if (!data) {
    const list = problems.map((p) => `- ${p.field}: ${p.message}. Fix: ${p.fix}`).join('\n');
    throw new RecordFileError(`${file.filePath}: does not match the ${kind} schema:\n${list}`, file.filePath);
  }
  if (kind === 'meetings') rejectDateOtherThanFileName(file.id, data, file.filePath);
  return { id: file.id, data, filePath: file.filePath, ...(body === undefined ? {} : { body }) };
}

/** Entries in the order Astro's collections give them: its data store keeps them sorted by ID, with `localeCompare`. */
const inCollectionOrder = (entries: PlainEntry[]) => entries.sort((a, b) => a.id.localeCompare(b.id));

/** The whole record in a content folder, read and validated as a build reads it (not yet checked as a whole). */
export function readRecordEntries(contentDir: string): RecordEntries {
  const entries = Object.fromEntries(
    kindNames.map((kind) => [
      kind,
      inCollectionOrder(listKindFiles(contentDir, kind).map((file) => readEntry(kind, file))),
    ]),
  ) as Record<CollectionName, PlainEntry[]>;
  rejectSameMeetingTwice(entries.meetings);
  return { ...entries, sourceFiles: listSourceFiles(contentDir) } as unknown as RecordEntries;
}
