import { createHash } from 'node:crypto';

/**
 * Versions are computed from content only, never from a clock, so the same commit always builds
 * the same site and a citation's version ID names exactly the text it was made from.
 */

/** JSON with object keys sorted, so that the hash does not depend on key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** A short content hash: 12 hex digits of SHA-256, enough to tell versions of one page apart. */
export function versionId(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 12);
}

/** One commit that changed content/. */
export interface ContentChange {
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  subject: string;
  /** Paths changed, relative to the repository root. */
  files: string[];
}

/** The record separator that starts each commit in the output of GIT_LOG_ARGS. */
const COMMIT_MARK = '\u001e';

/** Arguments for `git log` whose output parseGitLog reads. */
export const GIT_LOG_ARGS = ['log', `--format=${COMMIT_MARK}%H%x09%cs%x09%s`, '--name-only', '--no-renames'];

/** Parses `git log` output made with GIT_LOG_ARGS, newest commit first. */
export function parseGitLog(output: string): ContentChange[] {
  return output
    .split(COMMIT_MARK)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header = '', ...files] = chunk.split('\n');
      const [commit = '', date = '', ...subject] = header.split('\t');
      return { commit, date, subject: subject.join('\t'), files: files.filter((f) => f.trim() !== '') };
    });
}

/** The date each file last changed, from a log that lists the newest commit first. */
export function lastChangedByFile(changes: ContentChange[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const change of changes) for (const file of change.files) if (!dates.has(file)) dates.set(file, change.date);
  return dates;
}

/** The latest of some YYYY-MM-DD dates (they sort as text). */
export const latestDate = (dates: string[]): string => dates.reduce((a, b) => (b > a ? b : a), '');
