import type { APIRoute } from 'astro';
import { sitemapEntries, sitemapXml } from '../lib/feeds';
import { citables, fileDate, origin, record } from '../lib/record';

export const GET: APIRoute = () =>
  new Response(sitemapXml(sitemapEntries(record, citables, fileDate), origin), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
