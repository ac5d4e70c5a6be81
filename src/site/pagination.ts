/**
 * Splitting long lists over several pages, so that no page grows with the archive: a topic with
 * thousands of statements or a ministry present at thousands of meetings would otherwise be a
 * page of many megabytes. Page 1 keeps the record's own URL, so existing links stay valid; the
 * citable anchors are on meeting pages and never move.
 */

/** Statements per page: enough to read on, few enough that a page stays small (docs/benchmarks.md). */
export const STATEMENTS_PER_PAGE = 100;
/** Rows of a table or list of meetings or recommendations per page (a few hundred bytes each). */
export const ROWS_PER_PAGE = 300;

/** A list and how many of its items go on one page. */
export interface Paged<T> {
  items: readonly T[];
  perPage: number;
}

/** Pages needed so that every list fits; at least one, so an empty record still has its page. */
export function pageCount(...lists: Paged<unknown>[]): number {
  return Math.max(1, ...lists.map(({ items, perPage }) => Math.ceil(items.length / perPage)));
}

/** The items of one list that go on page `page` (1-based); empty past the list's end. */
export function pageOf<T>({ items, perPage }: Paged<T>, page: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** The `page` route parameter for a page number: page 1 has none, so it is the record's own URL. */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** Reads the `page` route parameter back; anything but 2, 3, … is page 1. */
export function pageNumber(param: string | undefined): number {
  const page = Number(param);
  return Number.isInteger(page) && page >= 2 ? page : 1;
}

/** The URL of page `page` under a record's URL (which ends in a slash). */
export function pagedUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}${page}/`;
}

/** Route entries for pages 1…count of one record, for getStaticPaths. */
export function pagePaths<P extends Record<string, string>>(
  params: P,
  count: number,
): { params: P & { page: string | undefined } }[] {
  return Array.from({ length: count }, (_, i) => ({ params: { ...params, page: pageParam(i + 1) } }));
}

/**
 * For lists paged one after another as a single run (e.g. recommendations by status), the page
 * each group starts on, so that a link to a group's anchor goes to the page that has it. An empty
 * group is on page 1, where the site says it has no items.
 */
export function firstPages<K>(groups: readonly (readonly [K, readonly unknown[]])[], perPage: number): Map<K, number> {
  const pages = new Map<K, number>();
  let before = 0;
  for (const [key, items] of groups) {
    pages.set(key, items.length === 0 ? 1 : Math.floor(before / perPage) + 1);
    before += items.length;
  }
  return pages;
}
