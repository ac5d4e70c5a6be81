import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { kinds } from '~/record/kinds';
import type { CollectionName, RecordEntries } from '~/record/types';
import { bodySchema } from '~/content/schemas/body';
import type { Reference } from '~/content/schemas/common';
import { meetingSchema } from '~/content/schemas/meeting';
import { organizationSchema } from '~/content/schemas/organization';
import { personSchema } from '~/content/schemas/person';
import { recommendationSchema } from '~/content/schemas/recommendation';
import { topicSchema } from '~/content/schemas/topic';

/** Astro's reference() as far as our schemas rely on it: a slug in, { collection, id } out. */
export const testReference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as Reference;

export const schemas = {
  bodies: bodySchema({ reference: testReference }),
  organizations: organizationSchema({ reference: testReference }),
  people: personSchema({ reference: testReference }),
  topics: topicSchema({ reference: testReference }),
  meetings: meetingSchema({ reference: testReference }),
  recommendations: recommendationSchema({ reference: testReference }),
};

function files(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/**
 * Loads a content folder the way the site does (same schemas, same meeting parser) but without
 * Astro, so the record's logic can be tested on plain data.
 */
export function loadRecordEntries(contentDir: string): RecordEntries {
  const load = (collection: CollectionName, read: (raw: string, filePath: string) => unknown) => {
    const { folder, extension } = kinds[collection];
    return files(join(contentDir, folder), `.${extension}`).map((name) => {
      const filePath = join(contentDir, folder, name);
      const data = schemas[collection].parse(read(readFileSync(filePath, 'utf8'), filePath));
      return { id: name.slice(0, -extension.length - 1), data, filePath };
    });
  };
  const yaml = (raw: string) => parseYaml(raw) as unknown;
  const markdown = (raw: string) => parseYaml(parseFrontmatter(raw).rawFrontmatter) as unknown;
  return {
    bodies: load('bodies', yaml),
    organizations: load('organizations', yaml),
    people: load('people', yaml),
    topics: load('topics', markdown),
    meetings: load('meetings', (raw, filePath) => readMeetingFile(raw, filePath).data),
    recommendations: load('recommendations', yaml),
    sourceFiles: readdirSync(join(contentDir, 'sources')),
  } as RecordEntries;
}
