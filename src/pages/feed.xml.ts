import type { APIRoute } from 'astro';
import { meetingsAtom } from '~/site/feeds';
import { loadSite } from '~/site/load';

export const GET: APIRoute = async () => {
  const { record, citables, published } = await loadSite();
  return new Response(meetingsAtom(record, citables, published.origin), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
