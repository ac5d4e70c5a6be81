import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBrokenCopy, replaceOnce } from '../helpers/broken-build';

/**
 * Values the file's bytes do not show, or that no limit held: each case runs the real build on a
 * copy of the fixture record and checks that it fails naming the file, the field and the fix.
 */
const scratch = mkdtempSync(join(tmpdir(), 'record-hostile-values-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const MEETING = 'meetings/2020-01-01-test-task-force-01.md';
const TOPIC = 'topics/gateways.md';

function buildWith(name: string, file: string, change: (text: string) => string) {
  return buildBrokenCopy(scratch, name, (content) => {
    const path = join(content, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  });
}

describe('a value that would publish something else fails the build', () => {
  it('a speaker given twice in a directive', () => {
    const { status, output } = buildWith('repeated-attribute', MEETING, (t) =>
      replaceOnce(t, '{#s001 person=tanaka label=田中座長', '{#s001 person=tanaka label=田中座長 person=suzuki'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${MEETING}:47:1: :::statement gives the attribute person= more than once ("tanaka", "suzuki")`,
    );
    expect(output).toContain('Fix: keep the one the source supports');
  });

  it('an escape in YAML that writes a control character', () => {
    const { status, output } = buildWith('yaml-escape', 'people/tanaka.yaml', (t) =>
      replaceOnce(t, 'name: 田中', 'name: "田\\x1b[31m中"'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('people/tanaka.yaml:1:7: name: "田\\u{1B}[31m中" holds U+001B (escape)');
    expect(output).toContain('Fix: delete the escape');
  });

  it('a character reference to a control character in a topic body', () => {
    const { status, output } = buildWith('markdown-reference', TOPIC, (t) => `${t}\n警告&#7;です。\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${TOPIC}:\\d+:3: the character reference &#7; stands for U\\+0007 \\(bell\\)`));
  });

  it('a right-to-left override in an attendee label', () => {
    const { status, output } = buildWith('bidi-label', MEETING, (t) =>
      replaceOnce(t, 'label: 田中構成員', 'label: 田中\u202e構成員'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${MEETING}:14:16: attendees[0].members[0].label: "田中\\u{202E}構成員" holds U+202E (right-to-left override)`,
    );
  });

  it('a zero-width space in a person name', () => {
    const { status, output } = buildWith('zero-width-name', 'people/suzuki.yaml', (t) =>
      replaceOnce(t, 'name: 鈴木', 'name: 鈴\u200b木'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('people → suzuki data does not match collection schema');
    expect(output).toContain('name: "鈴\\u{200B}木" holds U+200B (zero width space)');
  });

  it('a session number in YAML 1.1 hexadecimal', () => {
    const { status, output } = buildWith('hex-session', MEETING, (t) =>
      replaceOnce(t, 'session: 1\n', 'session: 0x10\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`${MEETING}:5:10: session: 0x10 is read by YAML as the number 16`);
  });

  it('a meeting title with a line break', () => {
    const { status, output } = buildWith('title-line-break', MEETING, (t) =>
      replaceOnce(t, 'title: テストタスクフォース（第１回）\n', 'title: "テストタスクフォース\\n（第１回）"\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('title: "テストタスクフォース\\u{A}（第１回）" holds U+000A (line feed), a line break');
  });
});

describe('a value past its limit fails the build quickly', () => {
  it('a meeting title of 20,000 characters', () => {
    const { status, output } = buildWith('long-title', MEETING, (t) =>
      replaceOnce(t, 'title: テストタスクフォース（第１回）\n', `title: ${'長'.repeat(20_000)}\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('title: has 20,000 characters, more than the 500 this field may hold. Fix:');
  });

  it('a topic with 8,000 aliases', () => {
    const aliases = Array.from({ length: 8_000 }, (_, i) => `別名${i}`).join(', ');
    const { status, output } = buildWith('many-aliases', TOPIC, (t) =>
      replaceOnce(t, 'aliases: [gateway]', `aliases: [${aliases}]`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('aliases: has 8,000 items, more than the 50 this list may hold');
  });

  it('a topic body of 217,000 characters', () => {
    const { status, output } = buildWith('long-body', TOPIC, (t) => `${t}\n${'本文です。'.repeat(43_400)}\n`);
    expect(status).not.toBe(0);
    expect(output).toContain(`${TOPIC}:7: the body (the editorial summary below the frontmatter) has 217,`);
  });
});
