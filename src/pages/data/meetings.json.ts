import type { APIRoute } from 'astro';
import { meetingsData } from '../../lib/open-data';
import { citables, origin, record } from '../../lib/record';
import { jsonArrayResponse } from '../../lib/streamed-response';

export const GET: APIRoute = () => jsonArrayResponse(meetingsData(record, citables, origin));
