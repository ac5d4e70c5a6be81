/**
 * The record, loaded once per build and shared by every page. Loading per page is a known
 * bottleneck at scale, and checking integrity once means one clear error instead of one per page.
 */
import { readdirSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { buildRecord } from './record/index';

const contentDir = process.env['RECORD_CONTENT_DIR'] ?? 'content';

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
  meetings,
  recommendations,
  sourceFiles: readdirSync(`${contentDir}/sources`),
});

/** Topic entries as Astro gives them, for render() of their editorial summaries. */
export const topicEntries = new Map(topics.map((topic) => [topic.id, topic]));
