import type { APIRoute } from 'astro';
import { recommendationsData } from '../../lib/open-data';
import { citables, origin, record } from '../../lib/record';
import { jsonArrayResponse } from '../../lib/streamed-response';

export const GET: APIRoute = () => jsonArrayResponse(recommendationsData(record, citables, origin));
