import type { AstroIntegration } from 'astro';
import type { Settings } from '../site/settings.ts';

/** Says, as a build starts, where citations will point when SITE_URL was not set. */
export default function siteUrlNotice(settings: Settings): AstroIntegration {
  return {
    name: 'site-url-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (settings.siteUrlSet) return;
        logger.warn(
          `SITE_URL is not set: citations, the feed and the sitemap will point to the placeholder origin ${settings.site}. ` +
            'Set SITE_URL to the origin the site is published at, e.g. SITE_URL=https://org.github.io.',
        );
      },
    },
  };
}
