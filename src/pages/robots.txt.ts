import type { APIRoute } from 'astro';
import { origin } from '~/site/load';
import { absoluteUrl, sitemapUrl } from '~/site/urls';

// An endpoint rather than public/robots.txt, so the Sitemap line follows SITE_URL.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl(), origin)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
