import { pageCount, pageParam, type Paged } from '~/site/pagination';

/**
 * The value at `key`. The record's integrity check guarantees every reference the pages follow,
 * so a miss here is a bug in the site, and it stops the build saying which lookup failed.
 */
export function required<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what} "${String(key)}" is missing from the record`);
  return value;
}

/** One numbered page of a record whose lists run over several pages; page 1 is the record's URL. */
export interface NumberedPage<Entry, Index> {
  entry: Entry;
  index: Index;
  page: number;
  pages: number;
}

/** Every numbered page of every entry, entries in the record's order. */
export function numberedPages<Entry extends { id: string }, Index>(
  entries: ReadonlyMap<string, Entry>,
  indexes: ReadonlyMap<string, Index>,
  lists: (index: Index) => readonly Paged<unknown>[],
): NumberedPage<Entry, Index>[] {
  return [...entries.values()].flatMap((entry) => {
    const index = required(indexes, entry.id, 'index of');
    const pages = pageCount(...lists(index));
    return Array.from({ length: pages }, (_, i) => ({ entry, index, page: i + 1, pages }));
  });
}

/** The route parameters of a numbered page: the record's slug, and the page after the first. */
export const pageParams = <Name extends string>(name: Name, { entry, page }: NumberedPage<{ id: string }, unknown>) =>
  ({ [name]: entry.id, page: pageParam(page) }) as Record<Name, string> & { page: string | undefined };
