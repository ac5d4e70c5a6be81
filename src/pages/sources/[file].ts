import type { APIRoute, GetStaticPaths } from 'astro';
import { readSourceText } from '~/content/loaders/source-files';
import { loadSite } from '~/site/load';

/** Publishes each meeting's source text unchanged, so readers can check the record against it. */
export const getStaticPaths = (async () => {
  const { record } = await loadSite();
  return [...new Set(record.meetingsByDate.map((meeting) => meeting.data.source.file))].map((file) => ({
    params: { file },
  }));
}) satisfies GetStaticPaths;

/** Read here, once, strictly (src/content/loaders/source-files.ts): no link is followed. */
export const GET: APIRoute = async ({ params }) => {
  const { settings } = await loadSite();
  return new Response(readSourceText(settings.contentDir, params['file'] ?? ''), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
