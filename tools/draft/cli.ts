/**
 * npm run draft -- content/meetings/<file>.md [--suggest] [--accept s001[=slug,slug]] [--recommend s012[:2]]
 *
 * Prints one meeting's to-do list (tools/draft/todo.ts; docs/editing.md) and exits 0 only when the
 * build would publish the meeting. The flags write the editor's decisions into the files, atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RecordFileError } from '../../src/content/loaders/content-files.ts';
import {
  checkTopics,
  DraftInputError,
  itemNamed,
  recommendationPath,
  recommendationStub,
  setAttribute,
  writeAtomically,
} from './edit.ts';
import { readCommandLine } from '../command-line.ts';
import { printTodo } from './print.ts';
import { draftTodo, type Todo } from './todo.ts';

const USAGE =
  'usage: npm run draft -- content/meetings/<file>.md [--suggest] [--accept s001[=slug,slug]] [--recommend s012[:N]]';

function meetingPath(argument: string | undefined): string {
  if (argument === undefined) throw new DraftInputError(USAGE);
  if (argument.endsWith('.md')) return argument;
  return join(process.env['RECORD_CONTENT_DIR'] ?? 'content', 'meetings', `${argument}.md`);
}

/** Writes suggested-topics= on every statement with suggestions; the editor keeps or deletes each. */
function writeSuggestions(todo: Todo): number {
  let text = readFileSync(todo.meeting.file, 'utf8');
  const written = todo.suggestions.filter(({ suggestions }) => suggestions.length > 0);
  for (const { item, suggestions } of written)
    text = setAttribute(text, item, 'suggested-topics', suggestions.map((s) => s.topic).join(' '));
  if (written.length > 0) writeAtomically(todo.meeting.file, text);
  return written.length;
}

/** Moves a statement's suggestions (or the slugs given) into topics= and removes suggested-topics=. */
function accept(todo: Todo, argument: string, topics: ReadonlySet<string>): string {
  const [id = '', given] = argument.split('=');
  const item = itemNamed(
    todo.suggestions.map((s) => s.item),
    id,
  );
  const slugs = given === undefined ? (item.suggestedTopics ?? []) : given.split(',').filter(Boolean);
  if (slugs.length === 0)
    throw new DraftInputError(`#${id} has no suggested-topics= to accept; name the topics: --accept ${id}=slug,slug`);
  checkTopics(slugs, topics);
  const all = [...new Set([...item.topics, ...slugs])].join(' ');
  const text = setAttribute(
    setAttribute(readFileSync(todo.meeting.file, 'utf8'), item, 'suggested-topics', undefined),
    item,
    'topics',
    all,
  );
  writeAtomically(todo.meeting.file, text);
  return `#${id}: topics="${all}"`;
}

/** Writes a recommendation stub for candidate sentence N (from 1) of a statement. */
function recommend(todo: Todo, argument: string): string {
  const [id = '', n = '1'] = argument.split(':');
  const item = itemNamed(
    todo.suggestions.map((s) => s.item),
    id,
  );
  const candidates = todo.recommendations.find((r) => r.item.id === id)?.candidates ?? [];
  const candidate = candidates[Number(n) - 1];
  if (!candidate)
    throw new DraftInputError(
      `#${id} has ${candidates.length} candidate sentence${candidates.length === 1 ? '' : 's'}; --recommend ${id}:N takes N from 1 to ${candidates.length}.`,
    );
  const path = recommendationPath(dirname(dirname(todo.meeting.file)), todo.meeting.id, item, Number(n));
  writeAtomically(path, recommendationStub(todo.meeting.id, item, candidate.sentence));
  return `wrote ${path}`;
}

function main(): number {
  const { values, positionals } = readCommandLine(
    {
      allowPositionals: true,
      options: {
        suggest: { type: 'boolean' },
        accept: { type: 'string', multiple: true },
        recommend: { type: 'string', multiple: true },
      },
    },
    USAGE,
  );
  const path = meetingPath(positionals[0]);
  if (!existsSync(path)) throw new DraftInputError(`${path}: no such file. ${USAGE}`);
  let todo = draftTodo(path);
  const done: string[] = [];
  if (values.suggest) done.push(`wrote suggested-topics= on ${writeSuggestions(todo)} statements`);
  const topics = new Set(todo.topics);
  for (const argument of values.accept ?? []) done.push(accept((todo = draftTodo(path)), argument, topics));
  for (const argument of values.recommend ?? []) done.push(recommend((todo = draftTodo(path)), argument));
  if (done.length > 0) todo = draftTodo(path);
  for (const line of done) console.log(line);
  printTodo(todo);
  return todo.refusals.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof DraftInputError || error instanceof RecordFileError)) throw error;
  console.error(error.message);
  process.exitCode = error instanceof DraftInputError ? 2 : 1;
}
