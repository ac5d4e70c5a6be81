import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { decodeSource } from '../../tools/import/decode';
import { outline, sourceLines } from '../../tools/import/layout';
import { Matcher } from '../../tools/import/matching';
import { draftFiles, escapeMarkdown } from '../../tools/import/write-draft';
import { writeDraftFiles } from '../../tools/import/write-files';
import { findIntegrityProblems } from '~/record/index';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { parseProceedings } from '~/content/markdown/parse-proceedings';
import { loadRecordEntries, schemas } from '../helpers/load-record';
import { accountFor, importText, record } from './helpers';

/** A meeting of a body the record has never seen, in the 経産省 layout, written from scratch. */
const unknownBody = [
  'テスト研究会（第１２回）議事要旨',
  '',
  '１．日時・場所',
  '日時：令和２年１月１０日（金）１４時００分～１６時００分',
  '場所：経済産業省 本館17階',
  '２．出席者',
  '委員：山田委員（座長）、佐藤委員、',
  '鈴木委員',
  'オブザーバ：警察庁、架空技術機構',
  '経済産業省：田中課長',
  '３．配付資料',
  '資料１ 議事次第',
  '４．議事内容',
  '事務局から資料１について説明した。',
  '●論点について',
  '・ 一つ目の意見。',
  '・ 二つ目の意見は、',
  '二行にわたる。',
  '以上',
].join('\n');

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('a meeting of a body the record does not have', () => {
  const draft = importText(unknownBody);

  it('reads the header', () => {
    expect(draft).toMatchObject({
      slug: '2020-01-10-new-body-12',
      layout: 'meti',
      title: 'テスト研究会（第１２回）',
      session: 12,
      date: '2020-01-10',
      start: '14:00',
      end: '16:00',
      venue: '経済産業省 本館17階',
      agenda: [],
      materials: [{ id: '1', number: '資料１', title: '議事次第' }],
    });
    expect(draft.attendees.map((g) => [g.group, g.members.map((m) => [m.label, m.role])])).toEqual([
      [
        '委員',
        [
          ['山田委員（座長）', '座長'],
          ['佐藤委員', '委員'],
          ['鈴木委員', '委員'],
        ],
      ],
      [
        'オブザーバ',
        [
          ['警察庁', 'オブザーバー'],
          ['架空技術機構', 'オブザーバー'],
        ],
      ],
      ['経済産業省', [['田中課長', '省庁']]],
    ]);
  });

  it('reads the proceedings: a note, a heading, anonymous bullets', () => {
    expect(
      draft.items.map((item) => [item.type, 'paragraphs' in item ? item.paragraphs.join('|') : item.text]),
    ).toEqual([
      ['note', '事務局から資料１について説明した。'],
      ['heading', '論点について'],
      ['statement', '一つ目の意見。'],
      ['statement', '二つ目の意見は、二行にわたる。'],
    ]);
  });

  it('proposes stubs for the body, the people and the organization, and accounts for every character', () => {
    expect(draft.stubs.map((stub) => [stub.collection, stub.slug, stub.name])).toEqual([
      ['people', 'new-person-01', '山田'],
      ['people', 'new-person-02', '佐藤'],
      ['people', 'new-person-03', '鈴木'],
      ['organizations', 'new-organization-01', '架空技術機構'],
      ['people', 'new-person-04', '田中'],
      ['bodies', 'new-body', 'テスト研究会'],
    ]);
    const files = draftFiles(draft, unknownBody);
    expect(accountFor(unknownBody, draft, files.map((file) => file.contents).join('\n'))['total']).toBe(
      unknownBody.replace(/\s/g, '').length,
    );
  });

  it('writes files that pass the schemas and the integrity checks with the rest of the record', () => {
    const out = mkdtempSync(join(tmpdir(), 'import-unknown-'));
    temporary.push(out);
    cpSync('content', out, { recursive: true });
    writeDraftFiles(out, draftFiles(draft, unknownBody), false);
    const path = join(out, 'meetings', `${draft.slug}.md`);
    expect(schemas.meetings.safeParse(readMeetingFile(readFileSync(path, 'utf8'), path).data).error).toBeUndefined();
    for (const stub of draft.stubs) {
      const raw = readFileSync(join(out, stub.collection, `${stub.slug}.yaml`), 'utf8');
      expect(schemas[stub.collection].safeParse(parseYaml(raw)).error).toBeUndefined();
    }
    expect(findIntegrityProblems(loadRecordEntries(out))).toEqual([]);
  });
});

describe('outline', () => {
  it('tells the layouts apart by how the attendee list groups people', () => {
    const soumu = '会議（第１回）議事要旨\n１．日時：令和元年8月2日\n２．出席者\n【構成員】\n甲構成員\n３．議事概要\n';
    expect(outline(sourceLines(soumu)).layout).toBe('soumu');
    const meti =
      '会議（第１回）議事要旨\n１．日時・場所\n日時：令和元年8月2日\n２．出席者\n委員：甲委員\n３．議事内容\n';
    expect(outline(sourceLines(meti)).layout).toBe('meti');
  });

  it('numbers lines as the file does, whatever the line ends', () => {
    expect(sourceLines('a\r\n\r\nb\rc\n').map((line) => [line.number, line.text])).toEqual([
      [1, 'a'],
      [3, 'b'],
      [4, 'c'],
    ]);
  });
});

describe('Matcher', () => {
  it('tells apart two people of one body with the same surname by the role they held', () => {
    const matcher = new Matcher(record, 'soumu-cybersecurity-task-force');
    expect(matcher.personByName('吉岡', 'member')).toBe('yoshioka');
    expect(matcher.personByName('吉岡', 'official')).toBe('yoshioka-soumu');
  });

  it('does not match a person of another body', () => {
    expect(new Matcher(record, 'meti-wg1-layer2-task-force').personByName('岡村', 'member')).toBeUndefined();
  });
});

describe('decodeSource', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text).toBe('A');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    '1. 項目',
    '2) 項目',
    '# 見出し',
    '> 引用',
    '- 箇条',
    '+ 箇条',
    'a*b*_c_',
    'TEL:03 と note:abc',
    '<b>[x]`y`\\',
  ])('keeps %s as text through the project parser', (text) => {
    const [item] = parseProceedings(`:::note{#n01}\n${escapeMarkdown(text)}\n:::\n`);
    expect(item).toMatchObject({ type: 'note', text });
  });
});
