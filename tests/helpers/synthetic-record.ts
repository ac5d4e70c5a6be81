import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateCorpus } from '../../tools/corpus/generate';
import { realVocabulary } from '../../tools/corpus/vocabulary';
import type { RecordEntries } from '~/record/types';
import { readRecordEntries } from '~/content/read-record';

/**
 * The entries of a seeded synthetic corpus (`npm run corpus`) of `meetings` meetings, written to a
 * temporary folder and read back the way the site reads content, for tests that need more than
 * the two real meetings: topics and people large enough to run over several pages, for example.
 */
export function syntheticRecordEntries(meetings: number, seed = 7): RecordEntries {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-record-'));
  const vocabulary = realVocabulary('content', (path) => readFileSync(path, 'utf8'), readdirSync);
  for (const { path, content } of generateCorpus({ meetings, seed, ...vocabulary })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return readRecordEntries(dir);
}
