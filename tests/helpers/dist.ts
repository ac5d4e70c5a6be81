import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** The built site; SITE_DIST points the site tests at another build, e.g. a benchmark corpus's. */
export const DIST = process.env['SITE_DIST'] ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error('dist/ has no site: run `npm run build` before the site tests (npm test does this).');
}

const cache = new Map<string, CheerioAPI>();

/** The HTML file that serves a site path such as /meetings/x/ (with or without a #fragment). */
export function fileForPath(path: string): string {
  const clean = decodeURI(path.split('#')[0] ?? '/');
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

/** Site paths of every HTML page in dist/. */
export function allPagePaths(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return allPagePaths(full);
    if (entry.name === 'index.html') return [`${dir.slice(DIST.length) || ''}/`.replace(/^\/?/, '/')];
    return [];
  });
}

/** Collapses runs of whitespace, the only difference HTML rendering may make to text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
