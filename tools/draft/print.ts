/** The to-do list as the editor reads it: sections, each line `file:line: what to do`. */
import type { Place, Todo } from './todo.ts';

const at = (place: Place) => `  ${place.file}:${place.line}: ${place.text}`;

function section(title: string, lines: readonly string[], none?: string) {
  if (lines.length === 0 && none === undefined) return;
  console.log(`\n${title} (${lines.length})`);
  for (const line of lines.length > 0 ? lines : [`  ${none ?? ''}`]) console.log(line);
}

export function printTodo(todo: Todo): void {
  const file = todo.meeting.file;
  console.log(
    `${file}: ${todo.refusals.length === 0 ? 'publishable' : `not publishable: the build refuses ${todo.refusals.length} thing${todo.refusals.length === 1 ? '' : 's'}`}`,
  );
  section('The build refuses', todo.refusals.map(at), 'nothing');
  section('Turns to check', todo.turns.map(at));
  section('Stubs to complete', todo.stubs.map(at));
  section(
    'Statements with no topic',
    todo.untagged.map((item) => {
      const found = todo.suggestions.find((s) => s.item.id === item.id)?.suggestions ?? [];
      const list = found.map((s) => `${s.topic} (${s.matched.join(', ')})`).join('; ');
      return `  ${file}:${item.line}: #${item.id} ${item.label}: ${list === '' ? 'no topic named in it' : `suggested: ${list}`}`;
    }),
  );
  section(
    'More topics named in tagged statements',
    todo.suggestions
      .filter(({ item, suggestions }) => item.topics.length > 0 && suggestions.length > 0)
      .map(
        ({ item, suggestions }) =>
          `  ${file}:${item.line}: #${item.id}: ${suggestions.map((s) => `${s.topic} (${s.matched.join(', ')})`).join('; ')}`,
      ),
  );
  section(
    'Terms no topic names (candidates for a new topic)',
    todo.terms.map(
      (t) =>
        `  ${t.term}: ${t.statements} statement${t.statements === 1 ? '' : 's'} here, ${t.meetings} other meeting${t.meetings === 1 ? '' : 's'}`,
    ),
  );
  section(
    'Recommendation candidates (write one: --recommend ID:N)',
    todo.recommendations.flatMap(({ item, candidates }) =>
      candidates.map((c, i) => `  ${file}:${item.line}: #${item.id}:${i + 1} [${c.wordings.join(', ')}] ${c.sentence}`),
    ),
  );
  section('Topic summaries that may be stale', todo.stale.map(at));
}
