import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, formatInfo } from '~/citation/format';
import { loadSite } from '~/site/load';
import { citationFilePaths, type CitationFilePage } from '~/site/routes/meetings';

export const getStaticPaths = (async () => {
  const { citableAt, record } = await loadSite();
  return citationFilePaths(record, citableAt);
}) satisfies GetStaticPaths;

export const GET: APIRoute<CitationFilePage> = ({ props: { format, citables } }) =>
  new Response(citationFile(format, citables), {
    headers: { 'Content-Type': `${formatInfo[format].mediaType}; charset=utf-8` },
  });
