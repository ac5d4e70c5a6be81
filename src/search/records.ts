/**
 * The files the search page reads beside Pagefind's: the statement map (LAYOUT_FILE, layout.ts)
 * and one file per record (RECORD_FOLDER/<n>.json) with what its results show and each segment's
 * own filters, loaded only for the results that need them. Shared by the build, which writes them,
 * and the browser, which reads them.
 */
import type { Kind, SearchRecord, SearchSegment } from './documents';

export const LAYOUT_FILE = 'layout.json';
export const RECORD_FOLDER = 'record';
/** Pagefind's sort key that holds each record's number (its date order, newest first). */
export const ORDER_SORT = 'n';

export type RecordFile = Omit<SearchRecord, 'body'>;

/** What the browser needs of a record: all but what only the index needs. */
export function recordFile(record: SearchRecord): RecordFile {
  const { body: _body, ...rest } = record;
  return rest;
}

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

/** A segment of a loaded record as a result shows it: statements link to their anchor. */
export function segmentView(file: RecordFile, segment: number): SegmentView {
  const own = file.segments[segment];
  if (!own) throw new Error(`record ${file.url} has no segment ${String(segment)}`);
  const url = own.anchor === undefined ? file.url : `${file.url}#${own.anchor}`;
  return {
    url,
    kind: own.kind,
    title: own.kind === 'statement' ? `${own.label ?? ''} #${own.anchor ?? ''}` : file.title,
    ...(file.meeting !== undefined ? { meeting: file.meeting } : {}),
    ...(file.date !== undefined ? { date: file.date } : {}),
    segment: own,
  };
}
