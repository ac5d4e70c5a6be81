import { characterCounts } from './import-minutes.ts';
import type { QuotedLine, TurnCheck } from './turn-check.ts';
import type { Draft } from './types.ts';

const quoted = (items: QuotedLine[]) => items.map(({ line, text }) => `line ${line}: ${text}`);

/** Speaker markers against turns: the check that the speakers, not only the characters, came through. */
function turnLines(check: TurnCheck, section: (title: string, items: string[]) => string[]): string[] {
  const { markers, namingMarkers, turns, unattributed, notTurns, lost } = check;
  const lines = [
    `speakers: ${markers} speaker markers in the source (${namingMarkers} naming a speaker), ${turns} turns written, ${turns - unattributed.length} attributed`,
  ];
  if (lost.length > 0 || unattributed.length > 0 || namingMarkers > turns)
    lines.push(
      `WARNING: the markers and the turns disagree: ${lost.length} markers naming a speaker opened no turn, ` +
        `${unattributed.length} turns have no speaker. Check the lines below before anything else.`,
    );
  lines.push(...section(`Markers naming a speaker that opened no turn (${lost.length}):`, quoted(lost)));
  lines.push(...section(`Turns not attributed to anyone (${unattributed.length}):`, quoted(unattributed)));
  const notes = notTurns.filter((marker) => !lost.includes(marker));
  lines.push(...section(`Marker lines that name no speaker, kept as notes (${notes.length}):`, quoted(notes)));
  return lines;
}

/**
 * What the importer understood, for the editor: counts, what it could not classify, attendees that
 * look wrong, and the lossless figure, which says only that nothing was dropped, not that the
 * structure is right.
 */
export function importReport(draft: Draft, sourceText: string): string {
  const count = (type: string) => draft.items.filter((item) => item.type === type).length;
  const people = draft.attendees.flatMap((group) => group.members);
  const organizations = people.filter((member) => 'organization' in member.party).length;
  const { total = 0, ...byKind } = characterCounts(draft.pieces);
  const sourceCharacters = sourceText.replace(/\s/g, '').length;
  const unclassified = draft.warnings.filter((warning) => warning.includes(': unclassified: '));
  const suspicious = draft.warnings.filter((warning) => warning.includes(' looks wrong'));
  const others = draft.warnings.filter((warning) => !unclassified.includes(warning) && !suspicious.includes(warning));
  const lines = [
    `${draft.title} (session ${draft.session}, ${draft.date}${draft.start ? ` ${draft.start}–${draft.end ?? ''}` : ''}), published by ${draft.source.publisher}`,
    `attendees: ${people.length} in ${draft.attendees.length} groups (${people.length - organizations} people, ${organizations} organizations)`,
    `proceedings: ${count('statement')} statements, ${count('presentation')} presentations, ${count('note')} notes, ${count('heading')} headings; ${draft.stubs.length} stubs`,
    `lossless: ${total} of ${sourceCharacters} non-whitespace source characters are in the draft or set aside as structure (${Object.entries(
      byKind,
    )
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')})`,
  ];
  if (count('statement') + count('presentation') === 0)
    lines.push('No statements were found: check the proceedings by hand.');
  const section = (title: string, items: string[]) =>
    items.length > 0 ? [title, ...items.map((item) => `  ${item}`)] : [];
  lines.push(...turnLines(draft.turns, section));
  lines.push(...section(`Unclassified lines (${unclassified.length}), kept in the draft as notes:`, unclassified));
  lines.push(...section(`Attendees that look wrong (${suspicious.length}):`, suspicious));
  lines.push(...section(`To check (${others.length}):`, others));
  if (draft.warnings.length === 0) lines.push('Everything in the source was classified.');
  return lines.join('\n');
}
