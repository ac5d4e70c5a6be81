/**
 * One pass over the other meetings' text, without parsing them: the files that may be the same
 * meeting (same body and session, confirmed by the build's own check afterwards; only each file's
 * head is read) and, for each wanted term, how many of the TERM_WINDOW meetings nearest in date
 * hold it, so that the answer's time does not grow with the archive.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { RecordFile } from '../../src/content/loaders/content-files.ts';
import { rawText } from './record-around.ts';

/** How many meetings, nearest in date, the term counts look at. */
export const TERM_WINDOW = 200;

/** The first bytes of a file: where a meeting's frontmatter names its body and session. */
function head(file: RecordFile, bytes = 2048): string {
  const descriptor = openSync(file.url, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(descriptor, buffer, 0, bytes, 0));
  } finally {
    closeSync(descriptor);
  }
}

const FRONTMATTER_END = /\n---[ \t]*\r?\n/;

/** The value of a top-level frontmatter key, as written. */
const topLevel = (frontmatter: string, key: string) =>
  new RegExp(`^${key}:[ \\t]*["']?([^"'\\n#]*?)["']?[ \\t]*(?:#.*)?$`, 'm').exec(frontmatter)?.[1];

export interface OtherMeetings {
  /** Files whose frontmatter names the same body and session. */
  sameSession: RecordFile[];
  /** For each wanted term, the number of meetings of the window whose text holds it. */
  termMeetings: Map<string, number>;
  /** How many meetings the window holds. */
  window: number;
}

export function scanOtherMeetings(
  others: readonly RecordFile[],
  meeting: { id: string; body: string; session: string },
  wanted: ReadonlySet<string>,
): OtherMeetings {
  const sameSession = others.filter((file) => {
    const frontmatter = head(file);
    return topLevel(frontmatter, 'body') === meeting.body && topLevel(frontmatter, 'session') === meeting.session;
  });
  const termMeetings = new Map<string, number>();
  // One pattern for every wanted term, longest first: one pass over each file, whatever the number of terms.
  const escaped = [...wanted].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const terms = escaped.length > 0 ? new RegExp(escaped.join('|'), 'gu') : undefined;
  const window = nearest(others, meeting.id);
  for (const file of terms ? window : []) {
    const text = rawText(file);
    // Directive lines hold slugs and labels, not the minutes' words.
    const words = text
      .slice(FRONTMATTER_END.exec(text)?.index ?? 0)
      .replace(/^:::.*$/gm, '')
      .normalize('NFKC')
      .toLowerCase();
    for (const term of new Set(words.match(terms ?? /$^/g))) termMeetings.set(term, (termMeetings.get(term) ?? 0) + 1);
  }
  return { sameSession, termMeetings, window: window.length };
}

/** The TERM_WINDOW meetings nearest in date to `id` (file names start with the date). */
function nearest(others: readonly RecordFile[], id: string): RecordFile[] {
  const sorted = [...others].sort((a, b) => a.id.localeCompare(b.id));
  const at = sorted.findIndex((file) => file.id > id);
  const position = at === -1 ? sorted.length : at;
  const start = Math.max(0, Math.min(position - TERM_WINDOW / 2, sorted.length - TERM_WINDOW));
  return sorted.slice(start, start + TERM_WINDOW);
}
