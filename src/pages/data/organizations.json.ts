import type { APIRoute } from 'astro';
import { organizationsData } from '../../lib/open-data';
import { origin, record } from '../../lib/record';

export const GET: APIRoute = () => Response.json(organizationsData(record, origin));
