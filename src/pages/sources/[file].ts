import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { record } from '~/site/load';
import { settings } from '~/site/settings';

const { contentDir } = settings;

/** Publishes each meeting's source text unchanged, so readers can check the record against it. */
export const getStaticPaths = (() =>
  [...new Set(record.meetingsByDate.map((meeting) => meeting.data.source.file))].map((file) => ({
    params: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(`${contentDir}/sources/${params['file']}`), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
