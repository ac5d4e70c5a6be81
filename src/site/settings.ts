/**
 * Every setting of the build, read from the environment once, validated, with its default. A bad
 * value stops the build with the variable, the value and the fix. astro.config.mjs reads this file
 * too, so it imports nothing but zod.
 */
import { z } from 'astro/zod';

/** An empty variable counts as unset, so it takes the default. */
const variable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const environment = z.object({
  /** The canonical origin that citations, feeds and the sitemap use. */
  SITE_URL: variable(z.url({ protocol: /^https?$/ }).default('https://cyber-council-record.jp')),
  /** The record's folder: content/, or a synthetic corpus (npm run corpus). */
  RECORD_CONTENT_DIR: variable(z.string().default('content')),
  /** Records per search index shard (src/search/shards.ts says what a shard is). */
  SEARCH_SHARD_RECORDS: variable(z.coerce.number().int().min(1).default(10_000)),
});

const fixes: Record<keyof z.infer<typeof environment>, string> = {
  SITE_URL: 'set it to the origin the site is served from, such as https://example.org, or unset it.',
  RECORD_CONTENT_DIR: 'set it to a folder laid out like content/, or unset it for content/.',
  SEARCH_SHARD_RECORDS: 'set it to a whole number above 0, or unset it for the default, 10000.',
};

export interface Settings {
  site: string;
  contentDir: string;
  searchShardRecords: number;
}

/** The settings these variables give; throws one error that names every bad one and its fix. */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const result = environment.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0]) as keyof typeof fixes;
      return `${name}="${env[name] ?? ''}": ${issue.message}. Fix: ${fixes[name]}`;
    });
    throw new Error(`Bad settings:\n- ${problems.join('\n- ')}`);
  }
  const { SITE_URL, RECORD_CONTENT_DIR, SEARCH_SHARD_RECORDS } = result.data;
  return { site: SITE_URL, contentDir: RECORD_CONTENT_DIR, searchShardRecords: SEARCH_SHARD_RECORDS };
}

export const settings: Settings = readSettings(process.env);
