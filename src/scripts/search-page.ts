/**
 * The search page in the browser: reads the query, filters and sort from the URL, runs
 * runSearch() over Pagefind and renders the hits. The form around it is a plain GET form, so
 * every search is a URL that can be shared and cited, and the page works as such without
 * JavaScript.
 *
 * With JavaScript, a search made on this page (submitting a form that targets /search/, changing
 * a filter or the sort, following a link to /search/?…) runs in place: the URL is updated with
 * history.pushState, so it stays the same shareable /search/?q=… and Back/Forward rerun the
 * search of their entry (popstate). The index is loaded once per page (search-index-loader.ts).
 *
 * runSearch() knows every match, its rank and the exact count from positions alone; a result's
 * record file (its text, for the excerpt) is fetched only for the results shown: the first page,
 * then one more page per press of 「さらに表示」.
 */
import { runSearch, type Filters, type Hit, type Ranked, type SortOrder } from '~/search/engine';
import { excerpt, originalSpans } from '~/search/highlight';
import {
  expandTerms,
  MAX_QUERY_LENGTH,
  parseQuery,
  parseQueryTyped,
  type SynonymGroup,
  type Term,
} from '~/search/query';
import { filterNames, kindLabels, type FilterKey } from '~/search/documents';
import { searchUrl } from '~/site/urls';
import { loadSearchIndex } from './search-index-loader';

/** Results shown at first and added by each press of 「さらに表示」. */
const pageSize = 10;

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

function renderHit(hit: Hit): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  // Statements carry the matched variants to their page, which highlights them there.
  const [path = hit.url, hash] = hit.url.split('#');
  const params = new URLSearchParams((hit.verified?.found ?? []).map((v) => ['hl', v]));
  link.href = hash !== undefined && params.size > 0 ? `${path}?${params.toString()}#${hash}` : hit.url;
  link.textContent = hit.kind === 'statement' ? `${hit.segment.label ?? ''}の発言（#${hash ?? ''}）` : hit.title;
  const heading = document.createElement('p');
  heading.className = 'search-hit-title';
  const badge = document.createElement('span');
  badge.className = 'search-kind';
  badge.textContent = kindLabels[hit.kind];
  heading.append(badge, ' ', link);
  li.append(heading);
  const context = [hit.meeting, hit.date].filter((part) => part !== undefined && part !== '');
  if (context.length > 0) {
    const p = document.createElement('p');
    p.className = 'context';
    p.textContent = context.join('・');
    li.append(p);
  }
  const text = hit.segment.text;
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

/** The search a URL asks for; the form is set to show it (also after Back, or a search from the header's box). */
function readSearch(params: URLSearchParams) {
  const query = params.get('q') ?? '';
  const sort: SortOrder = params.get('sort') === 'date' ? 'date' : 'relevance';
  const filters: Filters = {};
  for (const key of Object.keys(filterNames) as FilterKey[]) {
    const value = params.get(key) ?? '';
    if (value) filters[key] = value;
    const select = document.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select) select.value = value;
  }
  const sortSelect = document.querySelector<HTMLSelectElement>('select[name="sort"]');
  if (sortSelect) sortSelect.value = sort;
  const input = document.querySelector<HTMLInputElement>('#search-query');
  if (input && input.value !== query) input.value = query;
  return { query, sort, filters };
}

/** The page's result elements. */
function resultElements() {
  return {
    status: element('#search-status'),
    exactList: element('#search-results'),
    synonymSection: element('#search-synonym-results'),
    synonymList: element('#search-synonym-list'),
    synonymNote: element('#search-synonym-note'),
    empty: element('#search-empty'),
    exactMore: element('#search-more') as HTMLButtonElement,
    synonymMore: element('#search-synonym-more') as HTMLButtonElement,
  };
}
type Elements = ReturnType<typeof resultElements>;

/** Empties the results, with a message in the status. */
function clearResults(elements: Elements, message: string) {
  for (const list of [elements.exactList, elements.synonymList]) list.replaceChildren();
  for (const hidden of [
    elements.exactMore,
    elements.synonymMore,
    elements.synonymSection,
    elements.synonymNote,
    elements.empty,
  ])
    hidden.hidden = true;
  elements.status.textContent = message;
}

/** What the page says about a search's results and the synonyms it used. */
function describe(elements: Elements, query: string, terms: Term[], exact: number, viaSynonyms: number) {
  const expanded = terms.filter((t) => t.expandedBy !== undefined);
  const typed = new Map(parseQueryTyped(query).map((t) => [t.text, t.typed]));
  elements.synonymNote.hidden = expanded.length === 0;
  elements.synonymNote.textContent = expanded
    .map(
      (t) =>
        `「${typed.get(t.text) ?? t.text}」はトピック「${t.expandedBy ?? ''}」の名前の一つなので、同じトピックの別名（${t.synonyms.join('、')}）でも検索しました。`,
    )
    .join(' ');
  elements.synonymSection.hidden = viaSynonyms === 0;
  elements.empty.hidden = exact + viaSynonyms > 0;
  const label = query === '' ? '絞り込み条件' : `「${query}」`;
  elements.status.textContent =
    exact + viaSynonyms === 0
      ? `${label}に一致する結果はありません。`
      : `${label}の検索結果: ${exact}件` + (viaSynonyms > 0 ? `、別名による一致 ${viaSynonyms}件` : '') + '。';
}

/** The searches of one page: each new one makes the ones before it stale. */
class SearchController {
  private current = 0;
  private readonly elements = resultElements();
  private readonly groups: SynonymGroup[];

  constructor(private readonly root: HTMLElement) {
    this.groups = JSON.parse(element('#search-synonyms').textContent) as SynonymGroup[];
    root.hidden = false;
  }

  /** Marks search number `run` done, with its time (read by the tests and `npm run bench:search`). */
  private finish(run: number, started: number) {
    this.root.removeAttribute('aria-busy');
    this.root.dataset['run'] = String(run);
    this.root.dataset['ms'] = String(Math.round(performance.now() - started));
    this.root.dataset['state'] = 'done';
  }

  async search(params: URLSearchParams, started: number) {
    const run = ++this.current;
    const stale = () => run !== this.current;
    const { query, sort, filters } = readSearch(params);
    if (query.length > MAX_QUERY_LENGTH) {
      clearResults(
        this.elements,
        `検索語は${MAX_QUERY_LENGTH}文字までです（いまは${query.length}文字）。短くしてください。`,
      );
      this.finish(run, started);
      return;
    }
    const terms = expandTerms(parseQuery(query), this.groups);
    if (terms.length === 0 && Object.keys(filters).length === 0) {
      clearResults(this.elements, '検索語を入力してください。');
      this.finish(run, started);
      return;
    }
    this.elements.status.textContent = '検索しています…';
    this.root.setAttribute('aria-busy', 'true');
    this.root.dataset['state'] = 'searching';
    let hits: Ranked[];
    try {
      hits = await runSearch(await loadSearchIndex(), terms, filters, sort);
    } catch (error) {
      if (stale()) return;
      this.elements.status.textContent = '検索できませんでした。ページを再読み込みしてください。';
      this.finish(run, started);
      throw error;
    }
    if (stale()) return;
    const exact = hits.filter((hit) => hit.exact);
    const viaSynonyms = hits.filter((hit) => !hit.exact);
    const { exactList, exactMore, synonymList, synonymMore } = this.elements;
    await Promise.all([
      this.pager(exactList, exactMore, exact, stale),
      this.pager(synonymList, synonymMore, viaSynonyms, stale),
    ]);
    if (stale()) return;
    describe(this.elements, query, terms, exact.length, viaSynonyms.length);
    this.finish(run, started);
  }

  /** Shows the first page of `ranked` in `list`; the button adds a page while more remain. */
  private pager(list: HTMLElement, button: HTMLButtonElement, ranked: Ranked[], stale: () => boolean) {
    let shown = 0;
    const more = async (focus: boolean) => {
      const page = ranked.slice(shown, shown + pageSize);
      const loaded = await Promise.all(page.map((r) => r.load()));
      if (stale()) return;
      shown += page.length;
      const items = loaded.map((hit) => renderHit(hit));
      if (!focus) list.replaceChildren();
      list.append(...items);
      button.hidden = shown >= ranked.length;
      button.textContent = `さらに表示（残り${ranked.length - shown}件）`;
      // Keyboard users continue from the first result added, not from the top of the list.
      if (focus) items[0]?.querySelector('a')?.focus();
    };
    button.onclick = () => {
      button.disabled = true;
      this.root.dataset['state'] = 'searching';
      void more(true).then(() => {
        button.disabled = false;
        if (!stale()) this.root.dataset['state'] = 'done';
      });
    };
    return more(false);
  }

  /** A new search from this page: a new history entry (unless the URL is the same), then run it. */
  navigate(params: URLSearchParams, started: number) {
    const url = params.size > 0 ? `${searchUrl()}?${params.toString()}` : searchUrl();
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    void this.search(params, started);
  }
}

/** A plain left click on a link, which the page may handle in place. */
const isPlainClick = (event: MouseEvent) =>
  !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** Searches made on the page (either form, a filter, the sort, a link, Back and Forward) run in place. */
function listen(controller: SearchController) {
  // Focus stays where the reader left it; the status region announces the count.
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method !== 'get' || !isSearchUrl(new URL(form.action))) return;
    event.preventDefault();
    controller.navigate(formParams(form), performance.now());
  });
  document.querySelector('form.search-form')?.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) (event.currentTarget as HTMLFormElement).requestSubmit();
  });
  document.addEventListener('click', (event) => {
    if (!isPlainClick(event)) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || (link.target !== '' && link.target !== '_self')) return;
    const url = new URL(link.href);
    if (!isSearchUrl(url) || url.hash !== '') return;
    event.preventDefault();
    controller.navigate(url.searchParams, performance.now());
  });
  window.addEventListener('popstate', () => {
    void controller.search(new URL(location.href).searchParams, performance.now());
  });
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) {
  const controller = new SearchController(root);
  listen(controller);
  // The search in the URL the page was opened with, timed from the script's start (so for the
  // first search of a page, including loading the index).
  void controller.search(new URL(location.href).searchParams, performance.now());
}
