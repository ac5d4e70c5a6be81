import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

async function refusal(promise: Promise<unknown>): Promise<RecordFileError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof RecordFileError)) throw new Error(`expected a RecordFileError, got ${String(error)}`);
  return error;
}

describe('file names are slugs', () => {
  it('lists meeting files named date first, in name order, and skips hidden files', async () => {
    const names = ['2020-01-02-b-task-force-01.md', '2020-01-01-a-01.md', '.DS_Store'];
    const files = await listRecordFiles(folder('meetings-ok', names), root, meetingFileName);
    expect(files.map((file) => [file.id, file.filePath])).toEqual([
      ['2020-01-01-a-01', 'meetings-ok/2020-01-01-a-01.md'],
      ['2020-01-02-b-task-force-01', 'meetings-ok/2020-01-02-b-task-force-01.md'],
    ]);
  });

  it('refuses every meeting name that breaks the rule, in one message', async () => {
    const bad = [
      '2.md',
      'A Meeting.md',
      '..md',
      '2020-01-01-Task-Force.md',
      'task-force-2020-01-01.md',
      '2020-01-01--x.md',
    ];
    const error = await refusal(
      listRecordFiles(folder('meetings-bad', [...bad, '2020-01-01-ok.md']), root, meetingFileName),
    );
    for (const name of bad)
      expect(error.message).toContain(`meetings-bad/${name}: the file name "${name}" is not a slug`);
    expect(error.message).not.toContain('2020-01-01-ok.md');
    expect(error.message).toContain('Fix: rename the file.');
  });

  it('refuses names in the other collections too, and files the site would skip', async () => {
    const error = await refusal(
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
  it('fails above the limit, naming the file, its size and the fix', async () => {
    const dir = join(scratch, 'big');
    mkdirSync(dir);
    const path = join(dir, 'big.md');
    writeFileSync(path, 'あ'.repeat(Math.ceil(MAX_RECORD_FILE_BYTES / 3) + 1));
    await expect(readRecordText({ url: pathToFileURL(path), filePath: 'topics/big.md' })).rejects.toThrow(
      /^topics\/big\.md: the file has [\d,]+ bytes, more than the 2,000,000 a record file may have; .* Fix: check that it holds one record/,
    );
    writeFileSync(path, 'あ'.repeat(Math.floor(MAX_RECORD_FILE_BYTES / 3)));
    await expect(readRecordText({ url: pathToFileURL(path), filePath: 'topics/big.md' })).resolves.toHaveLength(
      Math.floor(MAX_RECORD_FILE_BYTES / 3),
    );
  });
});
