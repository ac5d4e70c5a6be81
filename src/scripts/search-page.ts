/**
 * The search page in the browser: reads the query, filters and sort from the URL, runs
 * runSearch() over Pagefind and renders the hits. The form around it is a plain GET form, so
 * every search is a URL that can be shared and cited, and the page works as such without
 * JavaScript.
 *
 * With JavaScript, a search made on this page (submitting a form that targets /search/, changing
 * a filter or the sort, following a link to /search/?…) runs in place: the URL is updated with
 * history.pushState, so it stays the same shareable /search/?q=… and Back/Forward rerun the
 * search of their entry (popstate). Pagefind is loaded and initialised once per page, and keeps
 * the index chunks and fragments it has fetched, so only the first search pays for loading it.
 *
 * runSearch() knows every match, its rank and the exact count from positions alone; a result's
 * data (url, title, text for the excerpt) is a fragment fetch, so we load it only for the results
 * shown: the first page, then one more page per press of 「さらに表示」.
 */
import { remembering } from '~/search/cache';
import { runSearch, type Engine, type Hit, type Ranked, type SortOrder } from '~/search/engine';
import { excerpt, originalSpans } from '~/search/highlight';
import { expandTerms, parseQuery, parseQueryTyped, type SynonymGroup } from '~/search/query';
import { filterNames, kindLabels, type FilterKey, type Kind } from '~/search/documents';
import { SHARDS_FILE } from '~/search/shards';
import { pagefindUrl, searchUrl } from '~/site/urls';

interface Pagefind extends Engine {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
}

/** Results shown at first and added by each press of 「さらに表示」. */
const pageSize = 30;

/** The loaded index: one engine over every shard, and how many shards it merges. */
interface Loaded {
  engine: Engine;
  shards: number;
}

let pagefindLoaded: Promise<Loaded> | undefined;
/**
 * Pagefind, imported and initialised on the first search of the page, then reused, with its
 * answers remembered (cache.ts) so that searching again on this page does not redo them. The index
 * is written in shards (src/integrations/search-index.ts); SHARDS_FILE lists all but the first,
 * which are merged into the first.
 */
function loadPagefind(): Promise<Loaded> {
  pagefindLoaded ??= (async () => {
    const shards = fetch(pagefindUrl(SHARDS_FILE)).then((response) => response.json() as Promise<string[]>);
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl('pagefind.js'))) as Pagefind;
    // On the main thread: our searches are many small ones (one per bigram) whose results would
    // otherwise be copied out of a worker each time, and the worker is one more file to load.
    await pagefind.options({ baseUrl: '/', noWorker: true });
    const others = await shards;
    await Promise.all(others.map((path) => pagefind.mergeIndex(path, { baseUrl: '/' })));
    await pagefind.init();
    return { engine: remembering(pagefind), shards: others.length + 1 };
  })();
  // A failed load (a network error) is tried again by the next search.
  pagefindLoaded.catch(() => (pagefindLoaded = undefined));
  return pagefindLoaded;
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) setUp(root);

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

function renderHit(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const kind = (hit.meta['kind'] ?? 'statement') as Kind;
  const link = document.createElement('a');
  // Statements carry the matched variants to their page, which highlights them there.
  const [path = hit.url, hash] = hit.url.split('#');
  const params = new URLSearchParams((hit.verified?.found ?? []).map((v) => ['hl', v]));
  link.href = hash !== undefined && params.size > 0 ? `${path}?${params.toString()}#${hash}` : hit.url;
  link.textContent =
    kind === 'statement' ? `${hit.meta['speaker'] ?? ''}の発言（#${hash ?? ''}）` : (hit.meta['title'] ?? hit.url);
  const heading = document.createElement('p');
  heading.className = 'search-hit-title';
  const badge = document.createElement('span');
  badge.className = 'search-kind';
  badge.textContent = kindLabels[kind];
  heading.append(badge, ' ', link);
  li.append(heading);
  const context = [hit.meta['meeting'], hit.meta['date']].filter((part) => part !== undefined && part !== '');
  if (context.length > 0) {
    const p = document.createElement('p');
    p.className = 'context';
    p.textContent = context.join('・');
    li.append(p);
  }
  const text = hit.meta['text'] ?? '';
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const piece of excerpt(text, originalSpans(text, hit.verified?.found ?? []))) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      p.append(mark);
    } else p.append(piece.text);
  }
  li.append(p);
  return li;
}

/** The URL parameters of a submitted search form, without empty fields or the default sort. */
function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== 'string' || value === '' || (key === 'sort' && value === 'relevance')) continue;
    params.append(key, value);
  }
  return params;
}

/** Whether a form or link leads to this search page (and so can run here, in place). */
const isSearchUrl = (url: URL) => url.origin === location.origin && url.pathname === searchUrl();

function setUp(root: HTMLElement) {
  const status = element('#search-status');
  const exactList = element('#search-results');
  const synonymSection = element('#search-synonym-results');
  const synonymList = element('#search-synonym-list');
  const synonymNote = element('#search-synonym-note');
  const empty = element('#search-empty');
  const exactMore = element('#search-more') as HTMLButtonElement;
  const synonymMore = element('#search-synonym-more') as HTMLButtonElement;
  const groups = JSON.parse(element('#search-synonyms').textContent) as SynonymGroup[];
  root.hidden = false;

  /** Counts searches, so that a search overtaken by a newer one stops and renders nothing. */
  let current = 0;

  async function search(params: URLSearchParams, started: number) {
    const run = ++current;
    const stale = () => run !== current;
    const finish = () => {
      root.removeAttribute('aria-busy');
      // Read by the tests and `npm run bench:search`: which search this was and how long it took.
      root.dataset['run'] = String(run);
      root.dataset['ms'] = String(Math.round(performance.now() - started));
      root.dataset['state'] = 'done';
    };
    const query = params.get('q') ?? '';
    const sort: SortOrder = params.get('sort') === 'date' ? 'date' : 'relevance';
    const filters: Record<string, string> = {};
    for (const key of Object.keys(filterNames) as FilterKey[]) {
      const value = params.get(key) ?? '';
      if (value) filters[filterNames[key]] = value;
      const select = document.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      if (select) select.value = value;
    }
    const sortSelect = document.querySelector<HTMLSelectElement>('select[name="sort"]');
    if (sortSelect) sortSelect.value = sort;
    // The form shows the search being made (also after Back, or a search from the header's box).
    const input = document.querySelector<HTMLInputElement>('#search-query');
    if (input && input.value !== query) input.value = query;

    const terms = expandTerms(parseQuery(query), groups);
    if (terms.length === 0 && Object.keys(filters).length === 0) {
      for (const list of [exactList, synonymList]) list.replaceChildren();
      for (const hidden of [exactMore, synonymMore, synonymSection, synonymNote, empty]) hidden.hidden = true;
      status.textContent = '検索語を入力してください。';
      finish();
      return;
    }
    status.textContent = '検索しています…';
    root.setAttribute('aria-busy', 'true');
    root.dataset['state'] = 'searching';

    let hits: Ranked[];
    try {
      const { engine, shards } = await loadPagefind();
      hits = await runSearch(engine, terms, filters, sort, shards);
    } catch (error) {
      if (stale()) return;
      status.textContent = '検索できませんでした。ページを再読み込みしてください。';
      finish();
      throw error;
    }
    if (stale()) return;

    const exact = hits.filter((hit) => hit.exact);
    const viaSynonyms = hits.filter((hit) => !hit.exact);
    /** Shows the next page of `ranked` in `list`; the button stays while more remain. */
    const pager = (list: HTMLElement, button: HTMLButtonElement, ranked: Ranked[]) => {
      let shown = 0;
      const more = async (focus: boolean) => {
        const page = ranked.slice(shown, shown + pageSize);
        const loaded = await Promise.all(page.map((r) => r.load()));
        if (stale()) return;
        shown += page.length;
        const items = loaded.map((hit: Hit) => renderHit(hit));
        if (!focus) list.replaceChildren();
        list.append(...items);
        button.hidden = shown >= ranked.length;
        button.textContent = `さらに表示（残り${ranked.length - shown}件）`;
        // Keyboard users continue from the first result added, not from the top of the list.
        if (focus) items[0]?.querySelector('a')?.focus();
      };
      button.onclick = () => {
        button.disabled = true;
        root.dataset['state'] = 'searching';
        void more(true).then(() => {
          button.disabled = false;
          if (!stale()) root.dataset['state'] = 'done';
        });
      };
      return more(false);
    };
    await Promise.all([pager(exactList, exactMore, exact), pager(synonymList, synonymMore, viaSynonyms)]);
    if (stale()) return;
    const expanded = terms.filter((t) => t.expandedBy !== undefined);
    const typed = new Map(parseQueryTyped(query).map((t) => [t.text, t.typed]));
    synonymNote.hidden = expanded.length === 0;
    synonymNote.textContent = expanded
      .map(
        (t) =>
          `「${typed.get(t.text) ?? t.text}」はトピック「${t.expandedBy ?? ''}」の名前の一つなので、同じトピックの別名（${t.synonyms.join('、')}）でも検索しました。`,
      )
      .join(' ');
    synonymSection.hidden = viaSynonyms.length === 0;
    empty.hidden = hits.length > 0;
    const label = query === '' ? '絞り込み条件' : `「${query}」`;
    status.textContent =
      hits.length === 0
        ? `${label}に一致する結果はありません。`
        : `${label}の検索結果: ${exact.length}件` +
          (viaSynonyms.length > 0 ? `、別名による一致 ${viaSynonyms.length}件` : '') +
          '。';
    finish();
  }

  /** A new search from this page: a new history entry (unless the URL is the same), then run it. */
  function navigate(params: URLSearchParams, started: number) {
    const url = params.size > 0 ? `${searchUrl()}?${params.toString()}` : searchUrl();
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    void search(params, started);
  }

  // Submitting any search form on the page (this page's form or the header's box) searches here.
  // Focus stays where the reader left it; the status region announces the count.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method !== 'get' || !isSearchUrl(new URL(form.action))) return;
    event.preventDefault();
    navigate(formParams(form), performance.now());
  });
  // A filter or the sort changed: search again with the page's form as it now stands.
  document.querySelector('form.search-form')?.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) (event.currentTarget as HTMLFormElement).requestSubmit();
  });
  // A link to another search (an example query) runs here too, unless opened elsewhere.
  document.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || (link.target !== '' && link.target !== '_self')) return;
    const url = new URL(link.href);
    if (!isSearchUrl(url) || url.hash !== '') return;
    event.preventDefault();
    navigate(url.searchParams, performance.now());
  });
  // Back and Forward: the search of that entry.
  window.addEventListener('popstate', () => {
    void search(new URL(location.href).searchParams, performance.now());
  });

  // The search in the URL the page was opened with, timed from the script's start (so for the
  // first search of a page, including loading Pagefind).
  void search(new URL(location.href).searchParams, performance.now());
}
