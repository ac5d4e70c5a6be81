import type { APIRoute } from 'astro';
import { bodiesData } from '../../lib/open-data';
import { origin, record } from '../../lib/record';

export const GET: APIRoute = () => Response.json(bodiesData(record, origin));
