import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { sitemapXml } from '~/site/feeds';
import { loadSite } from '~/site/load';

export const getStaticPaths = (async () => {
  const { sitemap } = await loadSite();
  return sitemap.map(({ number, entries }) => ({ params: { n: String(number) }, props: { entries } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { published } = await loadSite();
  return new Response(sitemapXml(props.entries, published.origin), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
