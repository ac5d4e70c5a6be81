import type { APIRoute } from 'astro';
import { loadSite } from '~/site/load';
import { absoluteUrl, sitemapUrl } from '~/site/urls';

// An endpoint rather than public/robots.txt, so the Sitemap line follows SITE_URL.
export const GET: APIRoute = async () => {
  const { published } = await loadSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl(), published.origin)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
