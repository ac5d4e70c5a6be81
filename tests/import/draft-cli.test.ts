import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../tools/draft/edit';

/** `npm run draft` on a draft made from the fixture record: what it lists, what it writes, its exit status. */
const scratch = mkdtempSync(join(tmpdir(), 'record-draft-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const MEETING = 'meetings/2020-01-01-test-task-force-01.md';

/** A copy of the fixture record whose meeting is a draft: the English title a placeholder, s001 without topics, s002 doubted. */
function draftRecord(name: string): { content: string; meeting: string } {
  const content = join(scratch, name);
  cpSync('tests/fixtures/valid', content, { recursive: true });
  const meeting = join(content, MEETING);
  const text = readFileSync(meeting, 'utf8')
    .replace('title_en: Test Task Force, 1st meeting', 'title_en: "TODO: English title (editorial)"')
    .replace(' topics="gateways"}', '}')
    .replace(
      'reply=s001 topics="gateways liability"}',
      'reply=s001 topics="gateways liability" doubt="事務局 is not in the attendee list"}',
    );
  writeFileSync(meeting, text);
  return { content, meeting };
}

function draft(...args: string[]) {
  const result = spawnSync(
    'node_modules/.bin/node',
    ['--import', './tools/source-imports.ts', 'tools/draft/cli.ts', ...args],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run draft', () => {
  it('lists what the build refuses with file and line, the turns to check, the statements with no topic and the candidates; exits 1', () => {
    const { meeting } = draftRecord('list');
    const { status, output } = draft(meeting);
    expect(status).toBe(1);
    expect(output).toContain('not publishable: the build refuses 2 things');
    expect(output).toMatch(/2020-01-01-test-task-force-01\.md:3: title_en: is still the importer's placeholder/);
    expect(output).toMatch(/\.md:51: proceedings\[\d+\]\.doubt \(line 51, #s002\): the importer doubted who speaks/);
    expect(output).toMatch(/Turns to check \(1\)\n.*\.md:51: #s002 事務局: the importer doubted who speaks/);
    expect(output).toMatch(
      /Statements with no topic \(2\)\n.*#p01 事務局.*\n.*\.md:47: #s001 田中座長: suggested: gateways \(ゲートウェイ\)/,
    );
    expect(output).toMatch(/\.md:47: #s001:1 \[とよい\] ゲートウェイについて、記述があるとよいのではないか。/);
  });

  it('writes suggestions for the editor to decide, which the build refuses until accepted', () => {
    const { meeting } = draftRecord('suggest');
    const { output } = draft(meeting, '--suggest');
    expect(output).toContain('wrote suggested-topics= on 1 statements');
    expect(readFileSync(meeting, 'utf8')).toContain(
      ':::statement{#s001 person=tanaka label=田中座長 material=1 at="P1 (1)" suggested-topics="gateways"}',
    );
    expect(output).toMatch(
      /\.md:47: proceedings\[\d+\]\.suggestedTopics \(line 47, #s001\): holds topic suggestions not yet decided \(gateways\)/,
    );
    const accepted = draft(meeting, '--accept', 's001');
    expect(accepted.output).toContain('#s001: topics="gateways"');
    expect(readFileSync(meeting, 'utf8')).toContain('at="P1 (1)" topics="gateways"}');
  });

  it('exits 0 once every decision is written', () => {
    const { meeting } = draftRecord('publishable');
    writeFileSync(
      meeting,
      readFileSync(meeting, 'utf8')
        .replace('"TODO: English title (editorial)"', 'Test Task Force, 1st meeting')
        .replace(' doubt="事務局 is not in the attendee list"', ''),
    );
    const { status, output } = draft(meeting);
    expect(output).toContain('publishable');
    expect(status).toBe(0);
  });

  it('writes a recommendation stub with the quote and the statement, whose placeholders the list then refuses', () => {
    const { content, meeting } = draftRecord('recommend');
    const { status, output } = draft(meeting, '--recommend', 's001:1');
    const stub = readFileSync(join(content, 'recommendations', '2020-01-01-test-task-force-01-s001.yaml'), 'utf8');
    expect(stub).toContain('statement: 2020-01-01-test-task-force-01#s001');
    expect(stub).toContain('quote: ゲートウェイについて、記述があるとよいのではないか。');
    expect(status).toBe(1);
    expect(output).toMatch(
      /2020-01-01-test-task-force-01-s001\.yaml:\d+: summary: is still the importer's placeholder/,
    );
    expect(output).toMatch(/2020-01-01-test-task-force-01-s001\.yaml:\d+: status: must be one of/);
  });

  it('names a topic or a statement that does not exist, and writes nothing', () => {
    const { meeting } = draftRecord('bad-input');
    const before = readFileSync(meeting, 'utf8');
    const topic = draft(meeting, '--accept', 's001=gatways');
    expect(topic.status).toBe(2);
    expect(topic.output).toContain('there is no topic "gatways" in content/topics/. Did you mean "gateways"?');
    const statement = draft(meeting, '--accept', 's009=gateways');
    expect(statement.status).toBe(2);
    expect(statement.output).toContain('this meeting has no statement "s009"');
    expect(readFileSync(meeting, 'utf8')).toBe(before);
  });

  it('prints its usage for --help, and names an unknown option with the usage instead of a stack trace', () => {
    const help = draft('--help');
    expect(help.status).toBe(0);
    expect(help.output).toContain('usage: npm run draft --');
    const unknown = draft('--sugest');
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain("Unknown option '--sugest'");
    expect(unknown.output).toContain('usage: npm run draft --');
    expect(unknown.output).not.toContain('    at ');
  });

  it('says where a draft does not parse, and changes nothing', () => {
    const { meeting } = draftRecord('unparsable');
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('session: 1', 'session: [1'));
    const before = readFileSync(meeting, 'utf8');
    const { status, output } = draft(meeting, '--suggest');
    expect(status).toBe(1);
    expect(output).toMatch(/2020-01-01-test-task-force-01\.md:\d+:\d+: the YAML is not valid/);
    expect(readFileSync(meeting, 'utf8')).toBe(before);
  });
});

describe('an interrupted write', () => {
  it('leaves the file as it was and no temporary file behind', () => {
    const folder = join(scratch, 'atomic');
    mkdirSync(join(folder, 'draft.md'), { recursive: true });
    writeFileSync(join(folder, 'draft.md', 'keep'), 'kept');
    // Renaming a file over a folder fails after the temporary file is written: the write stops there.
    expect(() => {
      writeAtomically(join(folder, 'draft.md'), 'new text');
    }).toThrow();
    expect(readFileSync(join(folder, 'draft.md', 'keep'), 'utf8')).toBe('kept');
    expect(readdirSync(folder)).toEqual(['draft.md']);
    expect(existsSync(join(folder, '.draft.md.tmp'))).toBe(false);
  });
});
