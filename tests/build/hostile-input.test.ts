import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBrokenCopy, replaceOnce } from '../helpers/broken-build';

/**
 * What a hostile or careless edit must not get past the build: each case runs the real build on
 * a broken copy of the fixture record and checks that it fails naming the file, the line and the fix.
 */
const scratch = mkdtempSync(join(tmpdir(), 'record-hostile-input-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const MEETING = 'meetings/2020-01-01-test-task-force-01.md';
const TOPIC = 'topics/gateways.md';
/** The fixture's line 52 is the text of #s002, "そのように修正する。". */
const STATEMENT_LINE = 52;

function edit(content: string, file: string, change: (text: string) => string) {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** Appends a paragraph to the topic body; returns the line it lands on. */
function appendToTopic(content: string, paragraph: string): number {
  const path = join(content, TOPIC);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, `${text}\n${paragraph}\n`);
  return text.split('\n').length + 1;
}

describe('Markdown that could run script or load from elsewhere fails the build', () => {
  it('raw HTML in a topic body', () => {
    let line = 0;
    const { status, output } = buildBrokenCopy(scratch, 'topic-html', (content) => {
      line = appendToTopic(content, '<script>alert(1)</script>');
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${TOPIC}:${line}:1: raw HTML is not allowed in records: "<script>alert(1)</script>". Write plain text`,
    );
    expect(output).toMatch(new RegExp(`Location:\\s+\\S*${TOPIC}:${line}:1`));
  });

  it('an entity-encoded javascript: link in a topic body', () => {
    let line = 0;
    const { status, output } = buildBrokenCopy(scratch, 'topic-js-link', (content) => {
      line = appendToTopic(content, '[x](&#106;avascript&colon;alert(1))');
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`${TOPIC}:${line}:1: unsafe link URL "javascript:alert(1)": it uses "javascript:"`);
    expect(output).toContain('Fix: link to an http(s) page or a path on this site');
  });

  it('an image from another site in a statement', () => {
    const { status, output } = buildBrokenCopy(scratch, 'statement-image', (content) => {
      edit(content, MEETING, (t) =>
        replaceOnce(t, 'そのように修正する。', 'そのように![t](https://evil.example/x.png)修正する。'),
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${MEETING}:${STATEMENT_LINE}:6: unsafe image URL "https://evil.example/x.png": it is not an image on this site`,
    );
    expect(output).toContain('Fix: put the image in public/ and give its path, or remove it.');
  });
});

describe('Markdown the site may publish builds, styled under the CSP', () => {
  it('safe links, an image of the site and a code block in a topic body', () => {
    const { status, output, outDir } = buildBrokenCopy(scratch, 'topic-safe', (content) => {
      // Rules (---) first and later in the body: the body must not be read as a second frontmatter.
      edit(content, TOPIC, (t) =>
        replaceOnce(t, 'related: [liability]\n---\n', 'related: [liability]\n---\n\n---\n\n'),
      );
      appendToTopic(
        content,
        [
          '[総務省](https://www.soumu.go.jp/) [連絡先](mailto:editor@example.org) [s001](/meetings/2020-01-01-test-task-force-01/#s001) ![図](/favicon.svg)',
          '',
          '---',
          '',
          '```js',
          'const gateway = "secure"; // a comment',
          '```',
        ].join('\n'),
      );
    });
    expect(output).not.toContain('Shiki');
    expect(status, output).toBe(0);
    const page = readFileSync(join(outDir, 'topics', 'gateways', 'index.html'), 'utf8');
    for (const href of [
      'https://www.soumu.go.jp/',
      'mailto:editor@example.org',
      '/meetings/2020-01-01-test-task-force-01/#s001',
    ]) {
      expect(page).toContain(`href="${href}"`);
    }
    expect(page).toContain('src="/favicon.svg"');
    expect(page).toContain('<hr>\n<p>会議で議論されたゲートウェイについての編集部による要約。</p>');
    expect(page.match(/<hr>/g)).toHaveLength(2);
    // Highlighted by classes the site's stylesheet colours: the CSP allows no style attributes.
    const code = /<pre[^>]*><code[^>]*>[\s\S]*?<\/code><\/pre>/.exec(page)?.[0] ?? '';
    expect(code).toContain('<span class="token keyword">const</span>');
    expect(code).toContain('<span class="token string">"secure"</span>');
    expect(page).not.toMatch(/<[^>]+\sstyle="/);
    expect(page).toMatch(/content-security-policy" content="[^"]*style-src 'self'(?:;|")/);
    expect(page).not.toContain("'unsafe-inline'");
    const styles = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
      readFileSync(join(outDir, match[1] ?? ''), 'utf8'),
    );
    expect(styles.join('\n')).toMatch(/\.token\.keyword[^{]*\{[^}]*color/);
  });
});

describe('a meeting file must be named by the slug rule, once per meeting', () => {
  it('names that are not slugs: a bare number, a space, capitals, dots', () => {
    const names = ['2.md', 'test meeting.md', '2020-01-01-Test-Task-Force-02.md', '..md'];
    const { status, output } = buildBrokenCopy(scratch, 'meeting-names', (content) => {
      for (const name of names) copyFileSync(join(content, MEETING), join(content, 'meetings', name));
    });
    expect(status).not.toBe(0);
    for (const name of names) {
      expect(output).toContain(`meetings/${name}: the file name "${name}" is not a slug`);
    }
    expect(output).toContain('the meeting date first, then lower-case ASCII letters, digits and single hyphens');
    expect(output).toContain('Fix: rename the file.');
  });

  it('two files of one meeting', () => {
    const copy = 'meetings/2020-01-01-test-task-force-01-copy.md';
    const { status, output } = buildBrokenCopy(scratch, 'meeting-twice', (content) => {
      copyFileSync(join(content, MEETING), join(content, copy));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /meetings\/2020-01-01-test-task-force-01(-copy)?\.md: the same meeting as \S*meetings\/2020-01-01-test-task-force-01(-copy)?\.md \(body test-task-force, session 1\)/,
    );
    expect(output).toContain('Fix: keep one file per meeting');
  });
});

describe('a file that cannot be read as written fails the build, naming the file and line', () => {
  it('YAML with an unclosed quote', () => {
    const { status, output } = buildBrokenCopy(scratch, 'yaml-quote', (content) => {
      edit(content, MEETING, (t) => replaceOnce(t, 'venue: テスト会議室', 'venue: "テスト会議室'));
    });
    expect(status).not.toBe(0);
    // Line 9 is the venue; the YAML parser reports the column where it found the quote unclosed.
    expect(output).toMatch(new RegExp(`${MEETING}:9:\\d+: the YAML is not valid: Missing closing "quote\\. Fix:`));
    // The location Astro prints is the record's file, not the YAML parser's.
    expect(output).toMatch(new RegExp(`Location:\\s+\\S*${MEETING}:9:\\d+\\n`));
  });

  it('a statement too long for its page to open', () => {
    const { status, output } = buildBrokenCopy(scratch, 'huge-statement', (content) => {
      edit(content, MEETING, (t) => replaceOnce(t, 'そのように修正する。', `そのように${'修正する。'.repeat(12_000)}`));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${MEETING}:51:1: :::statement{#s002} holds 60,005 characters, more than the 50,000 one item may hold. Fix: check for a missing ":::" line`,
    );
  });

  it('a byte that is not UTF-8 in a statement', () => {
    const { status, output, outDir } = buildBrokenCopy(scratch, 'invalid-byte', (content) => {
      const path = join(content, MEETING);
      const bytes = readFileSync(path);
      const at = bytes.indexOf(Buffer.from('修正する'));
      writeFileSync(path, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`${MEETING}:${STATEMENT_LINE}: this line has bytes that are not UTF-8 text. Fix:`);
    expect(() => readFileSync(join(outDir, 'data', 'statements.json'))).toThrow();
  });
});
