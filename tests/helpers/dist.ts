import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { entryOf, fileFormats, type FileFormat } from '~/citation/entries';
import { homeUrl, sitePath } from '~/site/urls';

/** The built site; SITE_DIST points the site tests at another build, e.g. a benchmark corpus's. */
export const DIST = process.env['SITE_DIST'] ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ has no site: run `npm run build` before the site tests (npm test does this).');
}

const cache = new Map<string, CheerioAPI>();

/**
 * The file that serves a published URL such as /meetings/x/ (under the base path, with or without
 * a #fragment); a path outside the base path has none.
 */
export function fileForPath(path: string): string {
  const clean = sitePath(decodeURI(path.split('#')[0] ?? '/'));
  if (clean === undefined) return join(DIST, '.outside-the-base-path');
  return join(DIST, clean, clean.endsWith('/') ? 'index.html' : '');
}

/** The parsed page at a site path; fails the test if the page was not built. */
export function page(path: string): CheerioAPI {
  let $ = cache.get(path);
  if (!$) {
    const file = fileForPath(path);
    if (!existsSync(file)) throw new Error(`no page at ${path} (expected ${file})`);
    $ = load(readFileSync(file, 'utf8'));
    cache.set(path, $);
  }
  return $;
}

/** The published URL of every HTML page in dist/, under the base path. */
export function allPagePaths(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return allPagePaths(full);
    if (entry.name === 'index.html') return [`${homeUrl()}${dir.slice(DIST.length + 1)}${dir === DIST ? '' : '/'}`];
    return [];
  });
}

/** Collapses runs of whitespace, the only difference HTML rendering may make to text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * One format of a page's citation as its cite panel gives it: the text shown, or, where the panel
 * leaves the format to the meeting's file (statement pages), the page's entry in the file it links.
 */
export function citationText($: CheerioAPI, format: string): string {
  const details = $(`.cite-panel details[data-format="${format}"]`);
  const pre = details.find('pre');
  if (pre.length > 0) return pre.text();
  const href = details.find('a[data-entry-file]').attr('href');
  if (!href || !(fileFormats as readonly string[]).includes(format)) return '';
  const panel = details.closest('.cite-panel');
  const id = { key: panel.attr('data-entry-key') ?? '', url: panel.attr('data-entry-url') ?? '' };
  return entryOf(format as FileFormat, readFileSync(fileForPath(href), 'utf8'), id) ?? '';
}
