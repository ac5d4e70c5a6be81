import { parse as parseYaml } from 'yaml';

/**
 * Scores an imported draft against what a right import of the minutes holds, as
 * ../shared/tools/score-import.py does for the real documents: the header (date, session, times,
 * venue, publisher), the attendee count, and who said what. A turn is found where a statement or
 * presentation, in order, has a label holding the turn's key and a text (NFKC, no whitespace) that
 * starts with the turn's first words or holds them within its first WINDOW characters.
 */

export interface ExpectedTurn {
  /** The part of the speaker's name that identifies them (the surname). */
  key: string;
  /** The marker as written, without ○ and spaces. */
  label: string;
  /** The first twelve characters of what they say, whitespace removed. */
  starts: string;
}

export interface Expectation {
  date: string;
  session: number;
  start: string;
  end: string;
  /** A part of the venue a right draft holds. */
  venue: string;
  publisher: string;
  /** The number of people listed as attendees, or null where the document lists none. */
  persons: number | null;
  statements: ExpectedTurn[];
}

export interface Score {
  /** Header fields and the attendee count that are wrong, each with what was wanted. */
  header: string[];
  found: number;
  turns: number;
  items: number;
  recall: number;
  precision: number;
  /** Turns whose words sit inside another turn's statement. */
  merged: { turn: ExpectedTurn; into: string }[];
  /** Statements with no speaker or a catch-all label (出席者). */
  catchAll: string[];
  missed: ExpectedTurn[];
  /** Statements that are no expected turn, as `label: first words`. */
  extra: string[];
  /**
   * Where the found turns' speakers are not one person each: a speaker split in two, two speakers
   * made one, or a speaker who is not the attendee the header lists. Reported apart from `right`.
   */
  speakers: string[];
  /** Every statement and presentation of the draft, as compared (label and text normalized). */
  statements: { label: string; text: string }[];
  /** The score script's verdict: header, attendee count, recall and precision, no merge, no catch-all speaker. */
  right: boolean;
}

/** An expected turn may start this far into a statement (after a 「, a から、, the name). */
const WINDOW = 60;
const BAR = 0.98;
const CATCH_ALL = new Set(['出席者', '出席者一同', '発言者', '参加者', '不明', '一同', '委員', '構成員', '事務局等']);

/** The form both sides are compared in: NFKC (ＡＩ/AI, ⼤/大, ４/4), no whitespace. */
export const normalize = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Undoes the draft writer's Markdown escaping (\: \* \[ …) so that the text is the source's again. */
const unescape = (text: string) => text.replace(/\\([\\`*_<[\]&:#>+\-.)!|~{}"'=])/g, '$1');

interface Item {
  label: string;
  text: string;
  anonymous: boolean;
  /** The record the statement is attributed to (person=… or organization=…). */
  speaker: string | undefined;
}

/** The proceedings' statements and presentations, in order. */
function spokenItems(body: string): Item[] {
  const items: (Item & { kind: string })[] = [];
  let current: (Omit<Item, 'text'> & { kind: string; lines: string[] }) | undefined;
  for (const line of body.split('\n')) {
    const open = /^:::(statement|presentation|note)\{(.*)\}\s*$/.exec(line);
    if (open && !current) {
      const attributes = open[2] ?? '';
      const label = (/\blabel="([^"]*)"/.exec(attributes)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const anonymous = /(^|\s)anonymous(\s|$)/.test(attributes);
      const speaker = /(?:^|\s)((?:person|organization)=[^\s}]+)/.exec(attributes)?.[1];
      current = { kind: open[1] ?? '', label, anonymous, speaker, lines: [] };
    } else if (current && /^:::\s*$/.test(line)) {
      const { lines, ...item } = current;
      items.push({ ...item, text: unescape(lines.join('\n')) });
      current = undefined;
    } else if (current) {
      current.lines.push(line);
    }
  }
  return items.filter((item) => item.kind !== 'note');
}

/** The draft's frontmatter as the score reads it: strings, with times as HH:MM. */
function frontmatter(markdown: string): Record<string, unknown> {
  const [, yaml = ''] = markdown.startsWith('---') ? markdown.split('---', 3) : [];
  const data: unknown = parseYaml(yaml);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function headerProblems(
  data: Record<string, unknown>,
  expected: Expectation,
  organizationName: (slug: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const text = (value: unknown): string => {
    if (value === undefined || value === null) return 'none';
    if (typeof value === 'string') return value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  };
  if (text(data['date']) !== expected.date) problems.push(`date ${text(data['date'])} (want ${expected.date})`);
  if (text(data['session']) !== String(expected.session)) {
    problems.push(`session ${text(data['session'])} (want ${expected.session})`);
  }
  for (const field of ['start', 'end'] as const) {
    const value = text(data[field]).padStart(5, '0');
    if (value !== expected[field]) problems.push(`${field} ${text(data[field])} (want ${expected[field]})`);
  }
  if (!normalize(text(data['venue'])).includes(normalize(expected.venue))) {
    problems.push(`venue ${JSON.stringify(data['venue'] ?? null)} (want …${expected.venue}…)`);
  }
  const source = (data['source'] ?? {}) as Record<string, unknown>;
  const slug = text(source['publisher']);
  if (!slug.startsWith('TODO')) {
    // The ministry itself, or a unit of it (消費者庁消費者教育推進課); never another ministry.
    const name = organizationName(slug) ?? slug;
    if (!normalize(name).startsWith(normalize(expected.publisher))) {
      problems.push(`publisher ${slug}=${JSON.stringify(name)} (want ${expected.publisher} or a TODO placeholder)`);
    }
  }
  const groups = Array.isArray(data['attendees']) ? (data['attendees'] as Record<string, unknown>[]) : [];
  const people = groups.flatMap((group) =>
    Array.isArray(group['members'])
      ? (group['members'] as Record<string, unknown>[]).filter((member) => 'person' in member)
      : [],
  );
  if (expected.persons !== null && people.length !== expected.persons) {
    problems.push(`${people.length} persons (want ${expected.persons})`);
  }
  return problems;
}

/** Listed attendees as the statements name them (person=… or organization=…). */
function attendeeIds(data: Record<string, unknown>): Set<string> {
  const groups = Array.isArray(data['attendees']) ? (data['attendees'] as Record<string, unknown>[]) : [];
  const members = groups.flatMap((group) =>
    Array.isArray(group['members']) ? (group['members'] as Record<string, unknown>[]) : [],
  );
  return new Set(
    members.flatMap((member) =>
      (['person', 'organization'] as const)
        .filter((kind) => kind in member)
        .map((kind) => `${kind}=${String(member[kind])}`),
    ),
  );
}

/** Each speaker one record, and the attendee where the minutes list attendees. */
function speakerProblems(
  turns: ExpectedTurn[],
  items: Item[],
  pairs: Map<number, number>,
  listed: Set<string> | undefined,
) {
  const byKey = new Map<string, Set<string>>();
  const byId = new Map<string, Set<string>>();
  for (const [turn, item] of pairs) {
    const { key } = turns[turn] as ExpectedTurn;
    const id = (items[item] as Item).speaker ?? '(none)';
    byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
    byId.set(id, (byId.get(id) ?? new Set()).add(key));
  }
  const problems: string[] = [];
  for (const [key, ids] of byKey) {
    if (ids.size > 1) problems.push(`${key} is split between ${[...ids].join(', ')}`);
    const strangers = [...ids].filter((id) => listed && !listed.has(id));
    if (strangers.length > 0) problems.push(`${key} speaks as ${strangers.join(', ')}, not as a listed attendee`);
  }
  for (const [id, keys] of byId) if (keys.size > 1) problems.push(`${id} speaks for ${[...keys].join(', ')}`);
  return problems;
}

/** Monotonic alignment maximising the turns found; ties prefer a text that starts with the turn. */
function align(turns: ExpectedTurn[], items: Item[]): Map<number, number> {
  const n = turns.length;
  const m = items.length;
  const score = (i: number, j: number) => {
    const turn = turns[i] as ExpectedTurn;
    const item = items[j] as Item;
    if (!item.label.includes(turn.key)) return 0;
    if (item.text.startsWith(turn.starts)) return 1001;
    const at = item.text.indexOf(turn.starts);
    return at >= 0 && at < WINDOW ? 1000 : 0;
  };
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number) => (best[i] as number[])[j] as number;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      const s = score(i, j);
      (best[i] as number[])[j] = Math.max(at(i + 1, j), at(i, j + 1), s ? s + at(i + 1, j + 1) : 0);
    }
  }
  const pairs = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(i, j);
    if (s && at(i, j) === s + at(i + 1, j + 1)) {
      pairs.set(i, j);
      i += 1;
      j += 1;
    } else if (at(i, j) === at(i + 1, j)) i += 1;
    else j += 1;
  }
  return pairs;
}

/**
 * Turns not found whose words sit inside another statement: beyond its first WINDOW characters, or
 * after the start of the turn it was matched to. Words that are short or said more than once
 * (ありがとうございました。) count only with the speaker's name just before.
 */
function merges(turns: ExpectedTurn[], items: Item[], pairs: Map<number, number>) {
  const said = new Map<string, number>();
  for (const turn of turns) said.set(turn.starts, (said.get(turn.starts) ?? 0) + 1);
  const matchedTurn = new Map([...pairs].map(([turn, item]) => [item, turn]));
  const merged: { turn: ExpectedTurn; into: string }[] = [];
  turns.forEach((turn, k) => {
    if (pairs.has(k) || !turn.starts) return;
    const lo = Math.max(0, ...[...pairs].filter(([i]) => i < k).map(([, j]) => j));
    const hi = Math.min(items.length, ...[...pairs].filter(([i]) => i > k).map(([, j]) => j));
    const generic = turn.starts.length < 12 || (said.get(turn.starts) ?? 0) > 1;
    for (let j = lo; j < hi; j += 1) {
      const { text, label } = items[j] as Item;
      const own = matchedTurn.has(j) ? (turns[matchedTurn.get(j) as number] as ExpectedTurn).starts : undefined;
      const ownAt = own === undefined ? -1 : text.indexOf(own);
      for (let p = text.indexOf(turn.starts, 1); p !== -1; p = text.indexOf(turn.starts, p + 1)) {
        const inside = p >= WINDOW || (own !== undefined && p > ownAt);
        if (inside && (!generic || text.slice(Math.max(0, p - 40), p).includes(turn.key))) {
          merged.push({ turn, into: label });
          return;
        }
      }
    }
  });
  return merged;
}

/** Scores one draft meeting (the Markdown the importer writes) against its expectation. */
export function scoreDraft(
  markdown: string,
  expected: Expectation,
  organizationName: (slug: string) => string | undefined,
): Score {
  const data = frontmatter(markdown);
  const body = markdown.startsWith('---') ? markdown.split('---').slice(2).join('---') : markdown;
  const header = headerProblems(data, expected, organizationName);
  const items = spokenItems(body).map((item) => ({
    ...item,
    label: normalize(item.label),
    text: normalize(item.text),
  }));
  const turns = expected.statements.map((turn) => ({
    ...turn,
    key: normalize(turn.key),
    starts: normalize(turn.starts),
  }));
  const pairs = align(turns, items);
  const found = pairs.size;
  const recall = turns.length > 0 ? found / turns.length : 1;
  const precision = items.length > 0 ? found / items.length : turns.length === 0 ? 1 : 0;
  const merged = merges(turns, items, pairs);
  const catchAll = items
    .filter((item) => item.anonymous || CATCH_ALL.has(item.label))
    .map((item) => item.label || '(anonymous)');
  const paired = new Set(pairs.values());
  const speakers = speakerProblems(turns, items, pairs, expected.persons === null ? undefined : attendeeIds(data));
  return {
    header,
    found,
    turns: turns.length,
    items: items.length,
    recall,
    precision,
    merged,
    catchAll,
    missed: expected.statements.filter((_, k) => !pairs.has(k)),
    extra: items.filter((_, j) => !paired.has(j)).map((item) => `${item.label}: ${item.text.slice(0, 20)}`),
    speakers,
    statements: items.map(({ label, text }) => ({ label, text })),
    right: header.length === 0 && recall >= BAR && precision >= BAR && merged.length === 0 && catchAll.length === 0,
  };
}

/** One line per document, as the score script prints it. */
export function scoreLine(score: Score): string {
  const catchAll = [...new Set(score.catchAll)];
  return (
    `${score.right ? 'OK' : 'FAIL'} header ${score.header.length === 0 ? 'ok' : score.header.join('; ')} | ` +
    `recall ${score.found}/${score.turns} = ${score.recall.toFixed(2)}, ` +
    `precision ${score.found}/${score.items} = ${score.precision.toFixed(2)}, merges ${score.merged.length}, ` +
    `catch-all speakers ${score.catchAll.length}${catchAll.length > 0 ? ` (${catchAll.slice(0, 4).join(', ')})` : ''} | ` +
    `speakers ${score.speakers.length === 0 ? 'one person each' : `${score.speakers.length} wrong`}`
  );
}
