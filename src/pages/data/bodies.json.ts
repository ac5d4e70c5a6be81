import type { APIRoute } from 'astro';
import { bodiesData } from '~/open-data/exports';
import { loadSite } from '~/site/load';
import { jsonArrayResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = async () => {
  const { published, record } = await loadSite();
  return jsonArrayResponse(bodiesData(record, published));
};
