/**
 * The part of the record one meeting's checks need, read through the same reader as the tests and
 * the bench (src/content/read-record.ts): the meeting itself, the files it references, the
 * recommendations that point into it, the topics, and every other record file's name. Other
 * meetings are read as text only (their body and session, their terms), so the answer does not
 * wait on the archive's size.
 */
import { readFileSync } from 'node:fs';
import { listSourceFiles } from '../../src/content/loaders/source-files.ts';
import { listKindFiles, readUnvalidated, validateEntry, type PlainEntry } from '../../src/content/read-record.ts';
import { readRecordText, RecordFileError, type RecordFile } from '../../src/content/loaders/content-files.ts';
import { kindNames } from '../../src/record/kinds.ts';
import type { IntegrityProblem } from '../../src/record/integrity.ts';
import type { CollectionName } from '../../src/record/types.ts';

/** A record file read for the checks: its text, its data before and after the schema, what the schema refuses. */
export interface ReadFile {
  kind: CollectionName;
  file: RecordFile;
  text: string;
  unvalidated: Record<string, unknown>;
  body?: string | undefined;
  entry?: PlainEntry | undefined;
  problems: IntegrityProblem[];
}

/** Reads and validates one record file; a file that does not parse throws RecordFileError naming the line. */
export function readFile(kind: CollectionName, file: RecordFile): ReadFile {
  const text = readRecordText(file);
  const { data: unvalidated, body } = readUnvalidated(kind, text, file.filePath);
  const { data, problems } = validateEntry(kind, unvalidated, file.filePath);
  const entry = data
    ? { id: file.id, data, filePath: file.filePath, ...(body === undefined ? {} : { body }) }
    : undefined;
  return { kind, file, text, unvalidated, body, entry, problems };
}

/** Every record type's files by slug, and the refusals of names the build would make (a bad file name). */
export function listAll(contentDir: string): {
  files: Record<CollectionName, Map<string, RecordFile>>;
  refusals: RecordFileError[];
} {
  const refusals: RecordFileError[] = [];
  const files = Object.fromEntries(
    kindNames.map((kind) => {
      try {
        return [kind, new Map(listKindFiles(contentDir, kind).map((file) => [file.id, file]))];
      } catch (error) {
        if (!(error instanceof RecordFileError)) throw error;
        refusals.push(error);
        return [kind, new Map()];
      }
    }),
  ) as Record<CollectionName, Map<string, RecordFile>>;
  return { files, refusals };
}

/** The source files present, listed strictly as the build lists them. */
export const sourceFiles = (contentDir: string): string[] => listSourceFiles(contentDir);

/** The raw text of a record file, for the cheap scans over other meetings and recommendations. */
export const rawText = (file: RecordFile): string => readFileSync(file.url, 'utf8');

/** The slugs one record file references, by record type, found by the keys that hold references. */
export function referencesOf(data: unknown): Record<'people' | 'organizations' | 'bodies' | 'topics', Set<string>> {
  const found = {
    people: new Set<string>(),
    organizations: new Set<string>(),
    bodies: new Set<string>(),
    topics: new Set<string>(),
  };
  const kindOfKey: Record<string, keyof typeof found> = {
    person: 'people',
    organization: 'organizations',
    affiliation: 'organizations',
    publisher: 'organizations',
    ministry: 'organizations',
    body: 'bodies',
    topics: 'topics',
    suggestedTopics: 'topics',
  };
  const visit = (value: unknown, key: string | undefined) => {
    const kind = key === undefined ? undefined : kindOfKey[key];
    if (kind && typeof value === 'string') found[kind].add(value);
    else if (Array.isArray(value)) for (const v of value) visit(v, kind ? key : undefined);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(data, undefined);
  return found;
}
