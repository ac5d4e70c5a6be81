import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCES } from './helpers';

const out = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** Runs the CLI as `npm run import` does, with the Node that runs the tests. */
const run = (...args: string[]) => spawnSync(process.execPath, ['tools/import/cli.ts', ...args], { encoding: 'utf8' });

describe('npm run import', () => {
  it('writes the draft, prints what it wrote and what it could not classify', () => {
    const result = run(`content/sources/${SOURCES.meti}.txt`, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(join(out, 'meetings', `${SOURCES.meti}.md`));
    expect(result.stdout).toContain('6337 of 6337 non-whitespace source characters accounted for');
    expect(result.stdout).toContain('line 353: unclassified: お問合せ先');
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const refused = run(`content/sources/${SOURCES.meti}.txt`, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/nothing was written\. Pass --force/);
    expect(run(`content/sources/${SOURCES.meti}.txt`, '--out', out, '--force').status).toBe(0);
  });

  it('reports bad input with its line and writes nothing', () => {
    const empty = join(out, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const fresh = join(out, 'fresh');
    const result = run(empty, '--out', fresh);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 1: the file is empty');
    expect(existsSync(fresh)).toBe(false);
  });

  it('explains its usage when given no file', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run import -- <file.txt> [--out DIR] [--force]');
  });
});
