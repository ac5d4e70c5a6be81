import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { sitemapXml } from '~/site/feeds';
import { origin } from '~/site/load';
import { sitemap } from '~/site/sitemap';

export const getStaticPaths = (() =>
  sitemap.map(({ number, entries }) => ({
    params: { n: String(number) },
    props: { entries },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(sitemapXml(props.entries, origin), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
