import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('a build after a build of another record folder', () => {
  const other = join(scratch, 'other');
  const second = join(scratch, 'second');
  const secondDist = join(scratch, 'second-dist');
  const cleanDist = join(scratch, 'clean-dist');
  cpSync('tests/fixtures/valid', other, { recursive: true });
  cpSync('tests/fixtures/valid', second, { recursive: true });
  // The other folder differs in one file; every other file has the same bytes in both.
  const otherPerson = join(other, 'people/suzuki.yaml');
  writeFileSync(otherPerson, readFileSync(otherPerson, 'utf8').replace(/^name: .*$/m, 'name: 別人'));

  const buildFolder = (folder: string, out: string, ...flags: string[]) => {
    const result = spawnSync('npx', ['astro', 'build', ...flags, '--outDir', out], {
      env: { ...process.env, RECORD_CONTENT_DIR: folder, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
  };
  const files = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
      .sort();

  it('gives what a clean build of its folder gives, file for file', () => {
    expect(buildFolder(other, join(scratch, 'other-dist'), '--force').status).toBe(0);
    expect(buildFolder(second, secondDist).status).toBe(0);
    expect(buildFolder(second, cleanDist, '--force').status).toBe(0);
    expect(files(secondDist)).toEqual(files(cleanDist));
    const different = files(cleanDist).filter(
      (file) => !readFileSync(join(secondDist, file)).equals(readFileSync(join(cleanDist, file))),
    );
    expect(different).toEqual([]);
  });

  it('names the files of its own folder, not those of the folder built before', () => {
    expect(buildFolder(other, join(scratch, 'other-dist'), '--force').status).toBe(0);
    rmSync(join(second, 'sources/test-minutes.txt'));
    const { status, output } = buildFolder(second, secondDist);
    expect(status).not.toBe(0);
    expect(output).toContain('source file "test-minutes.txt" is not in content/sources/');
    expect(output).toContain(`${second.split('/').pop() ?? ''}/meetings/2020-01-01-test-task-force-01.md`);
    expect(output).not.toContain(`${other.split('/').pop() ?? ''}/`);
  });
});
