import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { repeatedAttributeNames } from './remark-directive-attribute-list';

/** A speaker as written in a directive's attributes, before references are resolved. */
export type SpeakerAttributes = { person: string } | { organization: string } | { anonymous: true };

interface ItemFields {
  id: string;
  text: string;
  html: string;
  line: number;
}

/**
 * Marks left in a draft for an editor to decide (docs/editing.md): topic suggestions written by
 * `npm run draft`, and the importer's doubt about who speaks. The meeting schema refuses both, so a
 * draft with either is not published.
 */
interface EditorMarks {
  suggestedTopics?: string[];
  doubt?: string;
}

/** One item of the proceedings as the Markdown states it; the meeting schema validates it further. */
export type ProceedingsItemInput =
  | ({
      type: 'statement';
      speaker: SpeakerAttributes;
      label: string;
      material?: string;
      at?: string;
      reply?: string;
      topics: string[];
    } & EditorMarks &
      ItemFields)
  | ({
      type: 'presentation';
      speaker: SpeakerAttributes;
      label: string;
      material?: string;
      elided: boolean;
      topics: string[];
    } & EditorMarks &
      ItemFields)
  | ({ type: 'note' } & ItemFields)
  | { type: 'heading'; id: string; depth: number; text: string; line: number };

declare module 'vfile' {
  interface DataMap {
    proceedings: ProceedingsItemInput[];
  }
}

export interface RemarkProceedingsOptions {
  /** The ID each kind of item must have; citations point at these, so their shape is fixed. */
  idPatterns?: { statement: RegExp; presentation: RegExp; note: RegExp };
  /** The most characters one item may hold; see DEFAULT_MAX_ITEM_CHARACTERS. */
  maxItemCharacters?: number;
}

/**
 * Far above any real statement (the longest in the record is a few thousand characters), far below
 * what makes a page too big to open: a longer item is almost always a lost `:::` or a pasted file.
 */
export const DEFAULT_MAX_ITEM_CHARACTERS = 50_000;

const defaultIdPatterns = { statement: /^s\d{3}$/, presentation: /^p\d{2}$/, note: /^n\d{2}$/ };

/** The attributes of EditorMarks. */
const marks = ['suggested-topics', 'doubt'];

/** Attributes each container accepts, so that a misspelled attribute is an error, not silently ignored. */
const allowedAttributes: Record<'statement' | 'presentation' | 'note', ReadonlySet<string>> = {
  statement: new Set(['id', 'person', 'organization', 'anonymous', 'label', 'material', 'at', 'reply', 'topics', ...marks]),
  presentation: new Set(['id', 'person', 'organization', 'anonymous', 'label', 'material', 'elided', 'topics', ...marks]),
  note: new Set(['id']),
};

type ContainerName = keyof typeof allowedAttributes;

function isContainerName(name: string): name is ContainerName {
  return Object.hasOwn(allowedAttributes, name);
}

type IdPatterns = NonNullable<RemarkProceedingsOptions['idPatterns']>;
type Attributes = Record<string, string | null | undefined>;
/** Stops the parse with a message pointing at the node (VFile.fail). */
type Fail = (message: string, node: RootContent | PhrasingContent) => never;

/**
 * Reads a meeting's proceedings from its Markdown body into `file.data.proceedings`.
 *
 * The body is headings and `:::statement`, `:::presentation` and `:::note` containers, nothing
 * else: anything outside a container would be text that belongs to no one, so it is an error.
 * Needs remark-directive before it.
 */
export default function remarkProceedings(options: RemarkProceedingsOptions = {}) {
  const idPatterns = options.idPatterns ?? defaultIdPatterns;
  const maxItemCharacters = options.maxItemCharacters ?? DEFAULT_MAX_ITEM_CHARACTERS;

  return (tree: Root, file: VFile) => {
    const fail: Fail = (message, node) => file.fail(message, node);
    const items = readItems(tree, idPatterns, fail);
    for (const item of items) {
      if (item.type === 'heading' || item.text.length <= maxItemCharacters) continue;
      file.fail(
        `:::${item.type}{#${item.id}} holds ${item.text.length.toLocaleString('en')} characters, more than the ${maxItemCharacters.toLocaleString('en')} one item may hold. Fix: check for a missing ":::" line that runs items together, or split the text into the items the source has.`,
        { line: item.line, column: 1 },
      );
    }
    file.data.proceedings = items;
  };
}

function readItems(tree: Root, idPatterns: IdPatterns, fail: Fail): ProceedingsItemInput[] {
  const items: ProceedingsItemInput[] = [];
  const seenIds = new Map<string, number>();
  let headingCount = 0;
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      if (node.depth !== 2 && node.depth !== 3) {
        fail(
          `heading "${toString(node)}" has depth ${node.depth}: proceedings use ## or ### for the source's grouping headings`,
          node,
        );
      }
      headingCount += 1;
      items.push({ type: 'heading', id: `section-${headingCount}`, depth: node.depth, text: toString(node), line });
      continue;
    }
    if (node.type !== 'containerDirective' || !isContainerName(node.name)) {
      const what = node.type === 'containerDirective' ? `:::${node.name}` : `a ${node.type}`;
      fail(
        `${what} is not allowed here: the proceedings hold only ## headings and :::statement, :::presentation or :::note containers. Wrap narrative text in :::note{#nNN}.`,
        node,
      );
    }
    const item = readContainer(node, node.name, line, idPatterns, fail);
    const previous = seenIds.get(item.id);
    if (previous !== undefined) {
      fail(
        `duplicate ID "${item.id}" (first used on line ${previous}): every item needs its own ID; give this one the next unused number`,
        node,
      );
    }
    seenIds.set(item.id, line);
    items.push(item);
  }
  return items;
}

function readContainer(
  node: ContainerDirective,
  name: ContainerName,
  line: number,
  idPatterns: IdPatterns,
  fail: Fail,
): ProceedingsItemInput {
  const attributes = node.attributes ?? {};
  const list = node.data?.attributeList ?? [];
  const [repeated] = repeatedAttributeNames(list);
  if (repeated !== undefined) {
    const written = repeated === 'id' ? 'ID (#… or id=)' : repeated === 'class' ? '.class' : `${repeated}=`;
    const values = list.filter(([key]) => key === repeated).map(([, value]) => JSON.stringify(value));
    fail(
      `:::${name} gives the attribute ${written} more than once (${values.join(', ')}); the build would keep the last without a word. Fix: keep the one the source supports and delete the others.`,
      node,
    );
  }
  for (const key of Object.keys(attributes)) {
    if (!allowedAttributes[name].has(key)) {
      fail(`:::${name} has an unknown attribute "${key}"; allowed: ${[...allowedAttributes[name]].join(', ')}`, node);
    }
  }
  const id = attributes['id'] ?? '';
  if (!idPatterns[name].test(id)) {
    fail(
      `:::${name} needs an ID like {#${name === 'statement' ? 's001' : name === 'presentation' ? 'p01' : 'n01'}}, got "${id}"`,
      node,
    );
  }
  const paragraphs = node.children.map((child) => {
    if (child.type !== 'paragraph') {
      fail(`:::${name}{#${id}} may hold only paragraphs of text, found a ${child.type}`, child);
    }
    return child;
  });
  for (const paragraph of paragraphs) rejectInlineDirectives(paragraph.children, id, fail);
  const text = paragraphs.map((paragraph) => toString(paragraph)).join('\n\n');
  if (text.trim() === '') fail(`:::${name}{#${id}} has no text: write the source's words inside it`, node);
  const html = toHtml(toHast({ type: 'root', children: paragraphs }));
  const fields = { id, text, html, line };
  if (name === 'note') return { type: 'note', ...fields };
  return spokenItem(node, name, attributes, fields, fail);
}

/** A statement or presentation: the container's fields plus who spoke and what about. */
function spokenItem(
  node: ContainerDirective,
  name: 'statement' | 'presentation',
  attributes: Attributes,
  fields: ItemFields,
  fail: Fail,
): ProceedingsItemInput {
  const { id } = fields;
  const speaker = readSpeaker(attributes, name, id, node, fail);
  const label = attributes['label'];
  if (!label) fail(`:::${name}{#${id}} needs label="…", the speaker's label as the source prints it`, node);
  const topics = (attributes['topics'] ?? '').split(/\s+/).filter(Boolean);
  const optional = (key: string) => (attributes[key] ? { [key]: attributes[key] } : {});
  const suggested = attributes['suggested-topics'];
  const editorMarks: EditorMarks = {
    ...(suggested === undefined || suggested === null ? {} : { suggestedTopics: suggested.split(/\s+/).filter(Boolean) }),
    ...('doubt' in attributes ? { doubt: attributes['doubt'] ?? '' } : {}),
  };
  if (name === 'presentation') {
    return {
      type: 'presentation',
      ...fields,
      speaker,
      label,
      ...optional('material'),
      elided: 'elided' in attributes,
      topics,
      ...editorMarks,
    };
  }
  return {
    type: 'statement',
    ...fields,
    speaker,
    label,
    ...optional('material'),
    ...optional('at'),
    ...optional('reply'),
    topics,
    ...editorMarks,
  };
}

function readSpeaker(
  attributes: Attributes,
  name: string,
  id: string,
  node: ContainerDirective,
  fail: Fail,
): SpeakerAttributes {
  const given = (['person', 'organization', 'anonymous'] as const).filter((key) => key in attributes);
  if (given.length !== 1) {
    fail(
      `:::${name}{#${id}} needs exactly one speaker: person=<slug>, organization=<slug> or anonymous (found ${given.length})`,
      node,
    );
  }
  const [kind] = given;
  if (kind === 'anonymous') return { anonymous: true };
  const value = attributes[kind ?? 'person'];
  if (!value)
    fail(
      `:::${name}{#${id}} has an empty ${kind}=: give the slug of a file in content/${kind === 'person' ? 'people' : 'organizations'}/`,
      node,
    );
  return kind === 'organization' ? { organization: value } : { person: value };
}

function rejectInlineDirectives(children: PhrasingContent[], id: string, fail: Fail) {
  for (const child of children) {
    if (child.type === 'textDirective') {
      // remark-directive reads "word:name" as a directive; in verbatim text that would silently eat characters.
      fail(`text in #${id} contains ":${child.name}", which Markdown reads as a directive; escape the colon as \\:`, child);
    }
    if ('children' in child) rejectInlineDirectives(child.children, id, fail);
  }
}
