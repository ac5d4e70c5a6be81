import type { Citable } from '~/citation/citables';
import { fileFormats } from '~/citation/entries';
import { formatInfo } from '~/citation/format';
import type { DerivedRecord } from '~/record/derive';
import type { Meeting } from '~/record/types';
import { pageCount, pageOf, pageParam } from '~/site/pagination';
import { citationFileUrl, meetingUrl, sitePath, statementPageUrl } from '~/site/urls';
import { meetingList } from './paged';
import { required } from './shared';

/** Former statement anchors of each meeting page (registry/redirects.json), by page path. */
type AnchorAliases = ReadonlyMap<string, Map<string, string[]>>;

/** Every meeting page, with its body, publisher, materials and citation resolved. */
export function meetingPaths(record: DerivedRecord, citableAt: (path: string) => Citable, aliases: AnchorAliases) {
  return record.meetingsByDate.map((meeting) => ({
    params: { meeting: meeting.id },
    props: meetingPage(record, meeting, citableAt, aliases),
  }));
}
export type MeetingPage = ReturnType<typeof meetingPaths>[number]['props'];

function meetingPage(
  record: DerivedRecord,
  meeting: Meeting,
  citableAt: (path: string) => Citable,
  aliases: AnchorAliases,
) {
  const { data } = meeting;
  return {
    meeting,
    index: required(record.byMeeting, meeting.id, 'meeting'),
    body: required(record.bodies, data.body.id, 'body'),
    publisher: required(record.organizations, data.source.publisher.id, 'organization'),
    materials: new Map(data.materials.map((m) => [m.id, m])),
    labels: new Map(data.proceedings.flatMap((item) => ('label' in item ? [[item.id, item.label] as const] : []))),
    citable: citableAt(meetingUrl(meeting.id)),
    citationFiles: citationFileLinks(meeting.id),
    // The registry names pages by site path, without the base path.
    aliases: aliases.get(sitePath(meetingUrl(meeting.id)) ?? '') ?? new Map<string, string[]>(),
    topHeadingDepth: data.proceedings.reduce(
      (top, item) => (item.type === 'heading' ? Math.min(top, item.depth) : top),
      3,
    ),
    spokenItems: data.proceedings.filter((item) => item.type === 'statement' || item.type === 'presentation'),
  };
}

/**
 * Every statement and presentation page. The statement rides along as a prop: finding it again
 * per page would make the build quadratic.
 */
export function statementPaths(record: DerivedRecord, citableAt: (path: string) => Citable) {
  return record.spoken.map(({ meeting, item }) => ({
    params: { meeting: meeting.id, item: item.id },
    props: {
      meeting,
      item,
      citable: citableAt(statementPageUrl(meeting.id, item.id)),
      citationFiles: citationFileLinks(meeting.id),
      topics: item.topics.flatMap((t) => record.topics.get(t.id) ?? []),
    },
  }));
}
export type StatementPage = ReturnType<typeof statementPaths>[number]['props'];

/**
 * The numbered pages of every meeting, newest first (the list of every meeting would be
 * megabytes at archive scale): each meeting with its body and how many items were spoken.
 */
export function meetingListPaths(record: DerivedRecord) {
  const list = meetingList(record);
  const pages = pageCount(list);
  return Array.from({ length: pages }, (_, i) => ({
    params: { page: pageParam(i + 1) },
    props: {
      page: i + 1,
      pages,
      total: list.items.length,
      rows: pageOf(list, i + 1).map((meeting) => ({
        meeting,
        body: record.bodies.get(meeting.data.body.id),
        statements: record.byMeeting.get(meeting.id)?.spokenCount ?? 0,
      })),
    },
  }));
}
export type MeetingListPage = ReturnType<typeof meetingListPaths>[number]['props'];

/** The meeting's files of BibTeX, RIS and CSL-JSON (/cite/), as the cite panels link them. */
export const citationFileLinks = (meeting: string) =>
  fileFormats.map((format) => ({ format, href: citationFileUrl(meeting, formatInfo[format].extension) }));

/**
 * Each meeting's citation files, one per machine format: the meeting's entry, then each spoken
 * item's, in the order of the proceedings. Statement pages carry SIST02 and APA and link here.
 */
export function citationFilePaths(record: DerivedRecord, citableAt: (path: string) => Citable) {
  const spoken = Map.groupBy(record.spoken, ({ meeting }) => meeting.id);
  return record.meetingsByDate.flatMap((meeting) => {
    const citables = [
      citableAt(meetingUrl(meeting.id)),
      ...(spoken.get(meeting.id) ?? []).map(({ item }) => citableAt(statementPageUrl(meeting.id, item.id))),
    ];
    return fileFormats.map((format) => ({
      params: { file: `${meeting.id}.${formatInfo[format].extension}` },
      props: { format, citables },
    }));
  });
}
export type CitationFilePage = ReturnType<typeof citationFilePaths>[number]['props'];
