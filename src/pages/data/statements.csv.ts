import type { APIRoute } from 'astro';
import { statementsCsv } from '~/open-data/exports';
import { origin, record } from '~/site/load';
import { textResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = () => textResponse(statementsCsv(record, origin), 'text/csv; charset=utf-8');
