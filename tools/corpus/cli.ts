/**
 * npm run corpus -- --meetings N --out DIR [--seed S]
 * Writes a synthetic record in the real content format (see tools/corpus/generate.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';
import { realVocabulary } from './vocabulary.ts';
import { emptyOwnedFolder, refuseOrRun } from '../owned-folder.ts';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '7' },
  },
});
if (!values.out) throw new Error('usage: npm run corpus -- --meetings N --out DIR [--seed S]');
const out = values.out;

const files = generateCorpus({
  meetings: Number(values.meetings),
  seed: Number(values.seed),
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
console.log(`wrote ${files.length} files for ${values.meetings} meetings to ${out}`);
