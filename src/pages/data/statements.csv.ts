import type { APIRoute } from 'astro';
import { statementsCsv } from '../../lib/open-data';
import { origin, record } from '../../lib/record';
import { textResponse } from '../../lib/streamed-response';

export const GET: APIRoute = () => textResponse(statementsCsv(record, origin), 'text/csv; charset=utf-8');
