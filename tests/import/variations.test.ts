import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { findIntegrityProblems } from '~/record/index';
import { decodeSource } from '../../tools/import/decode';
import { ImportError } from '../../tools/import/errors';
import { draftFiles } from '../../tools/import/write-draft';
import { writeDraftFiles } from '../../tools/import/write-files';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { readRecordEntries, plainSchemas } from '~/content/read-record';
import {
  accountFor,
  draftItems,
  fillPlaceholders,
  importText,
  SOURCES,
  sourceText,
  withoutPlaceholders,
} from './helpers';

const soumu = sourceText(SOURCES.soumu);
const meti = sourceText(SOURCES.meti);

/** A change to a source, failing loudly if the text it edits is not there any more. */
function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`variation did not apply: ${String(from)}`);
  return changed;
}

const variations: [string, string, string][] = [
  [
    'different header spacing',
    SOURCES.soumu,
    edit(
      edit(edit(soumu, '１．日 時：', '１． 日　時 ： '), '２．場 所：', '２.場所:'),
      '【構成員】',
      '　【 構成員 】',
    ),
  ],
  ['a missing 場所 (総務省)', SOURCES.soumu, edit(soumu, /２．場 所：.*\n/, '')],
  ['a missing 場所 (経産省)', SOURCES.meti, edit(meti, /場所：.*\n/, '')],
  ['no observers', SOURCES.soumu, edit(soumu, /【オブザーバー】 \n\n.*\n/, '')],
  ['CRLF line ends (総務省)', SOURCES.soumu, soumu.replace(/\n/g, '\r\n')],
  ['CRLF line ends (経産省)', SOURCES.meti, meti.replace(/\n/g, '\r\n')],
  ['unnamed speakers', SOURCES.soumu, edit(edit(soumu, /^ 鵜飼構成員 $/m, ' 構成員 '), /^ 林構成員 $/m, ' 委員 ')],
  ['a label with nothing said after it', SOURCES.soumu, edit(soumu, /^ 鵜飼構成員 $/m, ' 鵜飼構成員 \n\n 名和構成員 ')],
  ['a speaker missing from the attendee list', SOURCES.soumu, edit(soumu, /^ 戸川構成員 $/m, ' 新井構成員 ')],
];

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
  temporary.push(dir);
  return dir;
}

/** Writes a draft into a folder and validates every file with the schemas the site builds with. */
function writeAndValidate(out: string, text: string) {
  const draft = importText(text);
  writeDraftFiles(out, draftFiles(draft, text), false);
  const meetingPath = join(out, 'meetings', `${draft.slug}.md`);
  const meeting = plainSchemas.meetings.safeParse(readMeetingFile(readFileSync(meetingPath, 'utf8'), meetingPath).data);
  const stubs = draft.stubs.map((stub) => {
    const raw = readFileSync(join(out, stub.collection, `${stub.slug}.yaml`), 'utf8');
    return plainSchemas[stub.collection].safeParse(parseYaml(raw)).error?.issues ?? [];
  });
  const all = [...(meeting.error?.issues ?? []), ...stubs.flat()];
  return { draft, issues: withoutPlaceholders(all), placeholders: all.length - withoutPlaceholders(all).length };
}

describe.each(variations)('a source with %s', (_what, base, text) => {
  const draft = importText(text);
  const original = importText(sourceText(base));

  it('loses nothing', () => {
    const written = draftFiles(draft, text)
      .filter((file) => !file.path.startsWith('sources/'))
      .map((file) => file.contents)
      .join('\n');
    expect(accountFor(text, draft, written)['total']).toBeGreaterThan(0);
  });

  it('keeps every statement text of the original', () => {
    expect(draftItems(draft).map((item) => item.text)).toEqual(draftItems(original).map((item) => item.text));
  });

  it('writes a draft that passes the record schemas but for the English title an editor must write', () => {
    const { issues, placeholders } = writeAndValidate(tempContent(), text);
    expect(issues).toEqual([]);
    expect(placeholders).toBeGreaterThan(0);
  });
});

describe('what the variations change', () => {
  const draftOf = (what: string) => importText(variations.find(([name]) => name === what)?.[2] ?? '');

  it('marks a turn whose speaker is not in the attendee list as doubtful, which the schema refuses', () => {
    const text = variations.find(([name]) => name === 'a speaker missing from the attendee list')?.[2] ?? '';
    const { issues } = writeAndValidate(tempContent(), text);
    const { draft } = writeAndValidate(tempContent(), sourceText(SOURCES.soumu));
    const doubts = (written: string) =>
      plainSchemas.meetings
        .safeParse(readMeetingFile(written, 'draft.md').data)
        .error?.issues.filter((issue) => issue.message.includes('the importer doubted who speaks')) ?? [];
    const missing = importText(text);
    const meeting = (d: typeof draft) =>
      draftFiles(d, '').find((file) => file.path.startsWith('meetings/'))?.contents ?? '';
    expect(issues).toEqual([]);
    expect(doubts(meeting(missing)).length).toBeGreaterThan(0);
    expect(doubts(meeting(draft))).toEqual([]);
  });

  it('reads the header whatever its spacing', () => {
    const draft = draftOf('different header spacing');
    expect([draft.date, draft.start, draft.end, draft.venue]).toEqual([
      '2017-03-27',
      '15:00',
      '17:00',
      '総務省第１特別会議室（中央合同庁舎２号館８階）',
    ]);
    expect(draft.attendees[0]?.group).toBe('構成員');
  });

  it('leaves out the venue the source does not state', () => {
    expect(draftOf('a missing 場所 (総務省)').venue).toBeUndefined();
    expect(draftOf('a missing 場所 (経産省)').venue).toBeUndefined();
    expect(draftOf('a missing 場所 (経産省)').date).toBe('2019-08-02');
  });

  it('writes no observer group when there were none', () => {
    expect(draftOf('no observers').attendees.map((group) => group.group)).toEqual(['構成員', '総務省']);
  });

  it('reads CRLF sources as LF ones', () => {
    expect(draftItems(draftOf('CRLF line ends (総務省)'))).toEqual(draftItems(importText(soumu)));
  });

  it('attributes a label without a name to no one, keeping the label', () => {
    const items = draftItems(draftOf('unnamed speakers'));
    expect(items.find((item) => item.id === 's002')).toMatchObject({ speaker: { anonymous: true }, label: '構成員' });
    expect(items.find((item) => item.id === 's013')).toMatchObject({ speaker: { anonymous: true }, label: '委員' });
  });

  it('proposes a new person for a speaker the attendee list does not name, and says so', () => {
    const draft = draftOf('a speaker missing from the attendee list');
    expect(draft.stubs).toEqual([
      expect.objectContaining({ collection: 'people', slug: 'new-person-01', name: '新井' }),
    ]);
    expect(draftItems(draft).find((item) => item.id === 's006')?.speaker).toEqual({ person: 'new-person-01' });
    expect(draft.warnings.join('\n')).toMatch(/新井構成員.*not in the attendee list/);
  });

  it('keeps a label with nothing said after it as unclassified text', () => {
    const draft = draftOf('a label with nothing said after it');
    expect(draft.warnings).toEqual(['line 71: unclassified: 鵜飼構成員']);
    expect(draft.items.find((item) => item.line === 71)).toMatchObject({ type: 'note', unclassified: true });
  });

  it('lists what it could not classify', () => {
    const draft = importText(meti);
    expect(draft.warnings).toEqual([
      'line 353: unclassified: お問合せ先',
      'line 355: unclassified: 商務情報政策局 サイバーセキュリティ課',
      'line 356: unclassified: 電話：03-3501-1253',
    ]);
    expect(draft.items.at(-1)).toMatchObject({ type: 'note', unclassified: true });
  });
});

describe('text that Markdown would read as markup', () => {
  it('comes back verbatim from the written draft', () => {
    const odd = 'note:abc と *強調* と _下線_ と <b> と [1] と `x` と \\ と "引用"';
    const text = edit(soumu, /^IoT セキュリティ対策の取組方針 ver1\.0（案）について、簡潔にまとめられてい$/m, odd);
    const statement = draftItems(importText(text)).find((item) => item.id === 's001');
    expect(statement?.text.slice(0, odd.length + 6)).toBe(`${odd}る。書きぶり`);
  });
});

describe('a draft in the record', () => {
  it('builds with the rest of the record: no integrity problems after importing over a copy of content/', () => {
    const out = tempContent();
    cpSync('content', out, { recursive: true });
    for (const name of Object.values(SOURCES)) {
      const text = sourceText(name);
      writeDraftFiles(out, draftFiles(importText(text), text), true);
    }
    fillPlaceholders(out);
    expect(findIntegrityProblems(readRecordEntries(out))).toEqual([]);
  });

  it('builds with a new person stub', () => {
    const out = tempContent();
    cpSync('content', out, { recursive: true });
    const text = variations.find(([name]) => name === 'a speaker missing from the attendee list')?.[2] ?? '';
    writeDraftFiles(out, draftFiles(importText(text), text), true);
    expect(existsSync(join(out, 'people', 'new-person-01.yaml'))).toBe(true);
    fillPlaceholders(out);
    expect(findIntegrityProblems(readRecordEntries(out))).toEqual([]);
  });
});

describe('bad input', () => {
  const expectImportError = (run: () => unknown, message: RegExp, line: number) => {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect((caught as ImportError).message).toMatch(message);
    expect((caught as ImportError).line).toBe(line);
  };

  it('refuses an empty file', () => {
    expectImportError(() => decodeSource(new Uint8Array()), /empty/, 1);
    expectImportError(() => decodeSource(new TextEncoder().encode(' \n\r\n\t')), /empty/, 1);
  });

  it('refuses a binary file, naming the line of the first binary byte', () => {
    expectImportError(() => decodeSource(new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0x00, 0x01])), /binary/, 3);
    expectImportError(() => decodeSource(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x07])), /binary/, 2);
    expectImportError(
      () => decodeSource(new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x80])),
      /neither UTF-8 nor Shift_JIS/,
      1,
    );
  });

  it('refuses a text that is no minutes, or minutes without their proceedings or date, naming the cause', () => {
    expectImportError(
      () => importText('議事要旨\n\nこれは会議録ではない。\n'),
      /no header labels such as 日時, 場所, 出席者 or 議事概要/,
      1,
    );
    expectImportError(
      () => importText(soumu.replace('５．議事概要', '５．その他').replace('（２）議事', '（２）審議')),
      /no 議事概要 or 議事内容 section: the proceedings were not found/,
      31,
    );
    expectImportError(
      () => importText(soumu.replace('平成 29 年３月 27 日', '平成 29 ３月 27 日')),
      /the 日時 section has no date: 平成 29 ３月 27 日（月）15:00～17:00 lacks 年/,
      3,
    );
  });

  it('decodes Shift_JIS', () => {
    const decoded = decodeSource(iconv.encode(soumu, 'Shift_JIS'));
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text).toBe(soumu);
    expect(decodeSource(new TextEncoder().encode(soumu)).encoding).toBe('utf-8');
  });

  it('never overwrites without --force, and writes nothing when it refuses', () => {
    const out = tempContent();
    const files = draftFiles(importText(soumu), soumu);
    writeDraftFiles(out, [files[1]!], false);
    expect(() => writeDraftFiles(out, files, false)).toThrow(
      /nothing was written: these files exist and were left alone/,
    );
    expect(existsSync(join(out, files[0]!.path))).toBe(false);
    expect(writeDraftFiles(out, files, true)).toHaveLength(files.length);
  });
});
