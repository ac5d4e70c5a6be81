import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  claimFolder,
  emptyOwnedFolder,
  FolderNotOwnedError,
  OWNED_MARKER,
  removeInOwnedFolder,
  removeOwnedFolder,
} from '../../tools/owned-folder';

const scratch = mkdtempSync(join(tmpdir(), 'owned-folder-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A folder that no script made: a stand-in for content/ or the project root. */
function someoneElsesFolder(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'meetings'), { recursive: true });
  writeFileSync(join(dir, 'meetings', 'keep.md'), 'precious');
  writeFileSync(join(dir, 'untracked.txt'), 'also precious');
  return dir;
}

const untouched = (dir: string) => {
  expect(readFileSync(join(dir, 'meetings', 'keep.md'), 'utf8')).toBe('precious');
  expect(readFileSync(join(dir, 'untracked.txt'), 'utf8')).toBe('also precious');
  expect(existsSync(join(dir, OWNED_MARKER))).toBe(false);
};

describe('a script deletes only a folder it made itself', () => {
  it('creates and marks a new folder, then may empty and remove it', () => {
    const dir = join(scratch, 'new', 'nested');
    claimFolder(dir, 'test');
    expect(readdirSync(dir)).toEqual([OWNED_MARKER]);
    writeFileSync(join(dir, 'generated.md'), 'x');
    mkdirSync(join(dir, 'dist'));
    emptyOwnedFolder(dir, 'test');
    expect(readdirSync(dir)).toEqual([OWNED_MARKER]);
    removeOwnedFolder(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it('takes an empty folder as its own', () => {
    const dir = join(scratch, 'empty');
    mkdirSync(dir);
    claimFolder(dir, 'test');
    expect(readdirSync(dir)).toEqual([OWNED_MARKER]);
  });

  it('refuses a folder with files and no marker, and leaves every file', () => {
    const dir = someoneElsesFolder('theirs');
    expect(() => {
      emptyOwnedFolder(dir, 'test');
    }).toThrow(FolderNotOwnedError);
    expect(() => {
      removeOwnedFolder(dir);
    }).toThrow(/refusing to delete .*theirs: it has no marker.*Fix: pass a new/);
    expect(() => {
      removeInOwnedFolder(dir, 'meetings', 'test');
    }).toThrow(FolderNotOwnedError);
    untouched(dir);
  });

  it('refuses a file and a path that leaves the owned folder', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    expect(() => {
      claimFolder(file, 'test');
    }).toThrow(/it is a file, not a folder/);
    const dir = join(scratch, 'mine');
    claimFolder(dir, 'test');
    expect(() => {
      removeInOwnedFolder(dir, '..', 'test');
    }).toThrow(/must be the name of one entry/);
    expect(() => {
      removeInOwnedFolder(dir, '../theirs', 'test');
    }).toThrow(/must be the name of one entry/);
  });
});

/** The scripts as a user runs them, under the project's Node. */
function runScript(script: string, args: string[]) {
  const result = spawnSync('node_modules/.bin/node', [script, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the scripts that delete refuse a folder that is not theirs', () => {
  it('npm run corpus -- --out <a folder of records>', () => {
    const dir = someoneElsesFolder('corpus-out');
    const { status, output } = runScript('tools/corpus/cli.ts', ['--meetings', '1', '--out', dir]);
    expect(status).toBe(1);
    expect(output).toContain(`refusing to delete or overwrite ${dir}: it holds files that no script of ours marked`);
    expect(output).not.toMatch(/\n\s+at /); // a message, not a stack trace
    untouched(dir);
  });

  it('npm run corpus writes into a folder it made, and again into the same folder', () => {
    const dir = join(scratch, 'corpus-new');
    expect(runScript('tools/corpus/cli.ts', ['--meetings', '1', '--out', dir]).status).toBe(0);
    expect(runScript('tools/corpus/cli.ts', ['--meetings', '1', '--out', dir]).status).toBe(0);
    expect(readdirSync(join(dir, 'meetings'))).toHaveLength(1);
  });

  it('npm run bench -- --dir <a folder of records>', () => {
    const dir = someoneElsesFolder('bench-dir');
    const { status, output } = runScript('tools/bench/cli.ts', ['--meetings', '1', '--dir', dir]);
    expect(status).toBe(1);
    expect(output).toContain(`refusing to delete or overwrite ${dir}`);
    untouched(dir);
  });
});
