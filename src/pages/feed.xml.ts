import type { APIRoute } from 'astro';
import { meetingsAtom } from '../lib/feeds';
import { citables, origin, record } from '../lib/record';

export const GET: APIRoute = () =>
  new Response(meetingsAtom(record, citables, origin), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
