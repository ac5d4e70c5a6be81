/**
 * The files the search page reads beside Pagefind's: the statement map (LAYOUT_FILE, layout.ts)
 * and each record's file in parts (RESULT_FOLDER/<n>/<part>.json) with what its results show and
 * each segment's own filters, loaded only for the results that need them. Shared by the build, which writes them,
 * and the browser, which reads them.
 */
import type { Kind, SearchDocument, SearchSegment } from './documents';

export const LAYOUT_FILE = 'layout.json';
export const RESULT_FOLDER = 'record';
/** Pagefind's sort key that holds each record's number (its date order, newest first). */
export const ORDER_SORT = 'n';

/** Segments per record file: a result loads the part of its record that holds it. */
export const PART_SEGMENTS = 8;

/** One part of a record, as RESULT_FOLDER/<n>/<part>.json holds it: the record and PART_SEGMENTS of its segments from `first`. */
export interface ResultPart {
  url: string;
  kind: Kind;
  title: string;
  meeting?: string;
  date?: string;
  first: number;
  segments: SearchSegment[];
}

/** The parts of a record's file, in order. */
export function resultParts(record: SearchDocument): ResultPart[] {
  const head = {
    url: record.url,
    kind: record.kind,
    title: record.title,
    ...(record.meeting !== undefined ? { meeting: record.meeting } : {}),
    ...(record.date !== undefined ? { date: record.date } : {}),
  };
  const parts: ResultPart[] = [];
  for (let first = 0; first < record.segments.length; first += PART_SEGMENTS) {
    parts.push({ ...head, first, segments: record.segments.slice(first, first + PART_SEGMENTS) });
  }
  return parts;
}

/** The path of the part of record `record` that holds segment `segment`, under the index folder. */
export const partPath = (record: number, segment: number) =>
  `${RESULT_FOLDER}/${String(record)}/${String(Math.floor(segment / PART_SEGMENTS))}.json`;

/** A result: one segment of one record, by the record's number and the segment's place in it. */
export interface SegmentRef {
  record: number;
  segment: number;
}

export interface SegmentView {
  url: string;
  kind: Kind;
  title: string;
  meeting?: string;
  date?: string;
  segment: SearchSegment;
}

/** A segment of a loaded part as a result shows it: statements link to their anchor. */
export function segmentView(part: ResultPart, segment: number): SegmentView {
  const own = part.segments[segment - part.first];
  if (!own) throw new Error(`record ${part.url} has no segment ${String(segment)} in this part`);
  const url = own.anchor === undefined ? part.url : `${part.url}#${own.anchor}`;
  return {
    url,
    kind: own.kind,
    title: own.kind === 'statement' ? `${own.label ?? ''} #${own.anchor ?? ''}` : part.title,
    ...(part.meeting !== undefined ? { meeting: part.meeting } : {}),
    ...(part.date !== undefined ? { date: part.date } : {}),
    segment: own,
  };
}
