import type { APIRoute } from 'astro';
import { recommendationsData } from '../../lib/open-data';
import { citables, origin, record } from '../../lib/record';

export const GET: APIRoute = () => Response.json(recommendationsData(record, citables, origin));
