import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '~/site/feeds';
import { origin } from '~/site/load';
import { sitemap } from '~/site/sitemap';

export const GET: APIRoute = () =>
  new Response(sitemapIndexXml(sitemap, origin), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
