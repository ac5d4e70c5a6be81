import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEHOLDER_MARK } from '~/content/schemas/placeholder';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { importMinutes } from '../../tools/import/import-minutes';
import { readKnownRecord } from '../../tools/import/known-record';
import type { Draft } from '../../tools/import/types';
import { renderMeeting } from '../../tools/import/write-draft';

export const SOURCES = {
  soumu: '2017-03-27-soumu-cybersecurity-task-force-03',
  meti: '2019-08-02-meti-wg1-layer2-task-force-01',
} as const;

export const record = readKnownRecord('content');

export const sourceText = (name: string) => readFileSync(`content/sources/${name}.txt`, 'utf8');

export const importText = (text: string): Draft => importMinutes(text, record);

/** What the round trip compares: the attributed items, as the project's own parser reads them. */
export function spokenItems(markdownFile: string, path: string) {
  const { data } = readMeetingFile(markdownFile, path);
  const proceedings = data['proceedings'] as {
    type: string;
    id: string;
    text: string;
    speaker?: unknown;
    label?: string;
  }[];
  return proceedings
    .filter((item) => item.type === 'statement' || item.type === 'presentation')
    .map(({ type, id, text, speaker, label }) => ({ type, id, text, speaker, label }));
}

export const draftItems = (draft: Draft) => spokenItems(renderMeeting(draft), `${draft.slug}.md (draft)`);

const nonWhitespace = (text: string) => text.replace(/\s/g, '');

/**
 * Checks that nothing of the source was lost, and returns the count of its non-whitespace
 * characters by where they went.
 */
export function accountFor(source: string, draft: Draft, written: string): Record<string, number> {
  const pieces = draft.pieces;
  const ledger = nonWhitespace(pieces.map((piece) => piece.text).join(''));
  const expected = nonWhitespace(source);
  if (ledger !== expected) {
    let at = 0;
    while (ledger[at] === expected[at]) at += 1;
    throw new Error(
      `the pieces are not the source, in order, from "${expected.slice(at, at + 20)}" (pieces have "${ledger.slice(at, at + 20)}")`,
    );
  }
  // Escapes are Markdown's, not text: the parsed statement has none.
  const output = nonWhitespace(written)
    .replace(/\\([\\`*_<[\]:#>+&-])/g, '$1')
    .replace(/&quot;/g, '"');
  const verbatim = new Set(['field', 'statement', 'heading', 'note', 'unclassified']);
  const missing = pieces.filter((piece) => verbatim.has(piece.kind) && !output.includes(nonWhitespace(piece.text)));
  if (missing.length > 0) {
    throw new Error(`not in the draft: ${missing.map((piece) => `line ${piece.line} "${piece.text}"`).join('; ')}`);
  }
  const counts: Record<string, number> = { total: nonWhitespace(source).length };
  for (const piece of pieces) counts[piece.kind] = (counts[piece.kind] ?? 0) + nonWhitespace(piece.text).length;
  return counts;
}

/** Schema issues other than the importer's placeholders and doubts, which an editor must settle before a build. */
export const withoutPlaceholders = (issues: { message: string; path: PropertyKey[] }[]) =>
  issues.filter(
    (issue) =>
      !issue.message.includes("is still the importer's placeholder") &&
      !issue.message.includes('the importer doubted who speaks'),
  );

/** Does what the editor does before the record builds: writes the editorial text the importer left as placeholders. */
export function fillPlaceholders(contentDir: string): void {
  for (const collection of ['meetings', 'people', 'organizations', 'bodies']) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      // An editor also decides each doubted speaker; here the importer's guess is kept.
      const filled = text
        .replace(new RegExp(`^(title_en|name_en): ["']?${PLACEHOLDER_MARK}.*$`, 'gm'), '$1: Written by an editor')
        .replace(/ doubt="[^"]*"/g, '');
      if (filled !== text) writeFileSync(path, filled);
    }
  }
}
