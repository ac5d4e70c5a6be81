import type { APIRoute } from 'astro';
import { topicsData } from '../../lib/open-data';
import { citables, origin, record } from '../../lib/record';

export const GET: APIRoute = () => Response.json(topicsData(record, citables, origin));
