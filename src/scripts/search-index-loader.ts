/**
 * Loads the search index once per page: Pagefind (on the main thread: our searches are many small
 * ones, whose results a worker would copy each time), every shard merged into the first, the
 * statement map, and each record's number, which Pagefind's results do not carry: listing each
 * shard's records in the order of their number sort key (records.ts) gives it. Pagefind's answers
 * are remembered for as long as the page is open (cache.ts), and record files once fetched.
 */
import { remembering } from '~/search/cache';
import type { Engine, SearchIndex } from '~/search/engine';
import type { Layout } from '~/search/layout';
import { LAYOUT_FILE, ORDER_SORT, partPath, type ResultPart } from '~/search/result-files';
import { SHARD_FILTER, SHARDS_FILE, type ShardEntry } from '~/search/shards';
import { pagefindUrl } from '~/site/urls';

interface Pagefind extends Engine {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}

// Under the site's base path (BASE_PATH), as the pages are.
const base = pagefindUrl('');
const json = <T>(path: string) => fetch(`${base}${path}`).then((response) => response.json() as Promise<T>);

/** Each Pagefind result id's record number, shard by shard. */
async function recordNumbers(engine: Engine, shards: readonly ShardEntry[]): Promise<Map<string, number>> {
  const firsts = [0, ...shards.map((s) => s.first)];
  const lists = await Promise.all(
    firsts.map((_, shard) =>
      engine.search(null, {
        filters: shards.length > 0 ? { [SHARD_FILTER]: String(shard) } : {},
        sort: { [ORDER_SORT]: 'asc' },
      }),
    ),
  );
  return new Map(lists.flatMap((list, shard) => (list?.results ?? []).map((r, i) => [r.id, (firsts[shard] ?? 0) + i])));
}

async function load(): Promise<SearchIndex> {
  const shards = json<ShardEntry[]>(SHARDS_FILE);
  const layout = json<Layout>(LAYOUT_FILE);
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: '/', noWorker: true });
  const others = await shards;
  await Promise.all(others.map(({ path }) => pagefind.mergeIndex(path, { baseUrl: '/' })));
  await pagefind.init();
  const engine = remembering(pagefind);
  const numbers = await recordNumbers(engine, others);
  const parts = new Map<string, Promise<ResultPart>>();
  return {
    engine,
    layout: await layout,
    recordOf: (id) => numbers.get(id),
    loadPart: (record, segment) => {
      const path = partPath(record, segment);
      let part = parts.get(path);
      if (!part) {
        part = json<ResultPart>(path);
        parts.set(path, part);
        // A failed fetch is tried again next time.
        part.catch(() => parts.delete(path));
      }
      return part;
    },
  };
}

let loaded: Promise<SearchIndex> | undefined;
/** The page's index, loaded on its first search. A failed load (a network error) is tried again by the next search. */
export function loadSearchIndex(): Promise<SearchIndex> {
  loaded ??= load();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
