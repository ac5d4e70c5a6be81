import type { APIRoute } from 'astro';
import { statementsCsv } from '~/open-data/exports';
import { published, record } from '~/site/load';
import { textResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = () => textResponse(statementsCsv(record, published), 'text/csv; charset=utf-8');
