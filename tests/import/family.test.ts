import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Expectation, type Score, normalize, scoreLine } from '../../tools/check/score-draft';
import { readMinutes } from '../../tools/import/read-input';
import { editionsOfOneMeeting, readExpectations, scoreMinutesFile } from '../../tools/check/score-minutes';

/**
 * Whole minutes in layouts the importer was not written against (tests/import/family/, see its
 * README): each is imported and scored as ../shared/tools/score-import.py scores the real ones.
 * status.json lists the documents the importer reads right today; those are asserted, the others
 * only report their figures, so that a document moves into the list as the importer learns it.
 */
const FOLDER = 'tests/import/family';
/** Reading a PDF takes seconds, and the machine is shared. */
const SLOW = 120_000;
const expectations = readExpectations(FOLDER);
const status = JSON.parse(readFileSync(join(FOLDER, 'status.json'), 'utf8')) as {
  /** Imported right: header, attendee count, turns found and real, no merge, no catch-all speaker. */
  right: string[];
  /** Also each speaker one person, the attendee where attendees are listed. */
  speakers: string[];
};

/** What is wrong with a draft, one line each, for a readable diff against []. */
function problems(score: Score): string[] {
  return [
    ...score.header.map((problem) => `header: ${problem}`),
    ...score.missed.map((turn) => `turn missed: ${turn.label}: ${turn.starts}`),
    ...score.extra.map((item) => `statement that is no turn: ${item}`),
    ...score.merged.map(({ turn, into }) => `turn merged: ${turn.label} (${turn.starts}) into ${into}`),
    ...score.catchAll.map((label) => `catch-all speaker: ${label}`),
  ];
}

describe('whole minutes of the family', () => {
  it('status.json names only documents of the family', () => {
    const unknown = [...status.right, ...status.speakers].filter((name) => !(name in expectations));
    expect(unknown).toEqual([]);
  });

  // The expectations are written with the documents; this keeps them honest: every turn's label and
  // first words stand in the document's text, in order, as the importer reads the file.
  it(
    'every expected turn is in its document, in order',
    async () => {
      const absent: string[] = [];
      for (const [name, expected] of Object.entries(expectations)) {
        const { text } = await readMinutes(readFileSync(join(FOLDER, name)), name);
        const source = normalize(text);
        let at = 0;
        for (const turn of expected.statements) {
          const label = normalize(turn.label);
          // The first words, with the label at most 80 characters before them (after 「, から、).
          let words = source.indexOf(normalize(turn.starts), at);
          while (words >= 0 && source.lastIndexOf(label, words) < Math.max(at, words - 80)) {
            words = source.indexOf(normalize(turn.starts), words + 1);
          }
          if (words < 0) absent.push(`${name}: ${turn.label}: ${turn.starts}`);
          else at = words;
        }
      }
      expect(absent).toEqual([]);
    },
    SLOW,
  );

  for (const [name, expected] of Object.entries(expectations)) {
    it(
      name,
      async () => {
        const score = await scoreMinutesFile(join(FOLDER, name), expected);
        const line = 'refused' in score ? `FAIL refused: ${score.refused}` : scoreLine(score);
        const asserted = status.right.includes(name);
        if (!asserted) {
          console.log(`${name} (not asserted yet): ${line}`);
          return;
        }
        if ('refused' in score) throw new Error(`${name}: ${line}`);
        expect(problems(score), `${name}: ${line}`).toEqual([]);
        if (status.speakers.includes(name)) expect(score.speakers, `${name}: speakers`).toEqual([]);
      },
      SLOW,
    );
  }

  // Two editions of one meeting (a text and a PDF) give the same statements, once both are read right.
  for (const editions of editionsOfOneMeeting(expectations)) {
    it(
      `${editions.join(' and ')} agree`,
      async () => {
        const drafts = await Promise.all(
          editions.map((name) => scoreMinutesFile(join(FOLDER, name), expectations[name] as Expectation)),
        );
        const statements = drafts.map((score) => ('refused' in score ? undefined : score.statements));
        if (!editions.every((name) => status.right.includes(name))) {
          const same = statements.every((list) => list && JSON.stringify(list) === JSON.stringify(statements[0]));
          console.log(`${editions.join(' and ')} (not asserted yet): ${same ? 'agree' : 'disagree or refused'}`);
          return;
        }
        for (const [index, list] of statements.entries()) expect(list, editions[index]).toEqual(statements[0]);
      },
      SLOW,
    );
  }
});
