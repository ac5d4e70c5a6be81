import type { APIRoute } from 'astro';
import { statementsCsv } from '~/open-data/exports';
import { loadSite } from '~/site/load';
import { textResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = async () => {
  const { published, record } = await loadSite();
  return textResponse(statementsCsv(record, published), 'text/csv; charset=utf-8');
};
