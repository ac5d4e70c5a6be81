import type { APIRoute } from 'astro';
import { meetingsData } from '../../lib/open-data';
import { citables, origin, record } from '../../lib/record';

export const GET: APIRoute = () => Response.json(meetingsData(record, citables, origin));
