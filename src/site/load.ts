/**
 * The site's data, computed once per build by loadSite() and shared by every page: loading per page
 * is a known bottleneck at scale, and checking integrity once means one clear error instead of one
 * per page. Its inputs are the content collections, the settings and the git history of the
 * content (virtual modules of src/integrations/site-data.ts); it starts nothing.
 */
import { cacheDir } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import contentChanges from 'virtual:site/git-info';
import settings from 'virtual:site/settings';
import { readMeetings } from '~/content/loaders/meeting-store';
import { listSourceFiles } from '~/content/loaders/source-files';
import { buildCitables, type Citable, type FileDates } from '~/citation/citables';
import { buildRecord, type DerivedRecord } from '~/record/index';
import { kindNames, type CollectionName } from '~/record/kinds';
import type { PublishedAt } from '~/record/urls';
import { lastChangedByFile, type ContentChange } from '~/record/versions';
import { sitemapEntries, sitemapFiles } from './feeds';
import { anchorAliases } from './registry';
import type { Settings } from './settings';
import { base } from './urls';
import redirects from '../../registry/redirects.json';

export interface SiteData {
  settings: Settings;
  record: DerivedRecord;
  /** Topic entries as Astro gives them, for render() of their editorial summaries. */
  topicEntries: Map<string, CollectionEntry<'topics'>>;
  /** Git history of the content folder; empty where there is no git (then fallbacks apply). */
  contentChanges: ContentChange[];
  /** The date a content file last changed in git, or the fallback the content fixes. */
  fileDate: FileDates;
  /** Where the pages are published: the canonical origin (SITE_URL) and the base path. */
  published: PublishedAt;
  /** Every citable page with its version and last change, by site path. */
  citables: Map<string, Citable>;
  /** The citable page at a path; pages call it only for paths they publish. */
  citableAt: (path: string) => Citable;
  /** Former statement anchors to keep on each meeting page, from registry/redirects.json. */
  anchorAliases: Map<string, Map<string, string[]>>;
  /** The sitemap's files, for its index (/sitemap.xml) and each file (/sitemap-<n>.xml). */
  sitemap: ReturnType<typeof sitemapFiles>;
  /** The date the content of the page at a site path last changed, as the sitemap gives it. */
  lastModifiedAt: (path: string) => string;
}

async function readSite(): Promise<SiteData> {
  const loaded = await Promise.all(kindNames.map(async (kind) => [kind, await getCollection(kind)] as const));
  const collections = Object.fromEntries(loaded) as { [Kind in CollectionName]: CollectionEntry<Kind>[] };
  const record = buildRecord({
    ...collections,
    meetings: readMeetings(cacheDir, collections.meetings),
    sourceFiles: listSourceFiles(settings.contentDir),
  });
  const fileDates = lastChangedByFile(contentChanges);
  const fileDate: FileDates = (entry, fallback) => (entry.filePath && fileDates.get(entry.filePath)) || fallback;
  const published = { origin: settings.site, base };
  const citables = buildCitables(record, published, fileDate);
  const entries = sitemapEntries(record, citables, fileDate);
  const lastModified = new Map(entries.map((entry) => [entry.path, entry.lastmod]));
  return {
    settings,
    record,
    topicEntries: new Map(collections.topics.map((topic) => [topic.id, topic])),
    contentChanges,
    fileDate,
    published,
    citables,
    citableAt: (path) => found(citables.get(path), `no citation data for ${path}`),
    anchorAliases: anchorAliases(redirects),
    sitemap: sitemapFiles(entries),
    lastModifiedAt: (path) => found(lastModified.get(path), `no sitemap entry for ${path}`),
  };
}

function found<T>(value: T | undefined, missing: string): T {
  if (value === undefined) throw new Error(missing);
  return value;
}

let site: Promise<SiteData> | undefined;

/** The site's data: computed on the first call of a build, the same object for every call after it. */
export const loadSite = (): Promise<SiteData> => (site ??= readSite());
