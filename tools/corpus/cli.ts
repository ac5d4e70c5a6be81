/**
 * npm run corpus -- --meetings N --out DIR [--seed S]
 * Writes a synthetic record in the real content format (see tools/corpus/generate.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus } from './generate.ts';
import { realVocabulary } from './vocabulary.ts';
import { readCommandLine } from '../command-line.ts';
import { emptyOwnedFolder, refuseOrRun } from '../owned-folder.ts';

const usage = 'usage: npm run corpus -- --meetings N --out DIR [--seed S]';
const { values } = readCommandLine(
  {
    options: {
      meetings: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '7' },
    },
  },
  usage,
);
if (!values.out) {
  console.error(`--out: missing. Fix: give the folder to write the corpus to.\n${usage}`);
  process.exit(2);
}
const out = values.out;
/** A whole number of at least `min`, as written: Number('abc') is NaN, and NaN meetings made a corpus of none. */
const wholeNumber = (name: string, value: string, min: number, example: number) => {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    console.error(
      `--${name} ${value}: not a whole number of at least ${min}. Fix: give one, e.g. --${name} ${example}.\n${usage}`,
    );
    process.exit(2);
  }
  return Number(value);
};
const meetings = wholeNumber('meetings', values.meetings, 1, 1000);
const seed = wholeNumber('seed', values.seed, 0, 7);

const files = generateCorpus({
  meetings,
  seed,
  ...realVocabulary('content', (path) => readFileSync(path, 'utf8'), readdirSync),
});
// Start from an empty folder: files left from a bigger corpus would otherwise be built too. Only a
// folder this script made is emptied: `--out content` is refused before anything is written.
refuseOrRun(() => {
  emptyOwnedFolder(out, 'npm run corpus');
});
for (const { path, content } of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), content);
}
console.log(`wrote ${files.length} files for ${meetings} meetings to ${out}`);
