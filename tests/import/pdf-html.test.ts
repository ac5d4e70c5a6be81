import { describe, expect, it } from 'vitest';
import { readMinutes } from '../../tools/import/read-input';
import { shownText } from '../../tools/import/pdf-lines';
import { draftItems, importText, SOURCES, sourceText } from './helpers';
import { printMinutesPdf } from './print-pdf';

const RUNNING_HEADERS = {
  soumu: 'サイバーセキュリティタスクフォース 議事要旨',
  meti: '産業サイバーセキュリティ研究会 ＷＧ１ 議事要旨',
};

describe.each(Object.entries(SOURCES))('the %s source printed to a PDF', (layout, name) => {
  const source = sourceText(name);

  it('imports with the same statements, speakers and header as the text', async () => {
    const pdf = await printMinutesPdf(source.split('\n'), RUNNING_HEADERS[layout as keyof typeof SOURCES]);
    const { text, format } = await readMinutes(pdf, `${name}.pdf`);
    expect(format).toBe('pdf');
    expect(text.split('\f').length).toBeGreaterThan(2);
    const fromPdf = importText(text);
    // pdf.js reports no space a PDF draws at the end of a line (it infers spaces from the next glyph),
    // so the text to compare with is the source without them; joinPrintedLines keeps such a space
    // between Latin words, which is the one difference this makes (ISP との against ISPとの).
    const fromText = importText(source.replace(/ +$/gm, ''));
    expect(draftItems(fromPdf)).toEqual(draftItems(fromText));
    const withoutSpaces = (draft: typeof fromPdf) => draftItems(draft).map((item) => item.text.replace(/\s/g, ''));
    expect(withoutSpaces(fromPdf)).toEqual(withoutSpaces(importText(source)));
    const header = ({ title, session, date, start, end, venue, attendees, materials }: typeof fromPdf) => ({
      title,
      session,
      date,
      start,
      end,
      venue,
      attendees: attendees.map((group) => [
        group.group,
        group.members.map((m) => [m.label, m.role, Object.values(m.party)[0]]),
      ]),
      materials,
    });
    expect(header(fromPdf)).toEqual(header(fromText));
    // Page numbers and running headers are set aside, never part of a statement.
    const spoken = draftItems(fromPdf)
      .map((item) => item.text)
      .join('\n');
    expect(spoken).not.toMatch(/Draft minutes|議事要旨|- \d+ -/);
  }, 60_000);
});

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The 経産省 minutes as the ministry's HTML page gives such minutes: site chrome around a <main>,
 * the header in a table, headings as <h3>, each comment a list item, the contacts after.
 */
function metiPage(): string {
  const source = sourceText(SOURCES.meti);
  const draft = importText(source);
  const headerLines = source.split('\n').slice(
    0,
    source.split('\n').findIndex((line) => line.includes('４．議事内容')),
  );
  const [title, ...rest] = headerLines.filter((line) => line.trim() !== '').slice(3);
  const body = draft.items.map((item) => {
    if (item.type === 'heading') return `<h3>${escapeHtml(item.text)}</h3>`;
    if (item.type === 'note') return item.unclassified ? '' : `<p>${escapeHtml(item.paragraphs.join(''))}</p>`;
    return `<ul><li>${escapeHtml(item.paragraphs.join(''))}</li></ul>`;
  });
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>議事要旨</title><script>var x = '<p>not text</p>';</script></head>
<body><header><nav><ul><li>サイトマップ</li><li>審議会・研究会</li></ul></nav></header>
<main><h1>産業サイバーセキュリティ研究会ＷＧ１ 『第2層：フィジカル空間とサイバー空間のつながり』の信頼性確保に向けたセキュリティ対策検討タスクフォース ${escapeHtml(title ?? '')}</h1>
${rest.map((line) => `<p>${escapeHtml(line.trim())}</p>`).join('\n')}
<h2>４．議事内容</h2>
${body.join('\n')}
<h2>お問合せ先</h2><p>商務情報政策局 サイバーセキュリティ課</p></main>
<footer>Copyright Ministry of Economy, Trade and Industry.</footer></body></html>`;
}

describe('a ministry HTML page', () => {
  it('imports with the statements, headings and header of the text, without the page around the minutes', async () => {
    const { text, format } = await readMinutes(new TextEncoder().encode(metiPage()), 'minutes.html');
    expect(format).toBe('html');
    expect(text).not.toMatch(/サイトマップ|Copyright|not text/);
    const fromHtml = importText(text);
    const fromText = importText(sourceText(SOURCES.meti));
    expect(draftItems(fromHtml)).toEqual(draftItems(fromText));
    const headings = (draft: typeof fromHtml) =>
      draft.items.filter((item) => item.type === 'heading').map((item) => item.text);
    expect(headings(fromHtml)).toEqual(headings(fromText));
    expect([fromHtml.date, fromHtml.start, fromHtml.end, fromHtml.venue, fromHtml.session]).toEqual([
      fromText.date,
      fromText.start,
      fromText.end,
      fromText.venue,
      fromText.session,
    ]);
    expect(fromHtml.attendees.flatMap((group) => group.members.map((m) => m.label))).toEqual(
      fromText.attendees.flatMap((group) => group.members.map((m) => m.label)),
    );
  });
});

describe('text a Japanese font maps to radicals', () => {
  it('reads the radicals as the ideographs the page shows, Kangxi and supplement forms alike', () => {
    expect(shownText('有村 浩一 委員⻑ ⽇本⻄部')).toBe('有村 浩一 委員長 日本西部');
  });
});
