// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkRejectRawHtml from './src/content/markdown/remark-reject-raw-html.ts';
import remarkRejectUnsafeUrls from './src/content/markdown/remark-reject-unsafe-urls.ts';
import remarkRejectHiddenCharacters from './src/content/markdown/remark-reject-hidden-characters.ts';
import searchIndex from './src/integrations/search-index.ts';
import buildGc from './src/integrations/build-gc.ts';
import { readFileSync } from 'node:fs';
import { pageRedirects } from './src/site/registry.ts';
import { settings } from './src/site/settings.ts';
import siteUrlNotice from './src/integrations/site-url-notice.ts';
import hostLimits from './src/integrations/host-limits.ts';
import siteData from './src/integrations/site-data.ts';

// Published pages that moved: each old URL keeps working as a redirect (see registry/).
const registryRedirects = JSON.parse(readFileSync('registry/redirects.json', 'utf8'));
const redirects = pageRedirects(registryRedirects, settings.basePath);

export default defineConfig({
  // The canonical origin that citations and feeds use, and the folder the site is served from
  // (SITE_URL and BASE_PATH, src/site/settings.ts; docs/deploying.md).
  site: settings.site,
  base: settings.basePath,
  trailingSlash: 'always',
  redirects,
  // Pages one at a time (Astro's default build.concurrency): more at once competes with Pagefind for
  // the cores and costs memory for little gain (docs/benchmarks.md, "Measured choices in the code").
  // Scripts and styles are files under /_astro/, cached once for every page, never inlined: an
  // inline copy would repeat in each of the archive's tens of thousands of pages (docs/benchmarks.md, "Size of dist/").
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // unified, not Sätteri: our records use remark plugins of our own. SmartyPants is off because it
    // would rewrite quotation marks in text we promise to keep verbatim.
    processor: unified({
      remarkPlugins: [remarkRejectRawHtml, remarkRejectUnsafeUrls, remarkRejectHiddenCharacters],
      smartypants: false,
    }),
    // Prism marks code with classes that global.css colours; Shiki's style attributes would need
    // 'unsafe-inline' in the CSP.
    syntaxHighlight: 'prism',
  },
  devToolbar: { enabled: false },
  // The Content-Security-Policy is src/site/content-security-policy.ts, written by BaseLayout.
  // Pagefind index of our own tokens, written to dist/pagefind/ after the build (see docs/search.md);
  // fewer full garbage collections while the pages render (see the integration's comment); then
  // dist/, with the index in it, measured against the limits of the host in DEPLOY_HOST.
  integrations: [
    siteData(settings),
    searchIndex({ contentDir: settings.contentDir, shardRecords: settings.searchShardRecords }),
    buildGc(),
    siteUrlNotice(settings),
    hostLimits(settings),
  ],
});
