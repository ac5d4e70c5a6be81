/**
 * The permalink registry: every URL and statement anchor the site has ever published. It only
 * grows. A published URL or anchor may move, but then registry/redirects.json must say where to,
 * so that citations made years ago still resolve. Only node: imports: tools/check/registry.ts runs
 * this file directly with Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Registry {
  /** Site paths of every published page, e.g. /meetings/<m>/. */
  urls: string[];
  /** Statement anchors by page path: `/meetings/<m>/` → [`s001`, …]. */
  anchors: Record<string, string[]>;
}

/** Old location → new one. Keys and values are paths (`/topics/old/`) or anchors (`/meetings/<m>/#s009`). */
export type Redirects = Record<string, string>;

/** What a built site publishes. */
export interface PublishedSite {
  pages: Set<string>;
  anchors: Map<string, Set<string>>;
}

/** The IDs that are statement anchors: s001, p01, n01. */
const ANCHOR_ID = /\bid="((?:s\d{3}|p\d{2}|n\d{2}))"/g;

/** The statement anchors in a page's HTML, in order; aliases of moved statements count too. */
export function anchorsIn(html: string): string[] {
  return [...html.matchAll(ANCHOR_ID)].flatMap((match) => (match[1] ? [match[1]] : []));
}

function exists(site: PublishedSite, target: string): boolean {
  const [page = '', anchor] = target.split('#');
  if (!site.pages.has(page)) return false;
  return anchor === undefined || (site.anchors.get(page)?.has(anchor) ?? false);
}

/** Follows redirects (at most a few hops, so a loop cannot hang the check) to where a target lives now. */
function resolve(redirects: Redirects, target: string): string {
  let current = target;
  for (let hop = 0; hop < 10; hop++) {
    const next = redirects[current];
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** Every registered URL or anchor that the site no longer publishes and no redirect accounts for. */
export function findRegistryProblems(registry: Registry, redirects: Redirects, site: PublishedSite): string[] {
  const problems: string[] = [];
  const check = (target: string) => {
    if (exists(site, target)) return;
    const moved = resolve(redirects, target);
    if (moved !== target && exists(site, moved)) return;
    problems.push(
      moved === target
        ? `${target} is registered but no longer published. Fix: restore it, or add "${target}": "<new location>" to registry/redirects.json`
        : `${target} redirects to ${moved}, which is not published. Fix: correct registry/redirects.json`,
    );
  };
  for (const url of registry.urls) check(url);
  for (const [page, ids] of Object.entries(registry.anchors)) for (const id of ids) check(`${page}#${id}`);
  return problems;
}

/** The registry with everything the site now publishes added; nothing is ever removed. */
export function extendRegistry(registry: Registry, site: PublishedSite): Registry {
  const urls = [...new Set([...registry.urls, ...site.pages])].sort();
  const anchors: Record<string, string[]> = { ...registry.anchors };
  for (const [page, ids] of site.anchors) {
    if (ids.size === 0) continue;
    anchors[page] = [...new Set([...(anchors[page] ?? []), ...ids])].sort();
  }
  return { urls, anchors: Object.fromEntries(Object.entries(anchors).sort(([a], [b]) => a.localeCompare(b))) };
}

/**
 * For each page, the former anchors to render as extra anchor elements, by the item they now
 * point at: `/meetings/<m>/` → { s010 → [s009] }. Only moves within one page can be kept this way;
 * a move to another page needs the old page to stay.
 */
export function anchorAliases(redirects: Redirects): Map<string, Map<string, string[]>> {
  const aliases = new Map<string, Map<string, string[]>>();
  for (const [from, to] of Object.entries(redirects)) {
    const [fromPage, fromId] = from.split('#');
    const [toPage, toId] = to.split('#');
    if (!fromPage || !fromId || !toId || fromPage !== toPage) continue;
    const byItem = aliases.get(toPage) ?? new Map<string, string[]>();
    byItem.set(toId, [...(byItem.get(toId) ?? []), fromId]);
    aliases.set(toPage, byItem);
  }
  return aliases;
}

/**
 * Page redirects (no anchor) in the form Astro's `redirects` option takes: from a site path to
 * the published URL, under the base path (Astro puts the base before the old path, not the new).
 */
export const pageRedirects = (redirects: Redirects, basePath = '/'): Record<string, string> =>
  Object.fromEntries(
    Object.entries(redirects)
      .filter(([from, to]) => !from.includes('#') && !to.includes('#'))
      .map(([from, to]) => [from, `${basePath.replace(/\/+$/, '')}${to}`]),
  );

/**
 * Folders of files named by hashes, which change with every build: Astro's assets, and the search
 * index, whose file names Pagefind draws at random. No one cites them.
 */
const UNCITABLE_FOLDERS = new Set(['_astro', 'pagefind']);

/** Every page in a built site, with the statement anchors on it. */
export function readSite(dist: string): PublishedSite {
  const pages = new Set<string>();
  const anchors = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!UNCITABLE_FOLDERS.has(entry.name)) walk(full);
      } else if (entry.name === 'index.html') {
        const path = `${dir.slice(dist.length).replaceAll('\\', '/')}/`.replace(/^\/?/, '/');
        pages.add(path);
        const ids = anchorsIn(readFileSync(full, 'utf8'));
        if (ids.length > 0) anchors.set(path, new Set(ids));
      } else {
        pages.add(full.slice(dist.length).replaceAll('\\', '/'));
      }
    }
  };
  walk(dist);
  return { pages, anchors };
}
