import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeRecordText,
  listRecordFiles,
  MAX_RECORD_FILE_BYTES,
  readRecordText,
  meetingFileName,
  parseRecordYaml,
  readFrontmatter,
  RecordFileError,
  slugFileName,
} from '~/content/loaders/content-files';

const scratch = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const root = pathToFileURL(`${scratch}/`);

function folder(name: string, files: string[]): URL {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), 'x');
  return pathToFileURL(`${dir}/`);
}

function refusal(read: () => unknown): RecordFileError {
  let error: unknown;
  try {
    read();
  } catch (reason) {
    error = reason;
  }
  if (!(error instanceof RecordFileError)) throw new Error(`expected a RecordFileError, got ${String(error)}`);
  return error;
}

describe('file names are slugs', () => {
  it('lists meeting files named date first, in name order, and skips hidden files', () => {
    const names = ['2020-01-02-b-task-force-01.md', '2020-01-01-a-01.md', '.DS_Store'];
    const files = listRecordFiles(folder('meetings-ok', names), root, meetingFileName);
    expect(files.map((file) => [file.id, file.filePath])).toEqual([
      ['2020-01-01-a-01', 'meetings-ok/2020-01-01-a-01.md'],
      ['2020-01-02-b-task-force-01', 'meetings-ok/2020-01-02-b-task-force-01.md'],
    ]);
  });

  it('refuses every meeting name that breaks the rule, in one message', () => {
    const bad = [
      '2.md',
      'A Meeting.md',
      '..md',
      '2020-01-01-Task-Force.md',
      'task-force-2020-01-01.md',
      '2020-01-01--x.md',
    ];
    const error = refusal(() =>
      listRecordFiles(folder('meetings-bad', [...bad, '2020-01-01-ok.md']), root, meetingFileName),
    );
    for (const name of bad)
      expect(error.message).toContain(`meetings-bad/${name}: the file name "${name}" is not a slug`);
    expect(error.message).not.toContain('2020-01-01-ok.md');
    expect(error.message).toContain('Fix: rename the file.');
  });

  it('refuses names in the other collections too, and files the site would skip', () => {
    const error = refusal(() =>
      listRecordFiles(
        folder('people', ['Tanaka.yaml', 'tanaka_2.yaml', 'suzuki.yml', 'ok.yaml']),
        root,
        slugFileName('.yaml'),
      ),
    );
    expect(error.message).toContain('people/Tanaka.yaml: the file name "Tanaka.yaml" is not a slug');
    expect(error.message).toContain('people/tanaka_2.yaml: the file name "tanaka_2.yaml" is not a slug');
    expect(error.message).toContain(
      'people/suzuki.yml: not a record file: this folder holds only .yaml files, and the site would ignore this one. Fix: rename it to <slug>.yaml',
    );
    expect(error.loc.file).toBe(join(scratch, 'people', 'Tanaka.yaml'));
  });
});

describe('record text is UTF-8 without control characters', () => {
  const lines = (...line: string[]) => Buffer.from(line.join('\n'));

  it('returns valid text as it is, without a byte-order mark', () => {
    const text = 'title: テスト\n\ttab\r\n';
    expect(decodeRecordText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'f.md')).toBe(text);
  });

  it('names the line of a byte that is not UTF-8', () => {
    const bytes = Buffer.concat([lines('a', 'b', 'そのように'), Buffer.from([0xff]), Buffer.from('修正\nc')]);
    expect(() => decodeRecordText(bytes, 'content/meetings/m.md')).toThrow(
      'content/meetings/m.md:3: this line has bytes that are not UTF-8 text. Fix:',
    );
  });

  it('names the line of a NUL or another control character', () => {
    expect(() => decodeRecordText(lines('a', 'b\0c'), 'm.md')).toThrow(
      'm.md:2: this line holds the control character U+0000, which is not text. Fix: delete it',
    );
    expect(() => decodeRecordText(lines('a', 'b', '\u001bc'), 'm.md')).toThrow(
      'm.md:3: this line holds the control character U+001B',
    );
  });
});

describe('YAML errors name the record file and its line', () => {
  it('an unclosed quote in the frontmatter of a Markdown file', () => {
    const text = '---\ntitle: t\nvenue: "会議室\nagenda: []\n---\nbody\n';
    let error: unknown;
    try {
      readFrontmatter(text, 'content/meetings/m.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RecordFileError);
    // The parser finds the quote unclosed where the frontmatter ends: line 4 of the YAML, line 5 of the file.
    expect((error as Error).message).toMatch(
      /^content\/meetings\/m\.md:5:1: the YAML is not valid: Missing closing "quote\. Fix:/,
    );
    expect((error as RecordFileError).loc).toMatchObject({
      file: join(process.cwd(), 'content/meetings/m.md'),
      line: 5,
    });
  });

  it('a YAML file that is not a mapping', () => {
    expect(() => parseRecordYaml('- a\n- b\n', 'content/people/p.yaml')).toThrow(
      'content/people/p.yaml:1: the YAML must be a mapping of keys to values',
    );
  });

  it('keeps the body on the lines it has in the file', () => {
    const { data, body } = readFrontmatter('---\ntitle: t\n---\nline 4\n\nline 6', 'x.md');
    expect(data).toEqual({ title: 't' });
    expect(body.split('\n')[3]).toBe('line 4');
    expect(body.split('\n')[5]).toBe('line 6');
  });
});

describe('the size of a record file', () => {
  it('fails above the limit, naming the file, its size and the fix', () => {
    const dir = join(scratch, 'big');
    mkdirSync(dir);
    const path = join(dir, 'big.md');
    writeFileSync(path, 'あ'.repeat(Math.ceil(MAX_RECORD_FILE_BYTES / 3) + 1));
    expect(() => readRecordText({ url: pathToFileURL(path), filePath: 'topics/big.md' })).toThrow(
      /^topics\/big\.md: the file has [\d,]+ bytes, more than the 2,000,000 a record file may have; .* Fix: check that it holds one record/,
    );
    writeFileSync(path, 'あ'.repeat(Math.floor(MAX_RECORD_FILE_BYTES / 3)));
    expect(readRecordText({ url: pathToFileURL(path), filePath: 'topics/big.md' })).toHaveLength(
      Math.floor(MAX_RECORD_FILE_BYTES / 3),
    );
  });
});

describe('a file of the record is read only if it is a plain file of the folder', () => {
  const file = (name: string) => ({ url: pathToFileURL(join(scratch, 'plain', name)), filePath: `topics/${name}` });
  mkdirSync(join(scratch, 'plain'));
  writeFileSync(join(scratch, 'outside.md'), 'secret');

  it('refuses a symbolic link, even when it was listed as a file', () => {
    symlinkSync(join(scratch, 'outside.md'), join(scratch, 'plain', 'link.md'));
    expect(() => readRecordText(file('link.md'))).toThrow(
      'topics/link.md: a symbolic link; the build reads only files inside',
    );
  });

  it('refuses a hard link, which has a second name outside the folder', () => {
    linkSync(join(scratch, 'outside.md'), join(scratch, 'plain', 'hard.md'));
    expect(() => readRecordText(file('hard.md'))).toThrow('topics/hard.md: a hard link (the file has 2 names)');
  });

  it('refuses a folder and a named pipe without waiting for a writer', () => {
    mkdirSync(join(scratch, 'plain', 'folder.md'));
    expect(() => readRecordText(file('folder.md'))).toThrow('topics/folder.md: a folder where the record');
    execFileSync('mkfifo', [join(scratch, 'plain', 'pipe.md')]);
    expect(() => readRecordText(file('pipe.md'))).toThrow(
      'topics/pipe.md: not a plain file (a device, socket or pipe)',
    );
  });

  it('lists a link or a folder named like a record file as such, not as a file the site would skip', () => {
    const dir = join(scratch, 'listed', 'people');
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(scratch, 'outside.md'), join(dir, 'tanaka.yaml'));
    mkdirSync(join(dir, 'suzuki.yaml'));
    const error = refusal(() => listRecordFiles(pathToFileURL(`${dir}/`), root, slugFileName('.yaml')));
    expect(error.message).toContain('listed/people/tanaka.yaml: a symbolic link');
    expect(error.message).toContain('listed/people/suzuki.yaml: a folder where the record');
  });

  it('refuses a collection folder that is a link, and a record folder that is missing, a file or a link', () => {
    const contentDir = join(scratch, 'linked');
    mkdirSync(contentDir);
    symlinkSync(join(scratch, 'plain'), join(contentDir, 'topics'));
    const url = (dir: string) => pathToFileURL(`${join(dir, 'topics')}/`);
    expect(refusal(() => listRecordFiles(url(contentDir), root, slugFileName('.md'))).message).toContain(
      'linked/topics: the folder is a symbolic link',
    );
    expect(refusal(() => listRecordFiles(url(join(scratch, 'none')), root, slugFileName('.md'))).message).toMatch(
      /^the record's folder \(RECORD_CONTENT_DIR="none"\) does not exist\. Fix: set RECORD_CONTENT_DIR to a folder laid out like content\//,
    );
    expect(
      refusal(() => listRecordFiles(url(join(scratch, 'outside.md')), root, slugFileName('.md'))).message,
    ).toContain('the record\'s folder (RECORD_CONTENT_DIR="outside.md") is not a folder.');
    symlinkSync(join(scratch, 'linked'), join(scratch, 'content-link'));
    expect(
      refusal(() => listRecordFiles(url(join(scratch, 'content-link')), root, slugFileName('.md'))).message,
    ).toContain(
      'RECORD_CONTENT_DIR="content-link") is a symbolic link; the build follows no links. Fix: set RECORD_CONTENT_DIR to the folder it points to.',
    );
    mkdirSync(join(scratch, 'empty'));
    expect(refusal(() => listRecordFiles(url(join(scratch, 'empty')), root, slugFileName('.md'))).message).toContain(
      'empty/topics: the folder is missing, so the record\'s folder (RECORD_CONTENT_DIR="empty") is not laid out like content/. Fix: create the folder',
    );
  });
});

describe('a file that is not UTF-8 text is named for what it looks like, with the command that converts it', () => {
  const text = '---\ntitle: テスト会議\n---\n本文です。\n';
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();

  it('UTF-16, with or without a byte-order mark, either byte order', () => {
    const cases: [Buffer, string, string][] = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), 'little-endian, with a byte-order mark', 'UTF-16'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'big-endian, with a byte-order mark', 'UTF-16'],
      [utf16le, 'little-endian, without a byte-order mark', 'UTF-16LE'],
      [utf16be, 'big-endian, without a byte-order mark', 'UTF-16BE'],
    ];
    for (const [bytes, kind, from] of cases) {
      expect(() => decodeRecordText(bytes, 'topics/t.md')).toThrow(
        `topics/t.md: the file is UTF-16 text (${kind}), where the record reads UTF-8 text. Fix: convert it to UTF-8 (iconv -f ${from} -t UTF-8 topics/t.md > topics/t.md.utf8 && mv topics/t.md.utf8 topics/t.md).`,
      );
    }
  });

  it('Shift_JIS', () => {
    const shiftJis = Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x89, 0xef, 0x8b, 0x63, 0x0a]); // テスト会議
    expect(() => decodeRecordText(shiftJis, 'm.md')).toThrow(
      'm.md: the file is Shift_JIS text, where the record reads UTF-8 text. Fix: convert it to UTF-8 (iconv -f CP932',
    );
  });

  it('random bytes', () => {
    let seed = 7;
    const random = Buffer.from(
      Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23),
    );
    expect(() => decodeRecordText(random, 'sources/s.txt')).toThrow(
      'sources/s.txt: the file is binary data, not text, where the record reads UTF-8 text.',
    );
  });

  it('a source may hold form feeds (page breaks); a record may not', () => {
    expect(decodeRecordText(Buffer.from('一頁\n\f二頁'), 's.txt', { formFeeds: true })).toBe('一頁\n\f二頁');
    expect(() => decodeRecordText(Buffer.from('一頁\n\f二頁'), 'm.md')).toThrow(
      'm.md:2: this line holds the control character U+000C',
    );
  });
});

describe('a YAML alias bomb is refused naming the file and line, not the yaml library', () => {
  it('nine levels of aliases, each nine times the last', () => {
    const letters = 'abcdefghij';
    const lines = ['name: x', `a: &a [${Array(9).fill('"lol"').join(',')}]`];
    for (let level = 1; level < letters.length; level += 1) {
      const previous = letters[level - 1] ?? '';
      lines.push(`${letters[level] ?? ''}: &${letters[level] ?? ''} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    let error: unknown;
    try {
      parseRecordYaml(lines.join('\n'), 'content/people/bomb.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RecordFileError);
    expect((error as Error).message).toMatch(
      /^content\/people\/bomb\.yaml:3: the YAML's aliases \(\*name\) expand to more copies than a record holds .* Fix: write each value out in full/,
    );
  });
});
