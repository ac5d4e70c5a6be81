import { stringify } from 'yaml';
import { PLACEHOLDER_MARK } from '../../src/content/schemas/placeholder.ts';
import type { Draft, DraftItem, Speaker, Stub } from './types.ts';

/** A file the importer writes, relative to the content folder. */
export interface DraftFile {
  path: string;
  contents: string;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/**
 * Escapes what Markdown would read as markup in verbatim text, so that the parsed statement is the
 * source's text again: remark-directive takes ":name" (even ":03") for a directive, and *, _, <, [ and ` are syntax.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_<[\]&]/g, (char) => `\\${char}`)
    .replace(/:(?=\S)/g, '\\:')
    .replace(/^[#>+-]/, (lead) => `\\${lead}`)
    .replace(/^(\d+)([.)])/, (_lead, digits: string, mark: string) => `${digits}\\${mark}`);
}

function attribute(value: string): string {
  return `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

function speakerAttributes(speaker: Speaker): string {
  if ('anonymous' in speaker) return 'anonymous';
  if ('person' in speaker) return `person=${speaker.person}`;
  return `organization=${speaker.organization}`;
}

/** Why a turn's speaker is doubtful: a person the attendee list does not have was guessed from the label. */
function doubtAbout(item: DraftItem, attendees: ReadonlySet<string>): string | undefined {
  if (item.type !== 'statement' && item.type !== 'presentation') return undefined;
  if (!('person' in item.speaker) || attendees.has(item.speaker.person)) return undefined;
  return `${item.label} is not in the attendee list`;
}

function renderItem(item: DraftItem, attendees: ReadonlySet<string> = new Set()): string {
  if (item.type === 'heading') return `${'#'.repeat(item.depth)} ${escapeMarkdown(item.text)}`;
  const content = item.paragraphs.map(escapeMarkdown).join('\n\n');
  if (item.type === 'note') return `:::note{#${item.id}}\n${content}\n:::`;
  const attributes = [
    `#${item.id}`,
    speakerAttributes(item.speaker),
    `label=${attribute(item.label)}`,
    ...(item.material ? [`material=${attribute(item.material)}`] : []),
    ...(item.type === 'presentation' && item.elided ? ['elided'] : []),
  ];
  const doubt = doubtAbout(item, attendees);
  // The build refuses doubt= until an editor has checked the speaker (docs/editing.md).
  if (doubt !== undefined) attributes.push(`doubt=${attribute(doubt)}`);
  return `:::${item.type}{${attributes.join(' ')}}\n${content}\n:::`;
}

/** The meeting file: frontmatter in the order docs/content-format.md gives, then the proceedings. */
export function renderMeeting(draft: Draft): string {
  const frontmatter = {
    title: draft.title,
    title_en: `${PLACEHOLDER_MARK}: English title (editorial)`,
    body: draft.body,
    session: draft.session,
    date: draft.date,
    ...(draft.start ? { start: draft.start } : {}),
    ...(draft.end ? { end: draft.end } : {}),
    ...(draft.venue ? { venue: draft.venue } : {}),
    attendees: draft.attendees.map(({ group, members }) => ({
      group,
      members: members.map(({ party, label, role, title, affiliation }) => ({
        ...party,
        label,
        role,
        ...(title ? { title } : {}),
        ...(affiliation ? { affiliation } : {}),
      })),
    })),
    ...(draft.materials.length > 0 ? { materials: draft.materials } : {}),
    ...(draft.agenda.length > 0 ? { agenda: draft.agenda } : {}),
    source: draft.source,
  };
  const unclassified = draft.items.filter((item) => item.type === 'note' && item.unclassified);
  const comments = [
    '# Draft written by `npm run import`. Check the attributions, write title_en, add topics and replies.',
    ...unclassified.map(
      (item) =>
        `# UNCLASSIFIED: ${'id' in item ? item.id : ''} (source line ${item.line}) holds text the importer could not place.`,
    ),
  ];
  const attendees = new Set(
    draft.attendees.flatMap(({ members }) => members.flatMap(({ party }) => ('person' in party ? [party.person] : []))),
  );
  const body = draft.items.map((item) => renderItem(item, attendees)).join('\n\n');
  return `---\n${comments.join('\n')}\n${yaml(frontmatter)}---\n\n${body}\n`;
}

function renderStub(stub: Stub): string {
  const note = `# Stub written by \`npm run import\`: ${stub.reason}. Rename the file to a chosen slug and check every field.\n`;
  if (stub.collection === 'people') {
    return note + yaml({ name: stub.name, ...(stub.organization ? { organization: stub.organization } : {}) });
  }
  if (stub.collection === 'organizations')
    return note + yaml({ name: stub.name, name_en: `${PLACEHOLDER_MARK} (editorial)` });
  return (
    note +
    yaml({
      name: stub.name,
      name_en: `${PLACEHOLDER_MARK} (editorial)`,
      ...(stub.ministry ? { ministry: stub.ministry } : {}),
    })
  );
}

/** Every file a draft consists of: the meeting, its source text, and the stubs. */
export function draftFiles(draft: Draft, sourceText: string): DraftFile[] {
  return [
    { path: `meetings/${draft.slug}.md`, contents: renderMeeting(draft) },
    { path: `sources/${draft.source.file}`, contents: sourceText },
    ...draft.stubs.map((stub) => ({ path: `${stub.collection}/${stub.slug}.yaml`, contents: renderStub(stub) })),
  ];
}
