import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Schemes a link may use; a path on the site (`/topics/…`, `#s001`) has none and is allowed. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** An origin no real URL has: what a path on the site resolves against. */
const SITE = new URL('https://site.invalid/page/');

/**
 * The URL as a browser reads it: the WHATWG parser drops tabs, newlines and leading controls and
 * spaces, so `java\tscript:` is `javascript:` to it too. Markdown has already decoded character
 * references (`&#106;avascript:`) by the time the tree holds the URL.
 */
function resolve(url: string): URL | undefined {
  try {
    return new URL(url, SITE);
  } catch {
    return undefined;
  }
}

/** Why a link's URL is refused, or undefined if it may be published. */
export function unsafeLinkReason(url: string): string | undefined {
  const resolved = resolve(url);
  if (!resolved) return 'is not a valid URL';
  if (!LINK_PROTOCOLS.has(resolved.protocol)) {
    return `uses "${resolved.protocol}", which a link may not: only http:, https: and mailto: links and paths on this site are allowed`;
  }
  return undefined;
}

/** Why an image's URL is refused: the site loads nothing from other origins, and no data: images. */
export function unsafeImageReason(url: string): string | undefined {
  const resolved = resolve(url);
  if (!resolved) return 'is not a valid URL';
  if (resolved.origin !== SITE.origin || !url.trim().startsWith('/') || url.trim().startsWith('//')) {
    return 'is not an image on this site: images must be files of the site, written as a path from its root (e.g. /images/diagram.png)';
  }
  return undefined;
}

/**
 * Fails the file on a link or image whose URL could run script (`javascript:`), carry a document
 * (`data:`) or load from another site. The CSP would stop most of them in the browser; the record
 * should not publish them at all, in pages, feeds or exports.
 */
export default function remarkRejectUnsafeUrls() {
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
    const fail = (kind: 'link' | 'image', url: string, reason: string, node: Nodes) =>
      file.fail(
        `unsafe ${kind} URL ${JSON.stringify(url.slice(0, 80))}: it ${reason}. Fix: ${kind === 'image' ? 'put the image in public/ and give its path, or remove it' : 'link to an http(s) page or a path on this site, or write the address as plain text'}.`,
        node,
      );
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        const reason = unsafeLinkReason(node.url);
        if (reason !== undefined) fail('link', node.url, reason, node);
      } else if (node.type === 'image' || node.type === 'imageReference') {
        // ![alt][ref] loads the URL of its definition, so that URL must pass as an image.
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
        const reason = url === undefined ? undefined : unsafeImageReason(url);
        if (url !== undefined && reason !== undefined) fail('image', url, reason, node);
      }
    });
  };
}
