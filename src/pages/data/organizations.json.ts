import type { APIRoute } from 'astro';
import { organizationsData } from '~/open-data/exports';
import { published, record } from '~/site/load';
import { jsonArrayResponse } from '~/open-data/streamed-response';

export const GET: APIRoute = () => jsonArrayResponse(organizationsData(record, published));
