/**
 * One meeting's to-do list: what the build refuses in it (the same schemas and integrity check,
 * src/content/read-record.ts and src/record/integrity.ts), the turns to check, the stubs to
 * complete, the statements with no topic and their suggestions, terms for a new topic,
 * recommendation candidates, and topics whose summary predates statements they now gather.
 */
import { dirname, relative, resolve } from 'node:path';
import { findIntegrityProblems, type IntegrityProblem } from '../../src/record/integrity.ts';
import { staleSummaries } from '../../src/record/stale-summaries.ts';
import type { RecordEntries } from '../../src/record/types.ts';
import type { ProceedingsItemInput } from '../../src/content/markdown/remark-proceedings.ts';
import { RecordFileError, type RecordFile } from '../../src/content/loaders/content-files.ts';
import { rejectSameMeetingTwice } from '../../src/content/loaders/meetings-loader.ts';
import { PLACEHOLDER_MARK } from '../../src/content/schemas/placeholder.ts';
import { validateEntry, type PlainEntry } from '../../src/content/read-record.ts';
import { kindNames } from '../../src/record/kinds.ts';
import type { CollectionName } from '../../src/record/types.ts';
import { normalize } from '../../src/text/normalize.ts';
import { listAll, rawText, readFile, referencesOf, sourceFiles, type ReadFile } from './record-around.ts';
import { scanOtherMeetings } from './other-meetings.ts';
import {
  recommendationCandidates,
  suggestTopics,
  termCandidates,
  termsOf,
  type RecommendationCandidate,
  type TermCandidate,
  type TopicNames,
  type TopicSuggestion,
} from './suggest.ts';

/** One line of the list: where, and what. */
export interface Place {
  file: string;
  line: number;
  text: string;
}

export type Spoken = Extract<ProceedingsItemInput, { type: 'statement' | 'presentation' }>;

export interface Todo {
  meeting: { id: string; file: string; date: string };
  /** The slugs of every topic of the record. */
  topics: string[];
  /** Everything the build refuses in this meeting and the files it brings in. */
  refusals: Place[];
  turns: Place[];
  stubs: Place[];
  suggestions: { item: Spoken; suggestions: TopicSuggestion[] }[];
  untagged: Spoken[];
  terms: TermCandidate[];
  recommendations: { item: Spoken; candidates: RecommendationCandidate[] }[];
  stale: Place[];
}

/** The line of a frontmatter or YAML field: each key of the path found after the previous one. */
export function lineOfField(text: string, field: string): number {
  const lines = text.split('\n');
  let at = 0;
  for (const key of field
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean)) {
    const found = lines.findIndex((line, i) => i >= at && new RegExp(`^\\s*(?:- )?${key}:`).test(line));
    if (found === -1) break;
    at = found;
  }
  return at + 1;
}

/** A problem as a line of the list, at the item's line for proceedings and at the field's for the rest. */
function placeOf(problem: IntegrityProblem, texts: ReadonlyMap<string, string>): Place {
  const itemLine = /\(line (\d+),/.exec(problem.field)?.[1];
  const line = itemLine ? Number(itemLine) : lineOfField(texts.get(problem.file) ?? '', problem.field);
  return { file: problem.file, line, text: `${problem.field}: ${problem.message}. Fix: ${problem.fix}` };
}

const spokenItems = (data: Record<string, unknown>) =>
  ((data['proceedings'] ?? []) as ProceedingsItemInput[]).filter(
    (item): item is Spoken => item.type === 'statement' || item.type === 'presentation',
  );

/** The to-do list of the meeting file at `meetingPath`, in the content folder it belongs to. */
export function draftTodo(meetingPath: string): Todo {
  const contentDir = relative(process.cwd(), dirname(dirname(resolve(meetingPath))));
  const { files, refusals: nameRefusals } = listAll(contentDir);
  const id = resolve(meetingPath).split('/').pop()?.replace(/\.md$/, '') ?? '';
  const file = files.meetings.get(id);
  if (!file) {
    const error = nameRefusals.find((refusal) => refusal.loc.file === resolve(meetingPath));
    throw error ?? new RecordFileError(`${meetingPath}: not a meeting file of ${contentDir}/meetings/.`, meetingPath);
  }
  const meeting = readFile('meetings', file);
  const around = readAround(meeting, files, contentDir);
  const texts = new Map([meeting, ...around.read].map((read) => [read.file.filePath, read.text]));
  const problems = [...[meeting, ...around.read].flatMap((read) => read.problems), ...around.integrity];
  const refusals = [
    ...nameRefusals.map((error) => ({
      file: relative(process.cwd(), error.loc.file),
      line: error.loc.line,
      text: error.message,
    })),
    ...problems.map((problem) => placeOf(problem, texts)),
    ...around.duplicates,
  ];
  return {
    meeting: { id, file: file.filePath, date: String(meeting.unvalidated['date']) },
    topics: [...files.topics.keys()],
    refusals,
    ...editorial(meeting, around),
  };
}

interface Around {
  /** Files read besides the meeting: what it references, the topics, the recommendations pointing into it. */
  read: ReadFile[];
  topics: ReadFile[];
  stubs: ReadFile[];
  integrity: IntegrityProblem[];
  duplicates: Place[];
  termMeetings: Map<string, number>;
  otherMeetingCount: number;
}

type Listing = ReturnType<typeof listAll>['files'];

function readAround(meeting: ReadFile, files: Listing, contentDir: string): Around {
  const references = referencesOf(meeting.unvalidated);
  const readAll = (kind: 'people' | 'organizations' | 'bodies' | 'topics', ids: Iterable<string>) =>
    [...ids].flatMap((slug) => {
      const file = files[kind].get(slug);
      return file ? [readFile(kind, file)] : [];
    });
  const bodies = readAll('bodies', references.bodies);
  const people = readAll('people', references.people);
  const organizationIds = new Set([
    ...references.organizations,
    ...bodies.flatMap((b) => [...referencesOf(b.unvalidated).organizations]),
    ...people.flatMap((p) => [...referencesOf(p.unvalidated).organizations]),
  ]);
  const organizations = readAll('organizations', organizationIds);
  const topics = readAll('topics', files.topics.keys());
  const { recommendations, otherMeetings } = readRecommendationsAround(meeting, files);
  const referenced = [...bodies, ...people, ...organizations];
  const stubs = referenced.filter((read) => read.text.startsWith('# Stub written by'));
  const read = [
    ...referenced,
    ...topics.filter((t) => references.topics.has(t.file.id)),
    ...recommendations,
    ...otherMeetings,
  ];
  const entries = partialRecord(
    meeting,
    [...referenced, ...topics, ...recommendations, ...otherMeetings],
    files,
    contentDir,
  );
  const checked = new Set([meeting, ...read].map((r) => r.file.filePath));
  const integrity = entries ? findIntegrityProblems(entries).filter((p) => checked.has(p.file)) : [];
  const others = [...files.meetings.values()].filter((file) => file.id !== meeting.file.id);
  const wanted = new Set(spokenItems(meeting.unvalidated).flatMap((item) => [...termsFor(item.text)]));
  const scan = scanOtherMeetings(
    others,
    { id: meeting.file.id, body: String(meeting.unvalidated['body']), session: String(meeting.unvalidated['session']) },
    wanted,
  );
  return {
    read,
    topics,
    stubs,
    integrity,
    duplicates: sameMeeting(meeting, scan.sameSession),
    termMeetings: scan.termMeetings,
    otherMeetingCount: scan.window,
  };
}

/** The recommendations that name the meeting, and the other meetings their statements and responses are in. */
function readRecommendationsAround(meeting: ReadFile, files: Listing) {
  const recommendations = [...files.recommendations.values()]
    .filter((file) => rawText(file).includes(meeting.file.id))
    .map((file) => readFile('recommendations', file));
  const pointedAt = new Set(
    recommendations.flatMap((r) =>
      [r.unvalidated['statement'], r.unvalidated['response']].map((l) => textOf(l).split('#')[0] ?? ''),
    ),
  );
  const otherMeetings = [...pointedAt].flatMap((slug) => {
    const file = slug === meeting.file.id ? undefined : files.meetings.get(slug);
    return file ? [readFile('meetings', file)] : [];
  });
  return { recommendations, otherMeetings };
}

const termsFor = (text: string) => termsOf(normalize(text));
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The meeting as it will be once the editor has decided what the schema refuses as undecided
 * (placeholders, suggestions, doubts), so that the cross-file checks can run on it now; those
 * refusals are listed already. Undefined if the schema refuses anything else: fix that first.
 */
function decidedMeeting(meeting: ReadFile, organizations: readonly string[]): PlainEntry | undefined {
  if (meeting.entry) return meeting.entry;
  const data = structuredClone(meeting.unvalidated);
  if (String(data['title_en']).startsWith(PLACEHOLDER_MARK)) data['title_en'] = 'decided';
  const source = data['source'] as Record<string, unknown> | undefined;
  // Any organization: the publisher's placeholder is refused already, and its reference is what an editor writes.
  if (source && String(source['publisher']).startsWith(PLACEHOLDER_MARK)) source['publisher'] = organizations[0];
  for (const item of (data['proceedings'] ?? []) as Record<string, unknown>[]) {
    delete item['suggestedTopics'];
    delete item['doubt'];
  }
  const { data: validated } = validateEntry('meetings', data, meeting.file.filePath);
  return validated && { id: meeting.file.id, data: validated, filePath: meeting.file.filePath };
}

/** The record for the integrity check: what was read in full, every other entry by its slug alone. */
function partialRecord(
  meeting: ReadFile,
  read: readonly ReadFile[],
  files: Listing,
  contentDir: string,
): RecordEntries | undefined {
  const decided = decidedMeeting(meeting, [...files.organizations.keys()]);
  if (!decided) return undefined;
  const full = new Map(read.flatMap((r) => (r.entry ? [[`${r.kind}/${r.file.id}`, r.entry] as const] : [])));
  const entriesOf = (kind: CollectionName) =>
    [...files[kind].values()].flatMap((file) => {
      if (kind === 'meetings') return file.id === meeting.file.id ? [decided] : (full.get(`meetings/${file.id}`) ?? []);
      if (kind === 'recommendations') return full.get(`recommendations/${file.id}`) ?? [];
      return [full.get(`${kind}/${file.id}`) ?? { id: file.id, data: {}, filePath: file.filePath }];
    });
  const entries = Object.fromEntries(kindNames.map((kind) => [kind, entriesOf(kind)]));
  return { ...entries, sourceFiles: sourceFiles(contentDir) } as unknown as RecordEntries;
}

/** Another file for the same session of the same body, as the build's own check words it. */
function sameMeeting(meeting: ReadFile, candidates: readonly RecordFile[]): Place[] {
  if (!meeting.entry) return [];
  return candidates.flatMap((file) => {
    const other = readFile('meetings', file).entry;
    if (!other || !meeting.entry) return [];
    try {
      rejectSameMeetingTwice([other, meeting.entry]);
      return [];
    } catch (error) {
      if (!(error instanceof RecordFileError)) throw error;
      return [{ file: meeting.file.filePath, line: 1, text: error.message.replace(`${meeting.file.filePath}: `, '') }];
    }
  });
}

/** The editor's part of the list: turns, stubs, topics, terms, recommendations, stale summaries. */
function editorial(meeting: ReadFile, around: Around): Omit<Todo, 'meeting' | 'refusals' | 'topics'> {
  const items = spokenItems(meeting.unvalidated);
  const file = meeting.file.filePath;
  const topics: TopicNames[] = around.topics.map((t) => ({
    id: t.file.id,
    title: textOf(t.unvalidated['title']),
    aliases: ((t.unvalidated['aliases'] ?? []) as unknown[]).map(String),
  }));
  const turns = items.flatMap((item) => {
    if (item.doubt !== undefined)
      return [
        { file, line: item.line, text: `#${item.id} ${item.label}: the importer doubted who speaks (${item.doubt})` },
      ];
    if ('anonymous' in item.speaker)
      return [{ file, line: item.line, text: `#${item.id} ${item.label}: no one named (anonymous); check the source` }];
    return [];
  });
  const stubs = around.stubs.map((stub) => ({
    file: stub.file.filePath,
    line: 1,
    text: `${stub.kind} stub "${textOf(stub.unvalidated['name']) || stub.file.id}": ${stub.problems.length > 0 ? stub.problems.map((p) => p.field).join(', ') + ' to write; ' : ''}check every field, then delete the "# Stub written by" line`,
  }));
  const suggestions = items.map((item) => ({
    item,
    suggestions: suggestTopics(item.text, topics).filter((s) => !item.topics.includes(s.topic)),
  }));
  const named = topics;
  const terms = termCandidates(
    items.map((item) => item.text),
    named,
    { counts: around.termMeetings, total: around.otherMeetingCount },
  );
  const recommendations = items.flatMap((item) => {
    const candidates = item.type === 'statement' ? recommendationCandidates(item.text) : [];
    return candidates.length > 0 ? [{ item, candidates }] : [];
  });
  return {
    turns,
    stubs,
    suggestions,
    untagged: items.filter((item) => item.topics.length === 0),
    terms,
    recommendations,
    stale: staleList(meeting, around),
  };
}

/** Topics whose summary predates what this meeting's statements now bring them, and undated ones they bring something to. */
function staleList(meeting: ReadFile, around: Around): Place[] {
  const date = String(meeting.unvalidated['date']);
  const items = spokenItems(meeting.unvalidated).map((item) => ({
    ...item,
    topics: item.topics.map((id) => ({ id })),
  }));
  const topics = around.topics.map((t) => ({
    id: t.file.id,
    data: { summary_as_of: t.unvalidated['summary_as_of'] as string | undefined },
    file: t.file.filePath,
    text: t.text,
  }));
  const stale = staleSummaries(topics, [{ id: meeting.file.id, data: { date, proceedings: items } }]);
  const gathered = new Set(items.flatMap((item) => item.topics.map((t) => t.id)));
  const undated = topics.filter((t) => gathered.has(t.id) && t.data.summary_as_of === undefined);
  const where = (id: string) => topics.find((t) => t.id === id);
  return [
    ...stale.map((s) => ({
      file: where(s.topic)?.file ?? s.topic,
      line: lineOfField(where(s.topic)?.text ?? '', 'summary_as_of'),
      text: `the summary is as of ${s.asOf}; it may not reflect ${s.newer.flatMap((g) => g.items.map((i) => `#${i.id} (line ${i.line})`)).join(', ')} of ${date}. Fix: read them, update the summary and summary_as_of`,
    })),
    ...undated.map((t) => ({
      file: t.file,
      line: 1,
      text: 'the summary has no summary_as_of date; check it against the statements it gathers and set one',
    })),
  ];
}
