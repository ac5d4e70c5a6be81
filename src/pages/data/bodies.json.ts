import type { APIRoute } from 'astro';
import { bodiesData } from '~/open-data/exports';
import { published, record } from '~/site/load';
import { jsonArrayResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = () => jsonArrayResponse(bodiesData(record, published));
