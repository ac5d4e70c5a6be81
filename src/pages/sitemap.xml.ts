import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '~/site/feeds';
import { loadSite } from '~/site/load';

export const GET: APIRoute = async () => {
  const { sitemap, published } = await loadSite();
  return new Response(sitemapIndexXml(sitemap, published.origin), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
