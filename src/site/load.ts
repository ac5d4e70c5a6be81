/**
 * The record, loaded once per build and shared by every page. Loading per page is a known
 * bottleneck at scale, and checking integrity once means one clear error instead of one per page.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { readMeetings } from '~/content/loaders/meeting-store';
import { buildCitables, type FileDates } from '~/citation/citables';
import type { PublishedAt } from '~/record/urls';
import { buildRecord } from '~/record/index';
import { anchorAliases as anchorAliasesOf } from './registry';
import { settings } from './settings';
import { base } from './urls';
import redirects from '../../registry/redirects.json';
import { GIT_LOG_ARGS, lastChangedByFile, parseGitLog, type ContentChange } from '~/record/versions';

const { contentDir } = settings;

const [bodies, organizations, people, topics, meetings, recommendations] = await Promise.all([
  getCollection('bodies'),
  getCollection('organizations'),
  getCollection('people'),
  getCollection('topics'),
  getCollection('meetings'),
  getCollection('recommendations'),
]);

export const record = buildRecord({
  bodies,
  organizations,
  people,
  topics,
  meetings: readMeetings(cacheDir, meetings),
  recommendations,
  sourceFiles: readdirSync(`${contentDir}/sources`),
});

/** Topic entries as Astro gives them, for render() of their editorial summaries. */
export const topicEntries = new Map(topics.map((topic) => [topic.id, topic]));

/** Git history of the content folder, read once; empty where there is no git (then fallbacks apply). */
export const contentChanges: ContentChange[] = (() => {
  try {
    return parseGitLog(
      execFileSync('git', [...GIT_LOG_ARGS, '--', contentDir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
  } catch {
    return [];
  }
})();

const fileDates = lastChangedByFile(contentChanges);

/** The date a content file last changed in git, or the fallback the content fixes. */
export const fileDate: FileDates = (entry, fallback) => (entry.filePath && fileDates.get(entry.filePath)) || fallback;

/** The canonical origin (astro.config.mjs `site`). */
export const origin = import.meta.env.SITE;

/** Where the pages are published: the origin, and the URLs under the base path. */
export const published: PublishedAt = { origin, base };

/** Every citable page with its version and last change, by site path. */
export const citables = buildCitables(record, published, fileDate);

/** The citable page at a path; pages call it only for paths they publish. */
export const citableAt = (path: string) => {
  const citable = citables.get(path);
  if (!citable) throw new Error(`no citation data for ${path}`);
  return citable;
};

/** Former statement anchors to keep on each meeting page, from registry/redirects.json. */
export const anchorAliases = anchorAliasesOf(redirects);
