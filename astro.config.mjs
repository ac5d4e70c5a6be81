// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkRejectRawHtml from './src/content/markdown/remark-reject-raw-html.ts';
import searchIndex from './src/integrations/search-index.ts';
import buildGc from './src/integrations/build-gc.ts';
import { readFileSync } from 'node:fs';
import { pageRedirects } from './src/site/registry.ts';

// Published pages that moved: each old URL keeps working as a redirect (see registry/).
const registryRedirects = JSON.parse(readFileSync('registry/redirects.json', 'utf8'));
const redirects = pageRedirects(registryRedirects);

// The canonical origin that citations and feeds use. Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://cyber-council-record.jp';

export default defineConfig({
  site,
  trailingSlash: 'always',
  redirects,
  // Pages one at a time (Astro's default build.concurrency). Four at a time gained 4–6 % at 1,000
  // meetings once Pagefind shared the machine's two cores with the pages, and slowed Pagefind by as
  // much, for up to 0.45 GB more in Node (docs/benchmarks.md, "Where the time goes").
  build: { format: 'directory' },
  markdown: {
    // unified, not Sätteri: our records use remark plugins of our own. SmartyPants is off because it
    // would rewrite quotation marks in text we promise to keep verbatim.
    processor: unified({ remarkPlugins: [remarkRejectRawHtml], smartypants: false }),
  },
  devToolbar: { enabled: false },
  security: {
    // Nothing leaves the site: readers' interests are not shared with third parties. Astro hashes its
    // own scripts and styles into the policy; everything else must come from this origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search index as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Pagefind index of our own tokens, written to dist/pagefind/ after the build (see README, Search);
  // fewer full garbage collections while the pages render (see the integration's comment).
  integrations: [searchIndex(), buildGc()],
});
