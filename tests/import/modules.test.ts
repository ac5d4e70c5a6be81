import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { decodeSource } from '../../tools/import/decode';
import { outline, sourceLines } from '../../tools/import/outline';
import { Matcher } from '../../tools/import/matching';
import { draftFiles, escapeMarkdown } from '../../tools/import/write-draft';
import { writeDraftFiles } from '../../tools/import/write-files';
import { findIntegrityProblems } from '~/record/index';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { parseProceedings } from '~/content/markdown/parse-proceedings';
import { readRecordEntries, plainSchemas } from '~/content/read-record';
import { accountFor, fillPlaceholders, importText, record, withoutPlaceholders } from './helpers';

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
    expect(draft.source.publisher).toBe('meti');
  });

  it('reads the proceedings: a note, a heading, anonymous comments', () => {
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
    // The record's 山田 is an official of another body: a chair of this one is not merged with him.
    expect(draft.warnings.join('\n')).toMatch(/"山田" may be yamada, who attended in another role: not merged/);
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
    const issues = (parsed: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
      withoutPlaceholders(parsed.error?.issues ?? []);
    expect(issues(plainSchemas.meetings.safeParse(readMeetingFile(readFileSync(path, 'utf8'), path).data))).toEqual([]);
    for (const stub of draft.stubs) {
      const raw = readFileSync(join(out, stub.collection, `${stub.slug}.yaml`), 'utf8');
      expect(issues(plainSchemas[stub.collection].safeParse(parseYaml(raw)))).toEqual([]);
    }
    fillPlaceholders(out);
    expect(findIntegrityProblems(readRecordEntries(out))).toEqual([]);
  });
});

describe('outline', () => {
  it('finds the sections under any numbering, with the proceedings last', () => {
    const text =
      '会議（第１回）議事要旨\n(1) 日 時 令和元年8月2日\n2.場所：会議室\n３ 出席者\n【構成員】\n甲構成員\n議事概要\n・意見\n';
    const { sections, proceedings, titleLines } = outline(sourceLines(text));
    expect(titleLines.map((line) => line.text)).toEqual(['会議（第１回）議事要旨']);
    expect(sections.map((section) => [section.kind, section.name])).toEqual([
      ['when', '日時'],
      ['where', '場所'],
      ['attendees', '出席者'],
      ['proceedings', '議事概要'],
    ]);
    expect(proceedings.lines.map((line) => line.text)).toEqual(['・意見']);
  });

  it('splits a label the PDF ran into the value before it', () => {
    const text = '会議（第１回）議事要旨\n1.日 時 令和元年8月2日 15 時 30 分 2.場 所 会議室\n3.議事概要\n意見\n';
    const { sections } = outline(sourceLines(text));
    expect(sections.map((section) => [section.name, section.rest.trim()])).toEqual([
      ['日時', '令和元年8月2日 15 時 30 分'],
      ['場所', '会議室'],
      ['議事概要', ''],
    ]);
  });

  it('numbers lines as the file does, whatever the line ends, and counts pages by form feeds', () => {
    expect(sourceLines('a\r\n\r\nb\rc\n\fd\n').map((line) => [line.number, line.text, line.page])).toEqual([
      [1, 'a', 0],
      [3, 'b', 0],
      [4, 'c', 0],
      [5, 'd', 1],
    ]);
  });
});

describe('Matcher', () => {
  it('tells apart two people of one body with the same surname by the role they held', () => {
    const matcher = new Matcher(record, 'soumu-cybersecurity-task-force');
    expect(matcher.personByName('吉岡', 'member')).toBe('yoshioka');
    expect(matcher.personByName('吉岡', 'official')).toBe('yoshioka-soumu');
  });

  it('matches a person of another body who held the same class of role, and says so', () => {
    const matcher = new Matcher(record, 'meti-wg1-layer2-task-force');
    expect(matcher.personByName('岡村', 'member')).toBe('okamura');
    expect(matcher.warnings).toEqual([
      '"岡村" matched okamura, who attended another body: check it is the same person',
    ]);
  });

  it('never merges a name that could be two people of the record: a stub and a warning instead', () => {
    const matcher = new Matcher(record, 'some-new-body');
    expect(matcher.personByName('吉岡')).toBeUndefined();
    expect(matcher.person('吉岡', undefined, 'test')).toBe('new-person-01');
    expect(matcher.warnings).toEqual([
      '"吉岡" could be any of yoshioka, yoshioka-soumu: not merged; a stub was written, point it at the right one',
    ]);
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

describe('anonymous comments where one member alone holds the role 委員', () => {
  // The others are 委員長 and 委員長代理: a bare 委員 still names no one.
  const draft = importText(
    [
      'テスト専門委員会（第 3 回会合）議事要旨',
      '1 日時',
      '平成 20 年 6 月 12 日(木) 10 時 00 分~ 12 時 00 分',
      '2 場所',
      '経済産業省 本館17階',
      '3 出席者',
      '【委員】',
      '山田 一郎 委員長 架空大学',
      '佐藤 二郎 委員 架空研究所',
      '鈴木 三郎 委員長代理 架空工業大学',
      '4 議事概要',
      '(1) 研究開発について',
      '・ 成果を実用化につなげる仕組みが必要である。',
      '○佐藤委員より、大学との連携が必要との意見があった。',
    ].join('\n'),
  );

  it('keeps the unattributed comment anonymous and attributes the named one', () => {
    const statements = draft.items.filter((item) => item.type === 'statement');
    const speakers = statements.map((item) => ('speaker' in item ? item.speaker : undefined));
    expect(speakers.map((speaker) => speaker !== undefined && 'anonymous' in speaker)).toEqual([true, false]);
    expect(speakers[1]).toHaveProperty('person');
  });
});

describe('an affiliation followed by a bracketed addition', () => {
  const draft = importText(
    [
      'テスト専門委員会（第 3 回会合）議事要旨',
      '1 日時',
      '平成 20 年 6 月 12 日(木) 10 時 00 分~ 12 時 00 分',
      '2 出席者',
      '【委員】',
      '佐藤 二郎 委員 架空大学',
      '（東京大学名誉教授）',
      '3 議事概要',
      '・ 一つ目の意見。',
    ].join('\n'),
  );

  it('keeps the affiliation before the brackets and the addition as a title', () => {
    const [member] = draft.attendees.flatMap((group) => group.members);
    expect(member).toMatchObject({ name: '佐藤 二郎', role: '委員', title: '東京大学名誉教授' });
    expect(member?.affiliation).toEqual(expect.any(String));
    expect(draft.stubs.map((stub) => stub.name)).toContain('架空大学');
  });
});

describe('a ministry in round brackets on a line of its own', () => {
  const draft = importText(
    [
      'テスト研究会（第2回）議事概要',
      '1 日時',
      '平成30年1月16日（火）16時から17時45分まで',
      '2 出席者',
      '（構成員）',
      '山田 太郎（架空大学 教授、座長）、佐藤 花子（架空研究所 主任研究員）',
      '（総務省）',
      '田中サイバーセキュリティ統括官、高橋参事官',
      '3 議事',
      '○ ルータの脆弱性対策が急務である。',
    ].join('\n'),
  );

  it('heads the ministry’s group, which names the publisher, instead of continuing an affiliation', () => {
    expect(draft.attendees.map((group) => [group.group, group.members.map((member) => member.label)])).toEqual([
      ['構成員', ['山田 太郎（架空大学 教授、座長）', '佐藤 花子（架空研究所 主任研究員）']],
      ['総務省', ['田中サイバーセキュリティ統括官', '高橋参事官']],
    ]);
    expect(draft.source.publisher).toBe('soumu');
  });
});
