import { characterCounts } from './import-minutes.ts';
import type { Draft } from './types.ts';

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
  lines.push(...section(`Unclassified lines (${unclassified.length}), kept in the draft as notes:`, unclassified));
  lines.push(...section(`Attendees that look wrong (${suspicious.length}):`, suspicious));
  lines.push(...section(`To check (${others.length}):`, others));
  if (draft.warnings.length === 0) lines.push('Everything in the source was classified.');
  return lines.join('\n');
}
