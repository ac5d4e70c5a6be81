/**
 * The peer of `npm run bench:search`: stock Pagefind, run as its documentation says on the same
 * built site (`pagefind --site dist --glob 'meetings/*\/index.html'`, default settings, written
 * to /stock-pagefind/ so that both indexes are served by one server), searched through its
 * Default UI. The page marks when a search's results are shown, as our search page does, so the
 * bench reads both the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STOCK_BUNDLE = 'stock-pagefind';
export const STOCK_PAGE = '/stock-search/';

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

/** Indexes the site's meeting pages with stock Pagefind and writes the page that searches them; returns Pagefind's time and peak memory. */
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
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0);
  return {
    seconds: (performance.now() - started) / 1000,
    userSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    peakRssMb: field('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}
