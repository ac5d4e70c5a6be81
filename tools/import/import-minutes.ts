import { furnitureLines } from './furniture.ts';
import { parseHeader, PUBLISHER_PLACEHOLDER, type ImportOptions } from './header.ts';
import { Ledger } from './ledger.ts';
import { outline, sourceLines } from './outline.ts';
import { listedLabelsOf, parseProceedings } from './proceedings.ts';
import { checkTurns } from './turn-check.ts';
import type { Draft, KnownRecord, Piece, PieceKind } from './types.ts';

/**
 * Turns the text of a 議事要旨 or 議事概要 into a draft meeting record, matching names against the
 * record. Pure: reads no files, so tests can feed it variations of the sources.
 */
export function importMinutes(text: string, record: KnownRecord, options: ImportOptions = {}): Draft {
  const ledger = new Ledger();
  const all = sourceLines(text);
  const furniture = furnitureLines(all);
  for (const line of furniture) ledger.add(line.number, line.text, 'artefact');
  const outlined = outline(all.filter((line) => !furniture.has(line)));
  const header = parseHeader(outlined, record, ledger, options);
  const { proceedings } = outlined;
  ledger.add(proceedings.line.number, proceedings.head, 'structure');
  const proceedingsLines = [
    ...(proceedings.rest.trim() ? [{ ...proceedings.line, text: proceedings.rest }] : []),
    ...proceedings.lines,
  ];
  const { items, agenda } = parseProceedings(proceedingsLines, header, ledger);
  const turns = checkTurns(proceedingsLines, items, listedLabelsOf(header));
  // Source order is line order, and sort() is stable, so the parts of one line keep their order.
  const pieces = [...ledger.pieces].sort((a, b) => a.line - b.line);
  const slug = `${header.date}-${header.body}-${String(header.session).padStart(2, '0')}`;
  const stubs = [...header.matcher.stubs];
  if (header.newBody) {
    stubs.push({
      collection: 'bodies',
      slug: header.body,
      name: header.bodyName,
      ...(header.publisher === PUBLISHER_PLACEHOLDER ? {} : { ministry: header.publisher }),
      reason: 'the title names no body in content/bodies/',
    });
  }
  const warnings = [...new Set([...header.warnings, ...header.matcher.warnings])];
  for (const piece of pieces.filter((p) => p.kind === 'unclassified'))
    warnings.push(`line ${piece.line}: unclassified: ${piece.text.trim()}`);
  return {
    slug,
    title: header.title,
    body: header.body,
    session: header.session,
    date: header.date,
    ...(header.start ? { start: header.start } : {}),
    ...(header.end ? { end: header.end } : {}),
    ...(header.venue ? { venue: header.venue } : {}),
    attendees: header.attendees,
    materials: header.materials,
    agenda: header.agenda.length > 0 ? header.agenda : agenda,
    source: { title: header.sourceTitle, publisher: header.publisher, date: header.date, file: `${slug}.txt` },
    items,
    stubs,
    warnings,
    pieces,
    turns,
  };
}

/** Non-whitespace characters of the source by where they went, for the CLI's summary. */
export function characterCounts(pieces: readonly Piece[]): Partial<Record<PieceKind | 'total', number>> {
  const counts: Partial<Record<PieceKind | 'total', number>> = { total: 0 };
  for (const piece of pieces) {
    const length = piece.text.replace(/\s/g, '').length;
    counts[piece.kind] = (counts[piece.kind] ?? 0) + length;
    counts.total = (counts.total ?? 0) + length;
  }
  return counts;
}
