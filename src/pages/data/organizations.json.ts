import type { APIRoute } from 'astro';
import { organizationsData } from '../../lib/open-data';
import { origin, record } from '../../lib/record';
import { jsonArrayResponse } from '../../lib/streamed-response';

export const GET: APIRoute = () => jsonArrayResponse(organizationsData(record, origin));
