import { entryFile, kindNames, kinds } from './kinds';
import type { CollectionName, Entry, Meeting, Recommendation, RecordEntries, SpokenItem } from './types';

/** One thing wrong with the record, phrased for the editor who has to fix it. */
export interface IntegrityProblem {
  /** The file that holds the bad value. */
  file: string;
  /** Where in the file: a field path, with the line for proceedings items. */
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Thrown when the record has problems; its message lists every one, so a build shows them all at once. */
export class RecordIntegrityError extends Error {
  readonly problems: IntegrityProblem[];

  constructor(problems: IntegrityProblem[]) {
    super(
      `The record has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `- ${p.file} → ${p.field}: ${p.message}\n  Fix: ${p.fix}`).join('\n'),
    );
    this.name = 'RecordIntegrityError';
    this.problems = problems;
  }
}

function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.hasOwn(kinds, value);
}

function isReference(value: unknown): value is { collection: CollectionName; id: string } {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && 'id' in value && 'collection' in value && isCollectionName(value.collection);
}

/** Levenshtein distance, to suggest the slug an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(wanted: string, known: Iterable<string>): string {
  const close = [...known]
    .map((id) => ({ id, d: distance(wanted, id) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ id }) => `"${id}"`);
  return close.length > 0 ? ` Did you mean ${close.join(' or ')}?` : '';
}

/** Appends the line of a proceedings item to a field path that points into one. */
function describeField(path: string, meeting: Meeting | undefined): string {
  const match = /^proceedings\[(\d+)\]/.exec(path);
  if (!match || !meeting) return path;
  const item = meeting.data.proceedings[Number(match[1])];
  return item ? `${path} (line ${item.line}, #${item.id})` : path;
}

/**
 * Every problem in the record that the schemas cannot see because it spans files: references
 * to records that do not exist, statement IDs and materials that a meeting does not have, quotes
 * that are not in the statement they quote, and source files that are missing.
 *
 * Astro only logs a broken reference() and builds on; a citable record cannot have one, so the
 * site calls this before rendering anything and fails the build on any problem.
 */
export function findIntegrityProblems(entries: RecordEntries): IntegrityProblem[] {
  const meetings = new Map(entries.meetings.map((m) => [m.id, m]));
  // A set, not sourceFiles.includes() per meeting: that made the check quadratic in the archive's size.
  const sourceFiles = new Set(entries.sourceFiles);
  return [
    ...referenceProblems(entries, meetings),
    ...entries.meetings.flatMap((meeting) => meetingProblems(meeting, sourceFiles)),
    ...entries.recommendations.flatMap((recommendation) => recommendationProblems(recommendation, meetings)),
  ];
}

/** References to entries that do not exist, in every field of every entry. */
function referenceProblems(entries: RecordEntries, meetings: Map<string, Meeting>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const ids = Object.fromEntries(kindNames.map((name) => [name, new Set(entries[name].map((e) => e.id))])) as Record<
    CollectionName,
    Set<string>
  >;
  // Walk every value of every entry, so that a reference field added later is checked without being listed here.
  for (const collection of kindNames) {
    for (const entry of entries[collection] as Entry<unknown>[]) {
      const meeting = collection === 'meetings' ? meetings.get(entry.id) : undefined;
      const visit = (value: unknown, path: string) => {
        if (isReference(value)) {
          if (!ids[value.collection].has(value.id)) {
            const { folder, extension } = kinds[value.collection];
            problems.push({
              file: entryFile(collection, entry),
              field: describeField(path, meeting),
              message: `unknown ${value.collection} reference "${value.id}".${suggestion(value.id, ids[value.collection])}`,
              fix: `use the slug of a file in content/${folder}/, or create content/${folder}/${value.id}.${extension}.`,
            });
          }
          return;
        }
        if (Array.isArray(value)) {
          value.forEach((v: unknown, i) => {
            visit(v, `${path}[${i}]`);
          });
        } else if (typeof value === 'object' && value !== null) {
          for (const [key, v] of Object.entries(value)) visit(v, path ? `${path}.${key}` : key);
        }
      };
      visit(entry.data, '');
    }
  }
  return problems;
}

/** A missing source file, and materials and replies a meeting's items name but the meeting does not have. */
function meetingProblems(meeting: Meeting, sourceFiles: Set<string>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const file = entryFile('meetings', meeting);
  const materialIds = new Set(meeting.data.materials.map((m) => m.id));
  const itemIds = new Set(meeting.data.proceedings.map((item) => item.id));
  if (!sourceFiles.has(meeting.data.source.file)) {
    problems.push({
      file,
      field: 'source.file',
      message: `source file "${meeting.data.source.file}" is not in content/sources/.`,
      fix: 'copy the extracted text of the minutes into content/sources/ under that name, or correct the name.',
    });
  }
  meeting.data.proceedings.forEach((item, index) => {
    const field = (name: string) => describeField(`proceedings[${index}].${name}`, meeting);
    if (
      (item.type === 'statement' || item.type === 'presentation') &&
      item.material &&
      !materialIds.has(item.material)
    ) {
      problems.push({
        file,
        field: field('material'),
        message: `material "${item.material}" is not among this meeting's materials (${[...materialIds].join(', ') || 'none'}).`,
        fix: 'use the id of an entry under materials: in the frontmatter.',
      });
    }
    if (item.type === 'statement' && item.reply !== undefined && !itemIds.has(item.reply)) {
      problems.push({
        file,
        field: field('reply'),
        message: `reply points at "${item.reply}", which this meeting does not have.${suggestion(item.reply, itemIds)}`,
        fix: 'use the ID of a statement earlier in this meeting.',
      });
    }
  });
  return problems;
}

/** Statements that do not exist, quotes not in their statement, materials the meeting does not have. */
function recommendationProblems(recommendation: Recommendation, meetings: Map<string, Meeting>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const file = entryFile('recommendations', recommendation);
  const { statement, response, target, quote } = recommendation.data;
  const spoken = findSpokenItem(meetings, statement, file, 'statement', problems);
  if (response) findSpokenItem(meetings, response, file, 'response', problems);
  if (spoken && !spoken.text.replace(/\s+/g, ' ').includes(quote.replace(/\s+/g, ' '))) {
    problems.push({
      file,
      field: 'quote',
      message: `the quote is not in ${statement.meeting}#${statement.id}.`,
      fix: 'copy the words from the statement exactly, character for character.',
    });
  }
  const meeting = meetings.get(statement.meeting);
  if (target?.material && meeting && !meeting.data.materials.some((m) => m.id === target.material)) {
    problems.push({
      file,
      field: 'target.material',
      message: `material "${target.material}" is not among the materials of ${statement.meeting}.`,
      fix: "use the id of an entry under that meeting's materials:.",
    });
  }
  return problems;
}

function findSpokenItem(
  meetings: Map<string, Meeting>,
  locator: { meeting: string; id: string },
  file: string,
  field: string,
  problems: IntegrityProblem[],
): SpokenItem | undefined {
  const meeting = meetings.get(locator.meeting);
  if (!meeting) {
    problems.push({
      file,
      field,
      message: `unknown meeting "${locator.meeting}".${suggestion(locator.meeting, meetings.keys())}`,
      fix: 'use the slug of a file in content/meetings/.',
    });
    return undefined;
  }
  const item = meeting.data.proceedings.find((i) => i.id === locator.id);
  if (!item || (item.type !== 'statement' && item.type !== 'presentation')) {
    problems.push({
      file,
      field,
      message: `meeting "${locator.meeting}" has no statement "${locator.id}".`,
      fix: 'use the ID of a :::statement in that meeting file.',
    });
    return undefined;
  }
  return item;
}
