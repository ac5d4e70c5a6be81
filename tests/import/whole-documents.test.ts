import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../tools/import/read-input';
import type { Draft } from '../../tools/import/types';
import { importText } from './helpers';

/**
 * Whole minutes, each scored against its folder's expect.json as ../shared/tools/score-import.py
 * scores them: the header, the number of people listed, and every speaking turn in order with its
 * speaker's label. fixtures/real holds minutes as the ministries published them, fixtures/own
 * minutes in layouts of our own making (each folder's README.md says which).
 */
const DIRS = ['tests/import/fixtures/real', 'tests/import/fixtures/own'];
interface Turn {
  key: string;
  label: string;
  starts: string;
}
interface Expected {
  date: string;
  session: number;
  start: string;
  end: string;
  venue: string;
  persons: number | null;
  statements: Turn[];
}
const documents = DIRS.flatMap((dir) =>
  Object.entries(JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Record<string, Expected>).map(
    ([name, want]) => ({ path: join(dir, name), name, want }),
  ),
);
const pathOf = (name: string) => documents.find((document) => document.name === name)?.path ?? name;

const norm = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

async function importFile(name: string): Promise<Draft> {
  const { text } = await readMinutes(readFileSync(pathOf(name)), name);
  return importText(text);
}

/** The turns written: label and text, normalized as the score compares them. */
const turnsOf = (draft: Draft) =>
  draft.items.flatMap((item) =>
    item.type === 'statement' || item.type === 'presentation'
      ? [{ label: norm(item.label), text: norm(item.paragraphs.join('')), anonymous: 'anonymous' in item.speaker }]
      : [],
  );

describe.each(documents)('the whole document $path', ({ name, want }) => {
  it('reads the header: date, session, times, venue and the people listed', async () => {
    const draft = await importFile(name);
    expect([draft.date, draft.session, draft.start, draft.end]).toEqual([
      want.date,
      want.session,
      want.start,
      want.end,
    ]);
    expect(norm(draft.venue ?? '')).toContain(norm(want.venue));
    if (want.persons !== null) {
      const people = draft.attendees.flatMap((group) => group.members).filter((member) => 'person' in member.party);
      expect(people).toHaveLength(want.persons);
    }
  });

  it('writes every turn, in order, with its own speaker and no other turn inside it', async () => {
    const turns = turnsOf(await importFile(name));
    expect(turns).toHaveLength(want.statements.length);
    want.statements.forEach((turn, index) => {
      const written = turns[index];
      expect(written?.label, `turn ${index + 1}`).toContain(norm(turn.key));
      expect(written?.label, `turn ${index + 1}`).toBe(norm(turn.label));
      const at = written?.text.indexOf(norm(turn.starts)) ?? -1;
      expect(at, `turn ${index + 1} (${turn.label}) holds ${turn.starts} near its start`).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(60);
      expect(written?.anonymous).toBe(false);
    });
  });

  it('reports the speaker markers it saw against the turns it wrote, and they agree', async () => {
    const draft = await importFile(name);
    expect(draft.turns.turns).toBe(want.statements.length);
    expect(draft.turns.namingMarkers).toBe(want.statements.length);
    expect(draft.turns.lost).toEqual([]);
    expect(draft.turns.unattributed).toEqual([]);
  });
});

describe.each([
  ['06-moj-funani-bukai-08.pdf', '07-moj-funani-bukai-08.txt'],
  ['d-naikakufu-gijiroku.pdf', 'c-naikakufu-gijiroku.txt'],
])('the two editions of one meeting, %s and %s', (pdfName, textName) => {
  it('give the same draft: header, turns, speakers and text', async () => {
    const [pdf, text] = await Promise.all([importFile(pdfName), importFile(textName)]);
    const shape = (draft: Draft) => ({
      header: [draft.title, draft.session, draft.date, draft.start, draft.end, draft.venue],
      turns: turnsOf(draft),
      speakers: draft.items.flatMap((item) => ('speaker' in item ? [item.speaker] : [])),
    });
    expect(shape(pdf)).toEqual(shape(text));
  });
});

describe('a cabinet headquarters 議事概要 with its attendees on a 別紙', () => {
  it('reads the 別紙 as attendees, never as proceedings, and attributes each minister to the one listed', async () => {
    const draft = await importFile('03-ai-senryaku-honbu-01.pdf');
    const people = draft.attendees.flatMap((group) => group.members);
    expect(people.some((member) => member.label.includes('別紙'))).toBe(false);
    expect(people.map((member) => member.name).slice(0, 4)).toEqual(['石破 茂', '林 芳正', '城内 実', '村上 誠一郎']);
    const speakerOf = (label: string) => {
      const item = draft.items.find((candidate) => candidate.type === 'statement' && candidate.label === label);
      return item && 'speaker' in item ? item.speaker : undefined;
    };
    const listed = (name: string) => people.find((member) => member.name === name)?.party;
    expect(speakerOf('石破内閣総理大臣')).toEqual(listed('石破 茂'));
    expect(speakerOf('浅尾環境大臣')).toEqual(listed('浅尾慶一郎'));
    expect(speakerOf('三原内閣府特命担当大臣（こども政策）')).toEqual(listed('三原じゅん子'));
    expect(speakerOf('平デジタル大臣')).toEqual(listed('平 将明'));
    // Both of 城内's labels are one person.
    expect(speakerOf('城内人工知能戦略担当大臣兼知的財産戦略担当大臣')).toEqual(listed('城内 実'));
    const last = draft.items.filter((item) => item.type === 'statement').at(-1);
    expect(last?.type === 'statement' && last.paragraphs.join('')).not.toMatch(/出席者一覧|内閣官房長官/);
  });
});
