/**
 * The site's part of each record type's descriptor (src/record/kinds.ts holds the rest): where its
 * pages are, whether the header links to it, which of its lists are paged and how the sitemap dates
 * its pages. The header and the sitemap read this table instead of listing the types.
 */
import type { DerivedRecord } from '~/record/derive';
import { kindNames, kinds, type CollectionName } from '~/record/kinds';
import type { Entry } from '~/record/types';
import { pageCount, pagedUrl } from './pagination';
import { bodyLists, meetingList, organizationLists, personLists, recommendationList, topicLists } from './routes/paged';
import {
  bodiesIndexUrl,
  bodyUrl,
  meetingsIndexUrl,
  meetingUrl,
  organizationsIndexUrl,
  organizationUrl,
  peopleIndexUrl,
  personUrl,
  recommendationsIndexUrl,
  recommendationUrl,
  topicsIndexUrl,
  topicUrl,
} from './urls';

/** A page the sitemap dates by its entry's file and the meetings it shows (by ID). */
export interface DatedPage {
  path: string;
  entry: Entry<unknown>;
  meetings: string[];
}

export interface SiteKindDescriptor {
  /** The page that lists every entry. */
  indexUrl: () => string;
  /** An entry's own page. */
  url: (id: string) => string;
  /** Its place in the header's navigation (from 1), or undefined when the header does not link it. */
  nav?: number;
  /**
   * Its pages that are not citable, which the sitemap dates by their file and meetings; citable
   * pages (src/citation/citables.ts) carry their own date.
   */
  datedPages?: (record: DerivedRecord) => DatedPage[];
  /** Its lists split over numbered pages (src/site/routes/paged.ts): the URL of each list's page 1 and its page count. */
  pagedLists?: (record: DerivedRecord) => PagedList[];
}

/** A list split over numbered pages: the URL of its first page and how many pages it has. */
export interface PagedList {
  first: string;
  count: number;
}

/** The page count of each entry's lists, under the entry's URL. */
const perEntry =
  <Index>(
    indexes: (record: DerivedRecord) => Map<string, Index>,
    url: (id: string) => string,
    count: (index: Index) => number,
  ) =>
  (record: DerivedRecord): PagedList[] =>
    [...indexes(record)].map(([id, index]) => ({ first: url(id), count: count(index) }));

const meetingIds = (...lists: { meeting: { id: string } }[][]) =>
  lists.flatMap((list) => list.map((x) => x.meeting.id));

export const siteKinds: Record<CollectionName, SiteKindDescriptor> = {
  bodies: {
    indexUrl: bodiesIndexUrl,
    url: bodyUrl,
    pagedLists: perEntry(
      (record) => record.byBody,
      bodyUrl,
      (index) => pageCount(...bodyLists(index)),
    ),
    datedPages: (record) =>
      [...record.bodies.values()].map((body) => ({
        path: bodyUrl(body.id),
        entry: body,
        meetings: (record.byBody.get(body.id)?.meetings ?? []).map((m) => m.id),
      })),
  },
  organizations: {
    indexUrl: organizationsIndexUrl,
    url: organizationUrl,
    nav: 4,
    pagedLists: perEntry(
      (record) => record.byOrganization,
      organizationUrl,
      (index) => pageCount(...organizationLists(index)),
    ),
    datedPages: (record) =>
      [...record.organizations.values()].map((organization) => {
        const index = record.byOrganization.get(organization.id);
        const meetings = meetingIds(index?.participation ?? [], index?.statements ?? []);
        return { path: organizationUrl(organization.id), entry: organization, meetings };
      }),
  },
  people: {
    indexUrl: peopleIndexUrl,
    url: personUrl,
    nav: 3,
    pagedLists: perEntry(
      (record) => record.byPerson,
      personUrl,
      (index) => pageCount(...personLists(index)),
    ),
    datedPages: (record) =>
      [...record.people.values()].map((person) => {
        const index = record.byPerson.get(person.id);
        const meetings = meetingIds(index?.attendance ?? [], index?.statements ?? []);
        return { path: personUrl(person.id), entry: person, meetings };
      }),
  },
  topics: {
    indexUrl: topicsIndexUrl,
    url: topicUrl,
    nav: 2,
    pagedLists: perEntry(
      (record) => record.byTopic,
      topicUrl,
      (index) => pageCount(...topicLists(index)),
    ),
  },
  meetings: {
    indexUrl: meetingsIndexUrl,
    url: meetingUrl,
    nav: 1,
    pagedLists: (record) => [{ first: meetingsIndexUrl(), count: pageCount(meetingList(record)) }],
  },
  recommendations: {
    indexUrl: recommendationsIndexUrl,
    url: recommendationUrl,
    nav: 5,
    pagedLists: (record) => [{ first: recommendationsIndexUrl(), count: pageCount(recommendationList(record)) }],
  },
};

/** The record types the header links to, in its order, each with its list page and name. */
export const navKinds = (): { href: string; label: string }[] =>
  kindNames
    .flatMap((kind) => {
      const { nav, indexUrl } = siteKinds[kind];
      return nav === undefined ? [] : [{ nav, href: indexUrl(), label: kinds[kind].label }];
    })
    .sort((a, b) => a.nav - b.nav)
    .map(({ href, label }) => ({ href, label }));

/**
 * Pages 2, 3, … of every paged list, each under the URL of its page 1: what the sitemap must list
 * beside the records' own URLs, so that a crawler reaches every page without following pagers.
 */
export function continuationPages(record: DerivedRecord): { first: string; path: string }[] {
  const lists = kindNames.flatMap((kind) => siteKinds[kind].pagedLists?.(record) ?? []);
  return lists.flatMap(({ first, count }) =>
    Array.from({ length: count - 1 }, (_, i) => ({ first, path: pagedUrl(first, i + 2) })),
  );
}
