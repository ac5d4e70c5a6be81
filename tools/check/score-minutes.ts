import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ImportError } from '../import/errors.ts';
import { importMinutes } from '../import/import-minutes.ts';
import { readKnownRecord } from '../import/known-record.ts';
import { readMinutes } from '../import/read-input.ts';
import { draftFiles } from '../import/write-draft.ts';
import { type Expectation, type Score, scoreDraft } from './score-draft.ts';

export type MinutesScore = Score | { refused: string; right: false };

/** The expectations beside a folder of minutes (expect.json, as in ../shared/minutes/). */
export const readExpectations = (folder: string) =>
  JSON.parse(readFileSync(join(folder, 'expect.json'), 'utf8')) as Record<string, Expectation>;

/**
 * Imports one file of minutes as `npm run import` does, against the record in content/, and scores
 * the draft. A refusal is a score too: the importer's message, for the report.
 */
export async function scoreMinutesFile(
  path: string,
  expected: Expectation,
  contentDir = 'content',
): Promise<MinutesScore> {
  let files;
  try {
    const { text } = await readMinutes(readFileSync(path), path);
    files = draftFiles(importMinutes(text, readKnownRecord(contentDir)), text);
  } catch (error) {
    if (error instanceof ImportError) return { refused: error.message, right: false };
    throw error;
  }
  const meeting = files.find((file) => file.path.startsWith('meetings/'));
  if (!meeting) return { refused: 'no meeting draft written', right: false };
  // The publisher is an organization slug: a stub the draft wrote, or one of the record's.
  const organizationName = (slug: string) => {
    const stub = files.find((file) => file.path === `organizations/${slug}.yaml`)?.contents;
    const recorded = join(contentDir, 'organizations', `${slug}.yaml`);
    const yaml = stub ?? (existsSync(recorded) ? readFileSync(recorded, 'utf8') : undefined);
    const name = yaml === undefined ? undefined : (parseYaml(yaml) as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : undefined;
  };
  return scoreDraft(meeting.contents, expected, organizationName);
}

/** Files whose expectations are the same meeting's: editions of one record (法務省's text and PDF). */
export function editionsOfOneMeeting(expectations: Record<string, Expectation>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [name, expected] of Object.entries(expectations)) {
    const key = JSON.stringify(expected);
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()].filter((names) => names.length > 1);
}
