import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { SOURCES, sourceText } from './helpers';

const scratch = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const out = join(scratch, 'out');

/** Runs the CLI as `npm run import` does, with the Node that runs the tests. */
const run = (...args: string[]) => spawnSync(process.execPath, ['tools/import/cli.ts', ...args], { encoding: 'utf8' });

/** A copy of the 総務省 source with one edit, written where the CLI can read it. */
function sourceWith(name: string, from: string | RegExp, to: string): string {
  const text = sourceText(SOURCES.soumu);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`edit did not apply: ${String(from)}`);
  const path = join(scratch, name);
  writeFileSync(path, changed);
  return path;
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
        (path) => !lstatSync(join(dir, path)).isDirectory(),
      )
    : [];

describe('npm run import', () => {
  it('writes the draft and reports what it understood: counts, unclassified lines, the lossless figure', () => {
    const result = run(`content/sources/${SOURCES.meti}.txt`, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(join(out, 'meetings', `${SOURCES.meti}.md`));
    expect(result.stdout).toContain('attendees: 31 in 3 groups (17 people, 14 organizations)');
    expect(result.stdout).toContain('proceedings: 27 statements, 0 presentations, 2 notes, 5 headings');
    expect(result.stdout).toContain('lossless: 6337 of 6337 non-whitespace source characters');
    expect(result.stdout).toContain('line 353: unclassified: お問合せ先');
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const refused = run(`content/sources/${SOURCES.meti}.txt`, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/nothing was written: these files exist and were left alone\. Pass --force/);
    expect(run(`content/sources/${SOURCES.meti}.txt`, '--out', out, '--force').status).toBe(0);
  });

  it('reports bad input with its line and writes nothing', () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const fresh = join(scratch, 'fresh');
    const result = run(empty, '--out', fresh);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 1: the file is empty');
    expect(existsSync(fresh)).toBe(false);
  });

  it('explains its usage when given no file', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run import -- <minutes.pdf|minutes.html|minutes.txt>');
  });

  it('prints its usage for --help, and names an unknown option with the usage instead of a stack trace', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run import --');
    const unknown = run('--outt', 'drafts');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--outt'");
    expect(unknown.stderr).toContain('usage: npm run import --');
    expect(unknown.stderr).not.toContain('    at ');
  });
});

describe('npm run import under --out', () => {
  it('chooses stub names against the --out folder, so a second import keeps the first one’s stubs', () => {
    const dir = join(scratch, 'stubs');
    const first = sourceWith('first.txt', /^ 戸川構成員 $/m, ' 新井構成員 ');
    const second = sourceWith('second.txt', /^ 戸川構成員 $/m, ' 北村構成員 ');
    expect(run(first, '--out', dir).status).toBe(0);
    const firstStub = readFileSync(join(dir, 'people', 'new-person-01.yaml'), 'utf8');
    expect(firstStub).toContain('name: 新井');
    // The second draft is of the same meeting: it overwrites the meeting, never the first draft's stub.
    const result = run(second, '--out', dir, '--force');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'people', 'new-person-01.yaml'), 'utf8')).toBe(firstStub);
    expect(readFileSync(join(dir, 'people', 'new-person-02.yaml'), 'utf8')).toContain('name: 北村');
    const meeting = readFileSync(join(dir, 'meetings', `${SOURCES.soumu}.md`), 'utf8');
    expect(meeting).toContain('person=new-person-02 label="北村構成員"');
  });

  it('writes all or nothing: a refusal leaves no half-written draft', () => {
    const dir = join(scratch, 'half');
    mkdirSync(dir);
    writeFileSync(join(dir, 'sources'), 'a file where the sources folder belongs');
    const result = run(`content/sources/${SOURCES.soumu}.txt`, '--out', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`nothing was written: ${join(dir, 'sources')} is a file where a folder is needed`);
    expect(filesUnder(dir)).toEqual(['sources']);
    expect(readdirSync(scratch).filter((name) => name.startsWith('.import-staging-'))).toEqual([]);
  });

  it('does not follow a dangling symlink inside --out, even with --force', () => {
    const dir = join(scratch, 'links');
    const target = join(scratch, 'link-target.md');
    mkdirSync(join(dir, 'meetings'), { recursive: true });
    symlinkSync(target, join(dir, 'meetings', `${SOURCES.soumu}.md`));
    const result = run(`content/sources/${SOURCES.soumu}.txt`, '--out', dir, '--force');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is a symbolic link: the importer does not write through links inside --out');
    expect(existsSync(target)).toBe(false);
    expect(filesUnder(dir)).toEqual([join('meetings', `${SOURCES.soumu}.md`)]);
  });

  it("refuses --out '' instead of writing into the current folder", () => {
    const result = run(`content/sources/${SOURCES.soumu}.txt`, '--out', '');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--out is empty: name the folder to write into');
    expect(existsSync('meetings')).toBe(false);
  });

  it('keeps HTML entities in minutes as they are written', () => {
    const source = sourceWith('entities.txt', '簡潔にまとめられてい', '&lt;b&gt;簡潔&amp;明瞭&quot;にまとめられてい');
    const dir = join(scratch, 'entities');
    expect(run(source, '--out', dir).status).toBe(0);
    const path = join(dir, 'meetings', `${SOURCES.soumu}.md`);
    const proceedings = readMeetingFile(readFileSync(path, 'utf8'), path).data['proceedings'] as {
      id: string;
      text: string;
    }[];
    expect(proceedings.find((item) => item.id === 's001')?.text).toContain(
      '&lt;b&gt;簡潔&amp;明瞭&quot;にまとめられている。',
    );
  });
});
