import type { APIRoute } from 'astro';
import { bodiesData } from '../../lib/open-data';
import { origin, record } from '../../lib/record';
import { jsonArrayResponse } from '../../lib/streamed-response';

export const GET: APIRoute = () => jsonArrayResponse(bodiesData(record, origin));
