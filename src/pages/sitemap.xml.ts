import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '../lib/feeds';
import { origin } from '../lib/record';
import { sitemap } from '../lib/sitemap';

export const GET: APIRoute = () =>
  new Response(sitemapIndexXml(sitemap, origin), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
