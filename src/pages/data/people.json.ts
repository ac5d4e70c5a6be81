import type { APIRoute } from 'astro';
import { peopleData } from '../../lib/open-data';
import { origin, record } from '../../lib/record';

export const GET: APIRoute = () => Response.json(peopleData(record, origin));
