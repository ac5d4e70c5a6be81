import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { KnownRecord } from './types.ts';

type Data = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function records(dir: string, extension: string): { slug: string; raw: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ slug: name.slice(0, -extension.length), raw: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Reads what the importer matches against from a content folder. Only the frontmatter of meetings
 * is read: the attendee lists say who attended which body, and that is all matching needs.
 */
export function readKnownRecord(contentDir: string): KnownRecord {
  const yaml = (raw: string) => (parseYaml(raw) as Data | null) ?? {};
  const people = records(join(contentDir, 'people'), '.yaml').map(({ slug, raw }) => {
    const data = yaml(raw);
    const organization = text(data['organization']);
    return { slug, name: text(data['name']) ?? '', ...(organization ? { organization } : {}) };
  });
  const organizations = records(join(contentDir, 'organizations'), '.yaml').map(({ slug, raw }) => {
    const data = yaml(raw);
    const abbreviation = text(data['abbreviation']);
    const aliases = Array.isArray(data['aliases']) ? data['aliases'].filter((a) => typeof a === 'string') : [];
    return { slug, name: text(data['name']) ?? '', ...(abbreviation ? { abbreviation } : {}), aliases };
  });
  const bodies = records(join(contentDir, 'bodies'), '.yaml').map(({ slug, raw }) => {
    const data = yaml(raw);
    const ministry = text(data['ministry']);
    const parent = text(data['parent']);
    return { slug, name: text(data['name']) ?? '', ...(ministry ? { ministry } : {}), ...(parent ? { parent } : {}) };
  });
  const attendances = records(join(contentDir, 'meetings'), '.md').flatMap(({ raw }) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
    const data = yaml(frontmatter);
    const body = text(data['body']) ?? '';
    const groups = Array.isArray(data['attendees']) ? (data['attendees'] as Data[]) : [];
    return groups.flatMap((group) =>
      (Array.isArray(group['members']) ? (group['members'] as Data[]) : []).map((member) => {
        const person = text(member['person']);
        const organization = text(member['organization']);
        return {
          body,
          label: text(member['label']) ?? '',
          role: text(member['role']) ?? '',
          ...(person ? { person } : {}),
          ...(organization ? { organization } : {}),
        };
      }),
    );
  });
  return { people, organizations, bodies, attendances };
}
