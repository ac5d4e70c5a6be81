import type { APIRoute } from 'astro';
import { topicsData } from '~/open-data/exports';
import { loadSite } from '~/site/load';
import { jsonArrayResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = async () => {
  const { citables, published, record } = await loadSite();
  return jsonArrayResponse(topicsData(record, citables, published));
};
