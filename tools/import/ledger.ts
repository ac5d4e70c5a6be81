import type { Piece, PieceKind, SourceLine } from './types.ts';

/** Records where each part of a line went, in order; see Piece. */
export class Ledger {
  readonly pieces: Piece[] = [];
  add(line: number, text: string, kind: PieceKind): void {
    if (text.trim() !== '') this.pieces.push({ line, text, kind });
  }
  /** A line split into consecutive parts, each with its kind. */
  split(line: SourceLine, parts: [string, PieceKind][]): void {
    for (const [text, kind] of parts) this.add(line.number, text, kind);
  }
}
