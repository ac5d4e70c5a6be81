import { describe, expect, it } from 'vitest';
import { itemForStore, itemWithHtml } from '~/content/loaders/meeting-store';
import { parseProceedings } from '~/content/markdown/parse-proceedings';
import { readRecordEntries } from '~/content/read-record';

/** One statement parsed from Markdown, its text trimmed as the meeting schema stores it. */
function validated(body: string) {
  const [item] = parseProceedings(`:::statement{#s001 anonymous label=委員}\n${body}\n:::`);
  if (item?.type !== 'statement') throw new Error('expected one statement');
  return { ...item, text: item.text.trim() };
}

describe('the HTML of a stored item', () => {
  it('is left out where it is plain paragraphs of the text, and rebuilt byte for byte on load', () => {
    const item = validated('通信の秘密について。\n\nC&C サーバ < 3 & IoT。');
    expect(itemForStore(item)).not.toHaveProperty('html');
    expect(itemWithHtml(itemForStore(item))).toEqual(item);
    expect(item.html).toBe('<p>通信の秘密について。</p>\n<p>C&#x26;C サーバ &#x3C; 3 &#x26; IoT。</p>');
  });

  it.each([
    ['emphasis', 'これは*重要*である。', '<p>これは<em>重要</em>である。</p>'],
    ['a link', '[NISC](https://www.nisc.go.jp/) の資料', '<p><a href="https://www.nisc.go.jp/">NISC</a> の資料</p>'],
    ['a hard line break', '一行目  \n二行目', '<p>一行目<br>\n二行目</p>'],
    // Markdown keeps a full-width space opening a paragraph; the schema's trim() takes it off the text.
    ['a full-width space opening the text', '\u3000字下げの段落。', '<p>\u3000字下げの段落。</p>'],
  ])('is kept where the Markdown holds %s', (_, body, html) => {
    const item = validated(body);
    expect(itemForStore(item).html).toBe(html);
    expect(itemWithHtml(itemForStore(item)).html).toBe(html);
  });

  it('comes back unchanged for every item of the record, most of them rebuilt', () => {
    const items = readRecordEntries('content').meetings.flatMap((meeting) => meeting.data.proceedings);
    const stored = items.map(itemForStore);
    expect(stored.map(itemWithHtml)).toEqual(items);
    expect(stored.filter((item) => item.type !== 'heading' && !('html' in item)).length).toBeGreaterThan(
      items.length / 2,
    );
  });
});
