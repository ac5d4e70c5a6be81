import type { APIRoute } from 'astro';
import { statementsCsv } from '../../lib/open-data';
import { origin, record } from '../../lib/record';

export const GET: APIRoute = () =>
  new Response(statementsCsv(record, origin), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
