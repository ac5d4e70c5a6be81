/**
 * The search page in the browser: reads the query, filters and sort from the URL, runs
 * runSearch() over Pagefind and renders the hits. The form around it is a plain GET form, so
 * every search is a URL that can be shared and cited.
 *
 * runSearch() knows every match, its rank and the exact count from positions alone; a result's
 * data (url, title, text for the excerpt) is a fragment fetch, so we load it only for the results
 * shown: the first page, then one more page per press of 「さらに表示」.
 */
import { runSearch, type Engine, type Hit, type Ranked, type SortOrder } from '../lib/search/engine';
import { excerpt, originalSpans } from '../lib/search/highlight';
import { expandTerms, parseQuery, parseQueryTyped, type SynonymGroup } from '../lib/search/query';
import { filterNames, kindLabels, type FilterKey, type Kind } from '../lib/search/documents';
import { SHARDS_FILE } from '../lib/search/shards';

interface Pagefind extends Engine {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, options: { baseUrl: string }) => Promise<void>;
}

/** Results shown at first and added by each press of 「さらに表示」. */
const pageSize = 30;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

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

async function start(root: HTMLElement) {
  const params = new URL(location.href).searchParams;
  const status = element('#search-status');
  const exactList = element('#search-results');
  const synonymSection = element('#search-synonym-results');
  const synonymList = element('#search-synonym-list');
  const synonymNote = element('#search-synonym-note');
  const empty = element('#search-empty');
  const exactMore = element('#search-more') as HTMLButtonElement;
  const synonymMore = element('#search-synonym-more') as HTMLButtonElement;
  root.hidden = false;

  const query = params.get('q') ?? '';
  const sort: SortOrder = params.get('sort') === 'date' ? 'date' : 'relevance';
  const filters: Record<string, string> = {};
  for (const key of Object.keys(filterNames) as FilterKey[]) {
    const value = params.get(key);
    if (value) filters[filterNames[key]] = value;
    const select = document.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select && value) select.value = value;
  }
  const sortSelect = document.querySelector<HTMLSelectElement>('select[name="sort"]');
  if (sortSelect) sortSelect.value = sort;
  const input = document.querySelector<HTMLInputElement>('#search-query');
  if (input) input.value = query;

  const groups = JSON.parse(element('#search-synonyms').textContent) as SynonymGroup[];
  const terms = expandTerms(parseQuery(query), groups);
  if (terms.length === 0 && Object.keys(filters).length === 0) {
    status.textContent = '検索語を入力してください。';
    root.dataset['state'] = 'done';
    return;
  }
  status.textContent = '検索しています…';
  root.dataset['state'] = 'searching';

  const started = performance.now();
  const pagefindUrl = '/pagefind/pagefind.js';
  // The index is written in shards (src/integrations/search-index.ts); this lists all but the first.
  const shards = fetch(`/pagefind/${SHARDS_FILE}`).then((response) => response.json() as Promise<string[]>);
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.options({ baseUrl: '/' });
  const others = await shards;
  await Promise.all(others.map((path) => pagefind.mergeIndex(path, { baseUrl: '/' })));
  await pagefind.init();
  const hits = await runSearch(pagefind, terms, filters, sort, others.length + 1);

  const exact = hits.filter((hit) => hit.exact);
  const viaSynonyms = hits.filter((hit) => !hit.exact);
  /** Shows the next page of `ranked` in `list`; the button stays while more remain. */
  const pager = (list: HTMLElement, button: HTMLButtonElement, ranked: Ranked[]) => {
    let shown = 0;
    const more = async (focus: boolean) => {
      const page = ranked.slice(shown, shown + pageSize);
      shown += page.length;
      const items = (await Promise.all(page.map((r) => r.load()))).map((hit: Hit) => renderHit(hit));
      list.append(...items);
      button.hidden = shown >= ranked.length;
      button.textContent = `さらに表示（残り${ranked.length - shown}件）`;
      // Keyboard users continue from the first result added, not from the top of the list.
      if (focus) items[0]?.querySelector('a')?.focus();
    };
    list.replaceChildren();
    button.onclick = () => {
      button.disabled = true;
      root.dataset['state'] = 'searching';
      void more(true).then(() => {
        button.disabled = false;
        root.dataset['state'] = 'done';
      });
    };
    return more(false);
  };
  await Promise.all([pager(exactList, exactMore, exact), pager(synonymList, synonymMore, viaSynonyms)]);
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
  // Read by `npm run bench:search`.
  root.dataset['ms'] = String(Math.round(performance.now() - started));
  root.dataset['state'] = 'done';
}
