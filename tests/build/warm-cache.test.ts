import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { proceedingsFolder } from '~/content/loaders/meeting-store';

/**
 * Builds without `--force` reuse Astro's data store, and the proceedings live beside it in files
 * of their own (src/content/loaders/meeting-store.ts). These builds check that the two stay in step:
 * an edited statement shows its new words, and a cache folder emptied by hand is filled again.
 */
const scratch = mkdtempSync(join(tmpdir(), 'record-warm-cache-'));
const content = join(scratch, 'content');
const outDir = join(scratch, 'dist');
const meetingFile = join(content, 'meetings/2020-01-01-test-task-force-01.md');
const statementPage = join(outDir, 'meetings/2020-01-01-test-task-force-01/s002/index.html');
// Astro's cacheDir: node_modules/.astro under the project root, where these builds run.
const proceedingsCache = proceedingsFolder(pathToFileURL(`${process.cwd()}/node_modules/.astro/`));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function build(...flags: string[]) {
  const result = spawnSync('npx', ['astro', 'build', ...flags, '--outDir', outDir], {
    env: { ...process.env, RECORD_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  expect(result.status, output).toBe(0);
}

describe('a build that reuses the content cache', () => {
  cpSync('tests/fixtures/valid', content, { recursive: true });

  it('shows a statement as its file now reads', () => {
    build('--force');
    expect(readFileSync(statementPage, 'utf8')).toContain('そのように修正する。');
    writeFileSync(meetingFile, readFileSync(meetingFile, 'utf8').replace('そのように修正する。', 'そのように改める。'));
    build();
    const page = readFileSync(statementPage, 'utf8');
    expect(page).toContain('そのように改める。');
    expect(page).not.toContain('そのように修正する。');
  });

  it('loads the meetings again when their proceedings files are gone', () => {
    rmSync(proceedingsCache, { recursive: true, force: true });
    build();
    expect(readFileSync(statementPage, 'utf8')).toContain('そのように改める。');
  });
});
