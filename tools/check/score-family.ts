// npm run check:family -- [FOLDER] [FILE...]: imports each document of a folder of whole
// minutes (tests/import/family/ unless given) and prints its score against the folder's expect.json.
// CHECK_VERBOSE=1 lists the turns missed and the statements that are no turn.
import { join } from 'node:path';
import { scoreLine } from './score-draft.ts';
import { type MinutesScore, editionsOfOneMeeting, readExpectations, scoreMinutesFile } from './score-minutes.ts';

const [folder = 'tests/import/family', ...only] = process.argv.slice(2);
const expectations = readExpectations(folder);
const names = only.length > 0 ? only : Object.keys(expectations);
let right = 0;
let found = 0;
let total = 0;
const scores = new Map<string, MinutesScore>();
for (const name of names) {
  const expected = expectations[name];
  if (!expected) throw new Error(`${name}: not in ${folder}/expect.json`);
  const score = await scoreMinutesFile(join(folder, name), expected);
  scores.set(name, score);
  total += expected.statements.length;
  if ('refused' in score) {
    console.log(`${name}: FAIL refused: ${score.refused.slice(0, 300)}`);
    continue;
  }
  right += Number(score.right);
  found += score.found;
  console.log(`${name}: ${scoreLine(score)}`);
  if (process.env['CHECK_VERBOSE']) {
    for (const turn of score.missed) console.log(`    missed ${turn.label}: ${turn.starts}`);
    for (const extra of score.extra) console.log(`    not a turn: ${extra}`);
    for (const { turn, into } of score.merged) console.log(`    merged ${turn.label} (${turn.starts}) into ${into}`);
    for (const problem of score.speakers) console.log(`    speaker ${problem}`);
  }
}
for (const editions of editionsOfOneMeeting(expectations)) {
  const drafts = editions.map((name) => scores.get(name)).filter((score) => score !== undefined);
  if (drafts.length < 2) continue;
  const texts = drafts.map((score) => ('refused' in score ? 'refused' : JSON.stringify(score.statements)));
  const verdict = texts.includes('refused')
    ? 'not compared (refused)'
    : texts.every((text) => text === texts[0])
      ? 'agree'
      : 'DISAGREE';
  console.log(`editions ${editions.join(' and ')}: ${verdict}`);
}
console.log(`${folder}: ${right}/${names.length} documents imported right; turns attributed ${found}/${total}`);
process.exitCode = right === names.length ? 0 : 1;
