import type { Citable, FileDates } from '~/citation/citables';
import { SITE_NAME } from '~/citation/citables';
import type { DerivedRecord } from '~/record/derive';
import type { Entry, Meeting } from '~/record/types';
import { latestDate } from '~/record/versions';
import { kindNames } from '~/record/kinds';
import { continuationPages, siteKinds } from './kinds';
import { aboutUrl, absoluteUrl, changesUrl, feedUrl, homeUrl, meetingUrl, sitemapFileUrl } from './urls';

/**
 * Characters XML 1.0 cannot hold, escaped or not: C0 controls but tab and line ends, a surrogate
 * without its partner, U+FFFE and U+FFFF. The record refuses them, but one in the feed would make
 * every reader drop the whole feed, so any that got past stands as U+FFFD.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]|\p{Cs}/gu;

const escapeXml = (text: string) =>
  text
    .replace(NOT_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Dates are days; feeds need instants, so a day is written as its start in Japan. */
const instant = (date: string) => `${date}T00:00:00+09:00`;

/**
 * Meetings in the feed. A feed reader asks for what is new, every hour or so: the whole archive
 * would be megabytes at each visit (docs/benchmarks.md). The open data (/data/meetings.json) lists
 * every meeting.
 */
export const FEED_ENTRIES = 50;

/**
 * An Atom feed of the meetings changed last, up to `size`, latest change first and, among
 * meetings changed on the same day, the latest meeting first: a meeting of years ago added to the
 * archive today is news to a subscriber. `updated` comes from content, not the build clock.
 */
export function meetingsAtom(
  record: DerivedRecord,
  citables: Map<string, Citable>,
  origin: string,
  size = FEED_ENTRIES,
): string {
  const lastChanged = (id: string) => citables.get(meetingUrl(id))?.lastChanged ?? '';
  const changed = (meeting: Meeting) => lastChanged(meeting.id) || meeting.data.date;
  const newestFirst = [...record.meetingsByDate].reverse();
  const updated = latestDate(newestFirst.map((m) => lastChanged(m.id)));
  // sort() is stable, so meetings changed on the same day stay newest first.
  const meetings = newestFirst.sort((a, b) => changed(b).localeCompare(changed(a))).slice(0, size);
  const entries = meetings.map((meeting) => {
    const url = absoluteUrl(meetingUrl(meeting.id), origin);
    const body = record.bodies.get(meeting.data.body.id)?.data.name ?? meeting.data.body.id;
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(meeting.data.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${instant(meeting.data.date)}</published>
    <updated>${instant(changed(meeting))}</updated>
    <author><name>${escapeXml(body)}</name></author>
    <summary>${escapeXml(`${meeting.data.date} ${body}（第${meeting.data.session}回）の議事要旨。${meeting.data.title_en}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
  <id>${escapeXml(absoluteUrl(feedUrl(), origin))}</id>
  <title>${escapeXml(SITE_NAME)}: 会議</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feedUrl(), origin))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(homeUrl(), origin))}"/>
  <updated>${instant(updated)}</updated>
${entries.join('\n')}
</feed>
`;
}

export interface SitemapEntry {
  path: string;
  lastmod: string;
}

/**
 * URLs per sitemap file: the sitemap protocol's limit (sitemaps.org). Its other limit, the file's
 * size, is never the first one our URLs reach.
 */
export const SITEMAP_FILE_URLS = 50_000;

export interface SitemapFile {
  /** Its number, from 1. */
  number: number;
  /** Its site path. */
  path: string;
  /** The latest `lastmod` of its entries. */
  lastmod: string;
  entries: SitemapEntry[];
}

/** The entries, in their order, split into numbered files of at most `size` URLs each. */
export function sitemapFiles(entries: SitemapEntry[], size = SITEMAP_FILE_URLS): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += size) {
    const slice = entries.slice(start, start + size);
    const number = files.length + 1;
    files.push({
      number,
      path: sitemapFileUrl(number),
      lastmod: latestDate(slice.map((entry) => entry.lastmod)),
      entries: slice,
    });
  }
  return files;
}

/** A sitemaps.org document: its `root` element holding one `item` per entry, with its location and last change. */
function sitemapDocument(
  root: 'urlset' | 'sitemapindex',
  item: 'url' | 'sitemap',
  entries: readonly SitemapEntry[],
  origin: string,
): string {
  const items = entries.map(
    ({ path, lastmod }) =>
      `  <${item}><loc>${escapeXml(absoluteUrl(path, origin))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</${item}>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items.join('\n')}
</${root}>
`;
}

/** The sitemap index at /sitemap.xml, which robots.txt names: every file, with its latest `lastmod`. */
export const sitemapIndexXml = (files: readonly SitemapFile[], origin: string): string =>
  sitemapDocument('sitemapindex', 'sitemap', files, origin);

/** One sitemap file; `lastmod` is each page's last content change. */
export const sitemapXml = (entries: readonly SitemapEntry[], origin: string): string =>
  sitemapDocument('urlset', 'url', entries, origin);

/**
 * Every HTML page with the date its content last changed: a citable page's own date; a person,
 * organization or body page's file or the latest of its meetings; index pages the latest of all;
 * the numbered pages of a long list the date of its first page.
 */
export function sitemapEntries(
  record: DerivedRecord,
  citables: Map<string, Citable>,
  fileDates: FileDates,
): SitemapEntry[] {
  const meetingDate = (id: string) => citables.get(meetingUrl(id))?.lastChanged ?? '';
  const latest = latestDate([...citables.values()].map((c) => c.lastChanged));
  const entries: SitemapEntry[] = [...citables.values()].map((c) => ({ path: c.path, lastmod: c.lastChanged }));
  const dated = (path: string, entry: Entry<unknown>, meetings: string[]) => {
    const fromMeetings = latestDate(meetings.map(meetingDate));
    entries.push({ path, lastmod: latestDate([fileDates(entry, fromMeetings || latest), fromMeetings]) });
  };
  for (const kind of kindNames)
    for (const { path, entry, meetings } of siteKinds[kind].datedPages?.(record) ?? []) dated(path, entry, meetings);
  const indexes = kindNames.map((kind) => siteKinds[kind].indexUrl());
  for (const path of [homeUrl(), ...indexes, aboutUrl(), changesUrl()]) entries.push({ path, lastmod: latest });
  // A later page of a list changes when its first page's record does.
  const lastmods = new Map(entries.map((entry) => [entry.path, entry.lastmod]));
  for (const { first, path } of continuationPages(record))
    entries.push({ path, lastmod: lastmods.get(first) ?? latest });
  return entries.sort((a, b) => a.path.localeCompare(b.path));
}
