import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFiles } from '../../tools/import/write-draft';
import { accountFor, draftItems, importText, SOURCES, sourceText, spokenItems } from './helpers';

describe.each(Object.entries(SOURCES))('importing the %s source', (_layout, name) => {
  const source = sourceText(name);
  const draft = importText(source);
  const committedPath = `content/meetings/${name}.md`;

  it('names the committed record', () => {
    expect(draft.slug).toBe(name);
    expect(draft.source.file).toBe(`${name}.txt`);
  });

  it('reproduces every committed statement and presentation: text with its paragraphs, speaker, label', () => {
    const committed = spokenItems(readFileSync(committedPath, 'utf8'), committedPath);
    expect(draftItems(draft)).toEqual(committed);
  });

  it('reproduces the committed header fields the source states', async () => {
    const { readMeetingFile } = await import('~/content/loaders/meetings-loader');
    const { data } = readMeetingFile(readFileSync(committedPath, 'utf8'), committedPath);
    expect(draft.title).toBe(data['title']);
    expect(draft.body).toBe(data['body']);
    expect(draft.session).toBe(data['session']);
    expect(draft.date).toBe(data['date']);
    expect([draft.start, draft.end, draft.venue]).toEqual([data['start'], data['end'], data['venue']]);
    expect(draft.source.title).toBe((data['source'] as { title: string }).title);
    const attendees = data['attendees'] as { group: string; members: Record<string, string>[] }[];
    const people = (groups: typeof attendees) =>
      groups.map(({ group, members }) => ({
        group,
        members: members.map((m) => ({ who: m['person'] ?? m['organization'], label: m['label'], role: m['role'] })),
      }));
    const drafted = draft.attendees.map(({ group, members }) => ({
      group,
      members: members.map((m) => ({ who: Object.values(m.party)[0], label: m.label, role: m.role })),
    }));
    expect(drafted).toEqual(people(attendees));
    const materials = data['materials'] as { id: string; number: string; title: string }[];
    expect(draft.materials.map(({ id, number, title }) => ({ id, number, title }))).toEqual(
      materials.map(({ id, number, title }) => ({ id, number, title })),
    );
  });

  it('accounts for every non-whitespace character of the source', () => {
    const written = draftFiles(draft, source)
      .filter((file) => !file.path.startsWith('sources/'))
      .map((file) => file.contents)
      .join('\n');
    const counts = accountFor(source, draft, written);
    expect(counts['total']).toBeGreaterThan(0);
    console.log(`${name}: characters accounted for ${JSON.stringify(counts)}`);
  });
});
