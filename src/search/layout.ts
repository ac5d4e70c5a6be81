/**
 * The statement map: where each segment of a record (src/search/documents.ts) stands in its
 * Pagefind content, so that a match's position names its statement without loading anything.
 *
 * Each segment starts on a block boundary: its tokens (tokenize.ts), then words Pagefind skips (a
 * lone "-", which holds a position but no index entry) up to the next multiple of BLOCK. A segment
 * longer than one block takes several; the layout lists those, per record, in `long`. So a match at
 * position p is in the segment whose blocks hold p, and in the common case that is p / BLOCK.
 */
import { kindLabels } from './documents';

const STATEMENT_LABEL = kindLabels.statement;

/** Positions per block; see docs/search.md for why this size. */
export const BLOCK = 512;

/** The word Pagefind reads as a position and indexes as nothing. */
export const GAP = '-';

export interface Layout {
  block: number;
  /** Segments per record, by record number. */
  segments: number[];
  /** Record number → blocks per segment, only for records with a segment longer than a block. */
  long: Record<string, number[]>;
}

/** Blocks a segment of `positions` positions takes (an empty one takes one). */
export const blocksFor = (positions: number, block = BLOCK) => Math.max(1, Math.ceil(positions / block));

/** The block each segment of a record starts at. */
export function segmentBlocks(layout: Layout, record: number): number[] {
  const count = layout.segments[record] ?? 0;
  const long = layout.long[String(record)];
  if (!long) return Array.from({ length: count }, (_, s) => s);
  const starts: number[] = [];
  let at = 0;
  for (const blocks of long) {
    starts.push(at);
    at += blocks;
  }
  return starts;
}

/** The segment of a record that holds position `position`, or -1 past the last one. */
export function segmentAt(layout: Layout, record: number, position: number): number {
  const block = Math.floor(position / layout.block);
  const long = layout.long[String(record)];
  if (!long) return block < (layout.segments[record] ?? 0) ? block : -1;
  let at = 0;
  for (const [s, blocks] of long.entries()) {
    at += blocks;
    if (block < at) return s;
  }
  return -1;
}

/** Builds the layout from each record's segments' positions (records in index order). */
export function buildLayout(records: readonly (readonly number[])[], block = BLOCK): Layout {
  const long: Record<string, number[]> = {};
  records.forEach((positions, n) => {
    const blocks = positions.map((p) => blocksFor(p, block));
    if (blocks.some((b) => b > 1)) long[String(n)] = blocks;
  });
  return { block, segments: records.map((positions) => positions.length), long };
}

/**
 * Whether segment `segment` of a record that Pagefind's kind filter let through has the kind whose
 * label is `kindLabel`: a record's first segment is its page (a meeting, a topic, …), and the
 * others, meetings' only, are its statements and presentations.
 */
export const segmentHasKind = (kindLabel: string, segment: number) =>
  kindLabel === STATEMENT_LABEL ? segment > 0 : segment === 0;
