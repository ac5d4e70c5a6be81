import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecordYaml } from '~/content/loaders/content-files';
import { readMeetingFile } from '~/content/loaders/meetings-loader';
import { parseProceedings } from '~/content/markdown/parse-proceedings';
import { LIMITS } from '~/content/schemas/common';
import { findForbiddenInLine, findForbiddenInText } from '~/content/text-rules';
import { plainSchemas as schemas } from '~/content/read-record';

/**
 * Values the file's bytes do not show: YAML escapes and Markdown character references decode to
 * control and bidi characters, YAML 1.1 habits write numbers the record never meant, and a field
 * can be any length. Each is refused with the file, the field and the fix.
 */
const MEETING = 'tests/fixtures/valid/meetings/2020-01-01-test-task-force-01.md';
const meetingData = () => readMeetingFile(readFileSync(MEETING, 'utf8'), MEETING).data;

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const controls = ['\x1b', '\0', '\x07', '\x7f', '\x85', '\ud800', '\udfff', '\ufffe'];
const bidi = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
];
const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const lineBreaks = ['\n', '\r', '\u2028', '\u2029'];

describe('characters a value may hold', () => {
  it.each(controls.map((c) => [c.codePointAt(0)?.toString(16), c]))('refuses U+%s in any text', (_, c) => {
    expect(findForbiddenInText(`前${c}後`)?.index).toBe(1);
    expect(findForbiddenInText(`前${c}後`)?.reason).toMatch(/control/);
  });

  it.each(bidi.map((c) => [c.codePointAt(0)?.toString(16), c]))('refuses the bidi control U+%s in any text', (_, c) => {
    expect(findForbiddenInText(`abc${c}def`)?.index).toBe(3);
    expect(findForbiddenInText(`abc${c}def`)?.reason).toMatch(/bidirectional/);
  });

  it.each([...invisible, ...lineBreaks].map((c) => [c.codePointAt(0)?.toString(16), c]))(
    'refuses U+%s in a one-line value, not in paragraphs',
    (_, c) => {
      expect(findForbiddenInLine(`名和${c}構成員`)).toMatchObject({ index: 2 });
      if (lineBreaks.includes(c)) expect(findForbiddenInText(`名和${c}構成員`)).toBeUndefined();
    },
  );

  it('accepts Japanese, tabs in text, a pair of surrogates and the emoji that use them', () => {
    for (const text of [
      'セキュアゲートウェイ（第３回）',
      '𠮷野家 😀',
      'IoT セキュリティ　対策',
      '一段落。\n\n二段落。\t',
    ]) {
      expect(findForbiddenInText(text)).toBeUndefined();
    }
    expect(findForbiddenInLine('𠮷野家 😀 IoT　対策')).toBeUndefined();
  });
});

describe('YAML values after escapes are decoded', () => {
  it.each([
    ['\\x1b', 'U+001B (escape)'],
    ['\\0', 'U+0000 (null)'],
    ['\\u0007', 'U+0007 (bell)'],
    ['\\a', 'U+0007 (bell)'],
    ['\\ud800', 'U+D800 (half of a surrogate pair)'],
    ['\\u202e', 'U+202E (right-to-left override)'],
    ['\\u2066', 'U+2066 (left-to-right isolate)'],
    ['\\x85', 'U+0085 (next line)'],
  ])('refuses "%s" with the file, line, field and fix', (escape, character) => {
    const yaml = `name: 岡村\nattendees:\n  - members:\n      - label: "名和${escape}構成員"\n`;
    expect(() => parseRecordYaml(yaml, 'content/people/x.yaml', 2)).toThrow(
      new RegExp(
        `^content/people/x\\.yaml:5:16: attendees\\[0\\]\\.members\\[0\\]\\.label: .* holds ${character.replace(/[()+]/g, '\\$&')}`,
      ),
    );
    expect(() => parseRecordYaml(yaml, 'content/people/x.yaml')).toThrow(/Fix: delete the escape/);
  });

  it('refuses a control character in a key too', () => {
    expect(() => parseRecordYaml('"name\\x1b": 岡村\n', 'p.yaml')).toThrow(
      /^p\.yaml:1:1: a key in \(top level\): .*U\+001B/,
    );
  });
});

describe('numbers are plain decimal', () => {
  it.each([
    ['0x10', 16],
    ['0o17', 15],
    ['1e3', 1000],
    ['+5', 5],
    ['.inf', Infinity],
    ['-.Inf', -Infinity],
    ['.nan', NaN],
    ['010', 10],
    ['3.', 3],
    ['!!int "0x1F"', 31],
  ])('refuses session: %s, which YAML reads as %s, naming the field and the fix', (written) => {
    expect(() => parseRecordYaml(`title: x\nsession: ${written}\n`, 'content/meetings/m.md', 2)).toThrow(
      /^content\/meetings\/m\.md:3:\d+: session: .* is read by YAML as the number .*, but numbers in the record are written in plain decimal digits\. Fix: /,
    );
  });

  it('keeps plain decimal numbers, and text that only looks like a number elsewhere', () => {
    expect(parseRecordYaml('session: 16\nx: -2.5\ny: "0x10"\nz: 1_000\n', 'm.yaml')).toEqual({
      session: 16,
      x: -2.5,
      y: '0x10',
      z: '1_000',
    });
  });

  it('so a session written 1_000 fails the schema as text, not as a thousand', () => {
    const data = { ...meetingData(), ...parseRecordYaml('session: 1_000', 'm.yaml') };
    expect(issues(schemas.meetings.safeParse(data))).toEqual([expect.stringMatching(/^session: /)]);
  });
});

describe('Markdown character references', () => {
  it.each([
    ['&#7;', 'U+0007 (bell)'],
    ['&#x1B;', 'U+001B (escape)'],
    ['&#x202E;', 'U+202E (right-to-left override)'],
    ['&#8294;', 'U+2066 (left-to-right isolate)'],
    ['&#127;', 'U+007F (delete)'],
  ])('%s in a statement fails at its line, naming the character', (reference, character) => {
    const markdown = `## 議事\n\n:::statement{#s001 anonymous label=委員}\n本文${reference}です。\n:::`;
    expect(() => parseProceedings(markdown, 'content/meetings/m.md')).toThrow(
      `content/meetings/m.md:4:3: the character reference ${reference} stands for ${character}`,
    );
    expect(() => parseProceedings(markdown, 'content/meetings/m.md')).toThrow(/Fix: delete the reference/);
  });

  it('a named reference to a bidi mark (&rlm;), which Markdown decodes', () => {
    const markdown = `:::statement{#s001 anonymous label=委員}\nabc&rlm;def\n:::`;
    expect(() => parseProceedings(markdown, 'm.md')).toThrow(
      /^m\.md:2:1: the text "abc\\u\{200F\}def" holds U\+200F \(right-to-left mark\)/,
    );
  });

  it('in an attribute, such as label="&#x202E;…"', () => {
    const markdown = `:::statement{#s001 anonymous label="委員&#x202E;"}\nA\n:::`;
    expect(() => parseProceedings(markdown, 'm.md')).toThrow(
      /^m\.md:1:39: the character reference &#x202E; stands for U\+202E/,
    );
  });
});

describe('one-line fields', () => {
  it.each([
    ['a person name with a zero-width space', 'people', { name: '岡\u200b村' }, 'name', /U\+200B \(zero width space\)/],
    ['a person name with a right-to-left override', 'people', { name: '岡\u202e村' }, 'name', /U\+202E/],
    [
      'a topic title with a line break',
      'topics',
      { title: '認証\n基盤', title_en: 'x' },
      'title',
      /a line break.*Fix: write it on one line/,
    ],
    [
      'an English title with a word joiner',
      'topics',
      { title: '認証', title_en: 'Certi\u2060fication' },
      'title_en',
      /U\+2060/,
    ],
    [
      'an alias with a BOM',
      'topics',
      { title: '認証', title_en: 'x', aliases: ['認証\ufeff基盤'] },
      'aliases.0',
      /U\+FEFF/,
    ],
    [
      'an organization name with an isolate',
      'organizations',
      { name: '総務\u2066省', name_en: 'x' },
      'name',
      /U\+2066/,
    ],
    ['a body name with a line separator', 'bodies', { name: '会議\u2028体', name_en: 'x' }, 'name', /U\+2028/],
  ] as const)('refuses %s, naming the field', (_, collection, data, field, message) => {
    const found = issues(schemas[collection].safeParse(data));
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')}: `))]);
    expect(found[0]).toMatch(message);
  });

  it('refuses a line break in a statement label and a meeting title', () => {
    const data = meetingData();
    const proceedings = data['proceedings'] as { type: string; label?: string }[];
    const index = proceedings.findIndex((item) => item.type === 'statement');
    const broken = {
      ...data,
      title: '会議\n（第１回）',
      proceedings: proceedings.map((item, i) => (i === index ? { ...item, label: '名和\n構成員' } : item)),
    };
    const found = issues(schemas.meetings.safeParse(broken));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: .*a line break/),
        expect.stringMatching(new RegExp(`^proceedings\\.${index}\\.label: .*a line break`)),
      ]),
    );
  });

  it('shows a slug with an invisible character written out, since it would look right', () => {
    const found = issues(schemas.people.safeParse({ name: '岡村', organization: 'soumu\u200b' }));
    expect(found).toEqual([expect.stringMatching(/^organization: must be the slug .*"soumu\\u\{200B\}"/)]);
  });
});

describe('limits', () => {
  it.each([
    ['a meeting title', { title: 'あ'.repeat(LIMITS.title + 1) }, 'title'],
    ['a venue', { venue: 'あ'.repeat(LIMITS.title + 1) }, 'venue'],
    ['an English title', { title_en: 'a'.repeat(LIMITS.title + 1) }, 'title_en'],
    ['an agenda', { agenda: Array<string>(LIMITS.listItems + 1).fill('議事') }, 'agenda'],
  ])('refuse %s past its limit, with the length, the limit and the fix', (_, change, field) => {
    const found = issues(schemas.meetings.safeParse({ ...meetingData(), ...change }));
    expect(found).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${field}: has [\\d,]+ (characters|items), more than the [\\d,]+ this (field|list) may hold\\. Fix: `,
        ),
      ),
    ]);
  });

  it('refuse a person name, a note, an alias and too many aliases', () => {
    expect(issues(schemas.people.safeParse({ name: 'あ'.repeat(LIMITS.name + 1) }))).toEqual([
      expect.stringMatching(/^name: has 201 characters, more than the 200/),
    ]);
    expect(issues(schemas.people.safeParse({ name: 'あ', note: 'あ'.repeat(LIMITS.note + 1) }))).toEqual([
      expect.stringMatching(/^note: has 2,001 characters/),
    ]);
    const topic = { title: '認証', title_en: 'x' };
    expect(issues(schemas.topics.safeParse({ ...topic, aliases: ['あ'.repeat(LIMITS.name + 1)] }))).toEqual([
      expect.stringMatching(/^aliases\.0: has 201 characters/),
    ]);
    const many = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `別名${i}号`);
    expect(issues(schemas.topics.safeParse({ ...topic, aliases: many }))).toEqual([
      expect.stringMatching(/^aliases: has 51 items, more than the 50 this list may hold/),
    ]);
  });

  it('refuse 8,000 aliases at once, without comparing them pairwise', () => {
    const aliases = Array.from({ length: 8_000 }, (_, i) => `別名${'あ'.repeat(i % 50)}${i}`);
    const started = performance.now();
    const found = issues(schemas.topics.safeParse({ title: '認証', title_en: 'x', aliases }));
    expect(found).toEqual([expect.stringMatching(/^aliases: has 8,000 items/)]);
    // Pairwise, this took minutes; a generous bound for a loaded machine.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('still refuse an alias that is part of another name', () => {
    expect(
      issues(schemas.topics.safeParse({ title: 'ファジング', title_en: 'x', aliases: ['ファジングテスト', 'テスト'] })),
    ).toEqual([expect.stringMatching(/^aliases\.1: "テスト" is part of "ファジングテスト"/)]);
  });
});
