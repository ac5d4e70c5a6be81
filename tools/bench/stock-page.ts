/**
 * The peers of `npm run bench:search`: stock Pagefind, run as its documentation says on the same
 * built site (`pagefind --site dist --glob 'meetings/*\/index.html'`, default settings, written
 * to /stock-pagefind/ so that both indexes are served by one server), searched two ways: through
 * its Default UI (what Starlight ships), and through `pagefind.js` alone on a bare page (the
 * cheapest stock setup). Each page marks when a search's results are shown, as our search page
 * does, so the bench reads all three the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STOCK_BUNDLE = 'stock-pagefind';
export const STOCK_PAGE = '/stock-search/';
export const STOCK_BARE_PAGE = '/stock-bare/';
/** How many results the bare page loads and shows: the Default UI's first page. */
const BARE_RESULTS = 5;

/**
 * The Default UI with its default options but for the typing delay (debounceTimeoutMs), which is
 * waiting, not work. A search is shown when the message names the term and no result is still
 * loading its fragment.
 */
const page = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>stock</title>
<link href="/${STOCK_BUNDLE}/pagefind-ui.css" rel="stylesheet">
<script src="/${STOCK_BUNDLE}/pagefind-ui.js"></script></head>
<body><div id="search"></div>
<script>
const started = performance.now();
const ui = new PagefindUI({ element: '#search', bundlePath: '/${STOCK_BUNDLE}/', debounceTimeoutMs: 0 });
const root = document.querySelector('#search');
const state = { run: 0, started, term: '' };
function check() {
  const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
  // The Default UI's Japanese messages: "…の[COUNT]件の検索結果", or "…の検索に一致する情報はありませんでした".
  if (state.term === '' || !message.includes(state.term) || !/件の検索結果|一致する情報はありません/.test(message)) return;
  const results = root.querySelectorAll('.pagefind-ui__result').length;
  if (root.querySelectorAll('.pagefind-ui__result-link').length < results) return;
  if (document.body.dataset.run === String(state.run)) return;
  document.body.dataset.ms = String(Math.round(performance.now() - state.started));
  document.body.dataset.count = message;
  document.body.dataset.run = String(state.run);
}
new MutationObserver(check).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
window.benchSearch = (term, at) => {
  state.run += 1;
  state.started = at ?? performance.now();
  state.term = term;
  ui.triggerSearch(term);
};
const q = new URL(location.href).searchParams.get('q');
if (q) window.benchSearch(q, started);
</script></body></html>
`;

/**
 * `pagefind.js` on a bare page, as Pagefind's API documentation shows it: import the engine, search,
 * load the first results' data, show their titles and excerpts. The time runs from the page's
 * script, so the engine's loading counts, as it does for our page.
 */
const barePage = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>stock pagefind.js</title></head>
<body><ol id="results"></ol>
<script type="module">
const started = performance.now();
const pagefind = await import('/${STOCK_BUNDLE}/pagefind.js');
const list = document.querySelector('#results');
let latest = 0;
async function run(term, at) {
  const run = ++latest;
  const search = await pagefind.search(term);
  const data = await Promise.all(search.results.slice(0, ${String(BARE_RESULTS)}).map((result) => result.data()));
  if (run !== latest) return;
  list.replaceChildren(...data.map((item) => {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = item.excerpt;
    entry.append(link, excerpt);
    return entry;
  }));
  document.body.dataset.ms = String(Math.round(performance.now() - at));
  document.body.dataset.count = term + ': ' + String(search.results.length);
  document.body.dataset.run = String(run);
}
window.benchSearch = (term, at) => run(term, at ?? performance.now());
const q = new URL(location.href).searchParams.get('q');
if (q) run(q, started);
</script></body></html>
`;

/** Indexes the site's meeting pages with stock Pagefind and writes the two pages that search them; returns Pagefind's time and peak memory. */
export function indexStock(dist: string): { seconds: number; userSeconds: number; peakRssMb: number } {
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      'node_modules/.bin/pagefind',
      '--site',
      dist,
      '--glob',
      'meetings/*/index.html',
      '--output-subdir',
      STOCK_BUNDLE,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`stock Pagefind failed:\n${result.stdout}\n${result.stderr}`);
  mkdirSync(join(dist, STOCK_PAGE), { recursive: true });
  writeFileSync(join(dist, STOCK_PAGE, 'index.html'), page);
  mkdirSync(join(dist, STOCK_BARE_PAGE), { recursive: true });
  writeFileSync(join(dist, STOCK_BARE_PAGE, 'index.html'), barePage);
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0);
  return {
    seconds: (performance.now() - started) / 1000,
    userSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    peakRssMb: field('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}
