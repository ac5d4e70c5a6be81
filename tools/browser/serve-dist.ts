import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { homeUrl, sitePath } from '~/site/urls';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};
/**
 * Text types, which static hosts (GitHub Pages, Netlify) send gzip'd to a browser that accepts it.
 * Pagefind's own files (.pf_meta, .pf_index, .pf_fragment, .pagefind) are gzip'd already and go
 * out as they are, as on those hosts.
 */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.csv']);

/** One response: the file's path, its size on disk and the body bytes actually sent. */
export interface Served {
  path: string;
  bytes: number;
  sent: number;
}

/**
 * Serves a built site on a free loopback port, the way a static host would: text gzip'd when the
 * browser accepts it. `onServed` hears of every file sent, for the search benchmark's transfer figures.
 */
export async function serveDist(
  root = 'dist',
  onServed?: (served: Served) => void,
): Promise<{ origin: string; site: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    // Served under the base path, as a host serves a site published in a folder (BASE_PATH).
    const published = sitePath(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const path = normalize(published ?? '/.outside-the-base-path');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(normalize(root)) || !existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const raw = readFileSync(file);
    const gzip = compressible.has(extname(file)) && /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? gzipSync(raw) : raw;
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      Vary: 'Accept-Encoding',
    });
    response.end(body);
    onServed?.({ path, bytes: raw.length, sent: body.length });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    /** Where the site is served: the origin and the base path, without a trailing slash. */
    site: `${origin}${homeUrl().replace(/\/$/, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
