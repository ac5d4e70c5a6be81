import { Ledger, parseHeader } from './header.ts';
import { outline, sourceLines } from './layout.ts';
import { parseProceedings } from './proceedings.ts';
import type { Draft, KnownRecord, Piece, PieceKind } from './types.ts';

/**
 * Turns the decoded text of a 議事要旨 into a draft meeting record, matching names against the
 * record. Pure: reads no files, so tests can feed it variations of the sources.
 */
export function importMinutes(text: string, record: KnownRecord): Draft {
  const ledger = new Ledger();
  const outlined = outline(sourceLines(text));
  const header = parseHeader(outlined, record, ledger);
  const { items, agenda } = parseProceedings(outlined, header, ledger);
  // Page numbers are set aside as they are met; source order is line order, and sort() is stable.
  const pieces = [...ledger.pieces].sort((a, b) => a.line - b.line);
  const slug = `${header.date}-${header.body}-${String(header.session).padStart(2, '0')}`;
  const stubs = [...header.matcher.stubs];
  if (header.body === 'new-body') {
    stubs.push({
      collection: 'bodies',
      slug: 'new-body',
      name: header.bodyName,
      ministry: header.publisher,
      reason: 'the title names no body in content/bodies/',
    });
  }
  const unclassified = pieces.filter((piece) => piece.kind === 'unclassified');
  // A speaker who talks twice is one finding, not two.
  const warnings = [...new Set(header.warnings)];
  for (const piece of unclassified) warnings.push(`line ${piece.line}: unclassified: ${piece.text.trim()}`);
  return {
    slug,
    layout: outlined.layout,
    title: header.title,
    body: header.body,
    session: header.session,
    date: header.date,
    ...(header.start ? { start: header.start } : {}),
    ...(header.end ? { end: header.end } : {}),
    ...(header.venue ? { venue: header.venue } : {}),
    attendees: header.attendees,
    materials: header.materials,
    agenda,
    source: { title: header.sourceTitle, publisher: header.publisher, date: header.date, file: `${slug}.txt` },
    items,
    stubs,
    warnings,
    pieces,
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
