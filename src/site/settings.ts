/**
 * Every setting of the build, read from the environment once, validated, with its default. A bad
 * value stops the build with the variable, the value and the fix. astro.config.mjs reads this file
 * too, so it imports nothing but zod and the hosts' names (hosts.ts, which imports nothing).
 */
import { z } from 'astro/zod';
import { hostNames, type DeployHost } from './hosts.ts';

/** The origin citations carry when SITE_URL is not set: reserved for examples (RFC 2606), never a real site. */
export const PLACEHOLDER_ORIGIN = 'https://example.org';

/** An empty variable counts as unset, so it takes the default. */
const variable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

/** A folder such as /record/: plain path segments, written with slashes at both ends. */
const folder = z
  .string()
  .transform((value) => value.trim().replace(/^\/+|\/+$/g, ''))
  .refine((path) => path === '' || /^[\w.~-]+(?:\/[\w.~-]+)*$/.test(path), 'not a plain folder')
  .refine((path) => !path.split('/').some((part) => /^\.+$/.test(part)), 'not a plain folder')
  .transform((path) => (path === '' ? '/' : `/${path}/`));

/**
 * The origin is printed in every canonical link, feed and robots.txt: anything but a scheme, a host
 * and a port would be published on every page (a password) or change what every link points to.
 */
function checkOrigin(context: z.core.ParsePayload<string>) {
  const problem = originProblem(context.value);
  if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
}

function originProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return 'not a URL';
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `the scheme is ${url.protocol} where it must be https: (or http:)`;
  if (url.username || url.password || /^[a-z]+:\/\/[^/]*@/i.test(value)) {
    return 'it holds a user name or password (user:password@), which every page would publish';
  }
  if (url.search || value.includes('?')) return 'it has a query (?…), which every link would carry';
  if (url.hash || value.includes('#')) return 'it has a fragment (#…), which would cut every link short';
  if (url.pathname !== '/') return 'an origin has no path';
  // Spaces, capitals in the host, a default port: the links would differ from what the browser shows.
  if (value.replace(/\/$/, '') !== url.origin) return `it is not written as the origin ${url.origin} is`;
  return undefined;
}

/** The value as an error message shows it: a password in a URL is masked, so the build log does not publish it. */
const shownValue = (value: string) => value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@:]*:)[^/@]*@/i, '$1***@');

const environment = z.object({
  /** The canonical origin that citations, feeds and the sitemap use. */
  SITE_URL: variable(z.string().check(checkOrigin).optional()),
  /** The folder the site is served from (Astro's `base`). */
  BASE_PATH: variable(folder.default('/')),
  /** The record's folder: content/, or a synthetic corpus (npm run corpus). */
  RECORD_CONTENT_DIR: variable(z.string().default('content')),
  /** Records (pages) per search index shard (src/search/shards.ts says what a shard is; docs/search.md why this default). */
  SEARCH_SHARD_RECORDS: variable(z.coerce.number().int().min(1).default(2_500)),
  /** Where the site is published: the build warns when dist/ exceeds that host's limits (hosts.ts). */
  DEPLOY_HOST: variable(z.enum(hostNames).default('github-pages')),
});

const fixes: Record<keyof z.infer<typeof environment>, string> = {
  SITE_URL:
    'set it to the origin the site is served from, only a scheme and a host (and a port), such as https://org.github.io (a folder goes in BASE_PATH), or unset it.',
  BASE_PATH: 'set it to the folder the site is served from, such as /record/, or unset it for /.',
  RECORD_CONTENT_DIR: 'set it to a folder laid out like content/, or unset it for content/.',
  SEARCH_SHARD_RECORDS: 'set it to a whole number above 0, or unset it for the default, 2500.',
  DEPLOY_HOST: `set it to one of ${hostNames.join(', ')}, or unset it for github-pages.`,
};

export interface Settings {
  /** The canonical origin, without a trailing slash unless given one. */
  site: string;
  /** Whether SITE_URL was set; without it the build says that citations point to the placeholder. */
  siteUrlSet: boolean;
  /** The folder the site is served from, with slashes at both ends: `/`, or `/record/`. */
  basePath: string;
  contentDir: string;
  searchShardRecords: number;
  /** The host whose limits the build checks dist/ against. */
  deployHost: DeployHost;
}

/** The settings these variables give; throws one error that names every bad one and its fix. */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const result = environment.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]) as keyof typeof fixes;
      return `${name}="${shownValue(env[name] ?? '')}": ${issue.message}. Fix: ${fixes[name]}`;
    });
    throw new Error(`Bad settings:\n- ${problems.join('\n- ')}`);
  }
  const { SITE_URL, BASE_PATH, RECORD_CONTENT_DIR, SEARCH_SHARD_RECORDS, DEPLOY_HOST } = result.data;
  return {
    site: SITE_URL ?? PLACEHOLDER_ORIGIN,
    siteUrlSet: SITE_URL !== undefined,
    basePath: BASE_PATH,
    contentDir: RECORD_CONTENT_DIR,
    searchShardRecords: SEARCH_SHARD_RECORDS,
    deployHost: DEPLOY_HOST,
  };
}

export const settings: Settings = readSettings(process.env);
