import type { APIRoute } from 'astro';
import { meetingsAtom } from '~/site/feeds';
import { citables, origin, record } from '~/site/load';

export const GET: APIRoute = () =>
  new Response(meetingsAtom(record, citables, origin), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
