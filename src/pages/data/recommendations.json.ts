import type { APIRoute } from 'astro';
import { recommendationsData } from '~/open-data/exports';
import { citables, published, record } from '~/site/load';
import { jsonArrayResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = () => jsonArrayResponse(recommendationsData(record, citables, published));
