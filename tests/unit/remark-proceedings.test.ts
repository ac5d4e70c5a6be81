import { describe, expect, it } from 'vitest';
import { parseProceedings } from '~/content/markdown/parse-proceedings';
import { DEFAULT_MAX_ITEM_CHARACTERS } from '~/content/markdown/remark-proceedings';

const meeting = `
## 構成員の意見・コメント

:::presentation{#p01 organization=soumu label=事務局 material=3-1 elided}
事務局より、資料３－１を説明
:::

:::statement{#s001 person=okamura label="岡村構成員" material=3-1 at="P3 (3)" topics="secure-gateways certification"}
IoT セキュリティ対策の取組方針 ver1.0（案）について、簡潔にまとめられている。

書きぶりについて、P3 (3) セキュアゲートウェイの設置について。
:::

:::statement{#s002 organization=soumu label=事務局 reply=s001}
そのように修正する。
:::

:::statement{#s003 anonymous label=委員}
C&C サーバとの通信制御。
:::
`;

describe('remark-proceedings', () => {
  it('reads headings, presentations and statements in source order with their attributes', () => {
    const items = parseProceedings(meeting);
    expect(items.map((item) => item.type)).toEqual(['heading', 'presentation', 'statement', 'statement', 'statement']);
    expect(items[0]).toMatchObject({ type: 'heading', depth: 2, text: '構成員の意見・コメント' });
    expect(items[1]).toMatchObject({ id: 'p01', speaker: { organization: 'soumu' }, material: '3-1', elided: true });
    expect(items[2]).toMatchObject({
      id: 's001',
      speaker: { person: 'okamura' },
      label: '岡村構成員',
      material: '3-1',
      at: 'P3 (3)',
      topics: ['secure-gateways', 'certification'],
    });
    expect(items[3]).toMatchObject({ id: 's002', reply: 's001', speaker: { organization: 'soumu' } });
    expect(items[4]).toMatchObject({ speaker: { anonymous: true }, label: '委員' });
  });

  it('keeps the text verbatim, paragraphs separated by a blank line, and renders each paragraph', () => {
    const statement = parseProceedings(meeting)[2]!;
    expect(statement.type === 'statement' && statement.text).toBe(
      'IoT セキュリティ対策の取組方針 ver1.0（案）について、簡潔にまとめられている。\n\n書きぶりについて、P3 (3) セキュアゲートウェイの設置について。',
    );
    expect(statement.type === 'statement' && statement.html).toBe(
      '<p>IoT セキュリティ対策の取組方針 ver1.0（案）について、簡潔にまとめられている。</p>\n<p>書きぶりについて、P3 (3) セキュアゲートウェイの設置について。</p>',
    );
  });

  it('records the line each item starts on, for error messages', () => {
    const items = parseProceedings(meeting);
    expect(items.map((item) => item.line)).toEqual([2, 4, 8, 14, 18]);
  });

  it.each([
    [
      'a duplicate ID',
      ':::statement{#s001 anonymous label=委員}\nA\n:::\n\n:::statement{#s001 anonymous label=委員}\nB\n:::',
      /5:1.*duplicate ID "s001" \(first used on line 1\)/,
    ],
    ['an ID of the wrong shape', ':::statement{#1 anonymous label=委員}\nA\n:::', /needs an ID like \{#s001\}/],
    ['no speaker', ':::statement{#s001 label=委員}\nA\n:::', /exactly one speaker.*found 0/],
    ['two speakers', ':::statement{#s001 person=a organization=b label=委員}\nA\n:::', /exactly one speaker.*found 2/],
    ['a misspelled attribute', ':::statement{#s001 anonymous label=委員 topic=x}\nA\n:::', /unknown attribute "topic"/],
    ['no label', ':::statement{#s001 person=okamura}\nA\n:::', /needs label=/],
    ['text outside any statement', 'これは誰の発言でもない。', /a paragraph is not allowed here.*:::note/],
    ['an unknown container', ':::speech{#s001}\nA\n:::', /:::speech is not allowed here/],
    ['an empty statement', ':::statement{#s001 anonymous label=委員}\n:::', /has no text/],
    [
      'a colon Markdown would read as a directive',
      ':::statement{#s001 anonymous label=委員}\n比較:foo について\n:::',
      /contains ":foo"/,
    ],
    ['raw HTML', ':::statement{#s001 anonymous label=委員}\n<script>alert(1)</script>\n:::', /raw HTML is not allowed/],
  ])('fails on %s, naming the file and line', (_, markdown, message) => {
    expect(() => parseProceedings(markdown, 'content/meetings/x.md')).toThrow(message);
    expect(() => parseProceedings(markdown, 'content/meetings/x.md')).toThrow(/^content\/meetings\/x\.md:\d+:\d+/);
  });

  it.each([
    [
      'a repeated speaker',
      '#s001 person=okamura label="岡村構成員" person=nawa',
      /person= more than once \("okamura", "nawa"\)/,
    ],
    [
      'a second ID',
      '#s001 person=okamura label=岡村構成員 #s999',
      /ID \(#… or id=\) more than once \("s001", "s999"\)/,
    ],
    ['an ID given both ways', 'id=s001 person=okamura label=岡村構成員 #s002', /ID \(#… or id=\) more than once/],
    ['a repeated label', '#s001 person=okamura label=\'岡村構成員\' label="名和構成員"', /label= more than once/],
    ['a repeated class', '#s001 .a person=okamura .a label=岡村構成員', /\.class more than once/],
  ])('fails on %s in a directive, which would keep the last copy silently', (_, attributes, message) => {
    const markdown = `## 議事\n\n:::statement{${attributes}}\nA\n:::`;
    expect(() => parseProceedings(markdown, 'content/meetings/x.md')).toThrow(message);
    expect(() => parseProceedings(markdown, 'content/meetings/x.md')).toThrow(/^content\/meetings\/x\.md:3:1: /);
    expect(() => parseProceedings(markdown, 'content/meetings/x.md')).toThrow(/Fix: keep the one the source supports/);
  });

  it('reads an attribute name inside a quoted value as text, not as a repeat', () => {
    const markdown = `:::statement{#s001 person=okamura label="person=nawa #s002" at='label=x'}\nA\n:::`;
    expect(parseProceedings(markdown)[0]).toMatchObject({
      speaker: { person: 'okamura' },
      label: 'person=nawa #s002',
      at: 'label=x',
    });
  });

  it('rejects inline raw HTML too, so no markup in a statement can reach the page', () => {
    const markdown = ':::statement{#s001 anonymous label=委員}\nC&C サーバ <b onmouseover=alert(1)>です</b>。\n:::';
    expect(() => parseProceedings(markdown, 'm.md')).toThrow(
      /^m\.md:2:9: raw HTML is not allowed in records: "<b onmouseover=alert\(1\)>"/,
    );
  });
});

describe('markup written as text', () => {
  it('is shown as text, never as an element, when the editor escapes it', () => {
    const [item] = parseProceedings(
      ':::statement{#s001 anonymous label=委員}\n\\<script>alert(1)\\</script> と \\<img onerror=alert(1)>\n:::',
    );
    expect(item?.type === 'statement' && item.html).toBe(
      '<p>&#x3C;script>alert(1)&#x3C;/script> と &#x3C;img onerror=alert(1)></p>',
    );
  });
});

describe('the size of an item', () => {
  const statement = (text: string) => `\n:::statement{#s001 anonymous label=委員}\n${text}\n:::\n`;

  it('fails above the limit, naming the line, the size and the fix', () => {
    const huge = 'あ'.repeat(DEFAULT_MAX_ITEM_CHARACTERS + 1);
    expect(() => parseProceedings(statement(huge), 'content/meetings/m.md')).toThrow(
      `content/meetings/m.md:2:1: :::statement{#s001} holds ${(DEFAULT_MAX_ITEM_CHARACTERS + 1).toLocaleString('en')} characters, more than the ${DEFAULT_MAX_ITEM_CHARACTERS.toLocaleString('en')} one item may hold. Fix: check for a missing ":::" line`,
    );
  });

  it('accepts an item at the limit', () => {
    const [item] = parseProceedings(statement('あ'.repeat(DEFAULT_MAX_ITEM_CHARACTERS)));
    expect(item).toMatchObject({ type: 'statement', id: 's001' });
  });
});
