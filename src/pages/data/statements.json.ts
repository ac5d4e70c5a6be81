import type { APIRoute } from 'astro';
import { statementsData } from '../../lib/open-data';
import { citables, origin, record } from '../../lib/record';

export const GET: APIRoute = () => Response.json(statementsData(record, citables, origin));
