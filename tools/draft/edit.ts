/**
 * The draft command's writes: topic suggestions written as suggested-topics= for the editor to keep
 * or delete, suggestions accepted into topics=, and recommendation stubs. Each write goes to a
 * temporary file beside the target and is renamed over it, so an interrupted write leaves the file as it was.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { PLACEHOLDER_MARK } from '../../src/content/schemas/placeholder.ts';
import type { Spoken } from './todo.ts';

/** An editor's mistake in a command: printed as it is, and nothing is written. */
export class DraftInputError extends Error {
  override name = 'DraftInputError';
}

/** Writes `contents` to `path` all at once: a temporary file in the same folder, then a rename. */
export function writeAtomically(path: string, contents: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Sets (or, with undefined, removes) one attribute on the directive line of an item. */
export function setAttribute(
  text: string,
  item: Pick<Spoken, 'id' | 'line' | 'type'>,
  name: string,
  value: string | undefined,
): string {
  const lines = text.split('\n');
  const index = item.line - 1;
  const line = lines[index] ?? '';
  if (!line.startsWith(`:::${item.type}{#${item.id}`) || !line.endsWith('}')) {
    throw new DraftInputError(
      `line ${item.line}: expected the opening line of :::${item.type}{#${item.id} …}; the file changed since it was read. Run the command again.`,
    );
  }
  const without = line.slice(0, -1).replace(new RegExp(` ${name}=(?:"[^"]*"|\\S+)`), '');
  lines[index] = value === undefined ? `${without}}` : `${without} ${name}="${value}"}`;
  return lines.join('\n');
}

/** The item a statement ID names, or an error listing the meeting's IDs. */
export function itemNamed(items: readonly Spoken[], id: string): Spoken {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) {
    const ids = items.map((i) => i.id);
    throw new DraftInputError(
      `this meeting has no statement "${id}"; its statements and presentations are ${ids[0] ?? '(none)'}…${ids.at(-1) ?? ''}.`,
    );
  }
  return item;
}

/** Topic slugs checked against the record, with the closest slugs for one that does not exist. */
export function checkTopics(slugs: readonly string[], known: ReadonlySet<string>): void {
  for (const slug of slugs) {
    if (known.has(slug)) continue;
    const close = [...known]
      .filter((k) => k.startsWith(slug.slice(0, 3)) || slug.includes(k) || k.includes(slug))
      .slice(0, 3);
    throw new DraftInputError(
      `there is no topic "${slug}" in content/topics/.${close.length > 0 ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ''} Create content/topics/${slug}.md first if it is a new topic.`,
    );
  }
}

/** The recommendation stub for one sentence of a statement: quote and reference filled in, the rest for the editor. */
export function recommendationStub(meeting: string, item: Spoken, quote: string): string {
  const note = `# Stub written by \`npm run draft\`: write the summary and the status (adopted, under-consideration, deferred, no-response), then delete this line.\n`;
  return (
    note +
    stringify(
      {
        statement: `${meeting}#${item.id}`,
        quote,
        summary: `${PLACEHOLDER_MARK}: what it asks, in the editors' words`,
        status: `${PLACEHOLDER_MARK}-status`,
        topics: item.topics,
      },
      { lineWidth: 0 },
    )
  );
}

/** Where a new recommendation stub goes; an existing file is never overwritten. */
export function recommendationPath(contentDir: string, meeting: string, item: Spoken, sentence: number): string {
  const path = join(contentDir, 'recommendations', `${meeting}-${item.id}${sentence > 1 ? `-${sentence}` : ''}.yaml`);
  if (existsSync(path)) throw new DraftInputError(`${path} exists already; edit it, or remove it to write a new stub.`);
  return path;
}
