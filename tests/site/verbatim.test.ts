import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPageNumberLine, joinPrintedLines } from '../../tools/import/pdf-text';
import { meetingUrl } from '~/site/urls';
import { page, squash } from '../helpers/dist';
import { readRecordEntries } from '~/content/read-record';

/**
 * The truth here comes from the source files, not from the records: the proceedings section of
 * each 議事要旨 is cut into sentences, and every one must appear, verbatim, on its meeting page.
 */
interface SourceProceedings {
  sentences: string[];
  /** Every non-whitespace character of the proceedings, labels, headings and markers aside, in order. */
  characters: string;
  /** Speaker labels on lines of their own, in order. */
  labels: string[];
  headings: string[];
  elisions: number;
}

const PROCEEDINGS_START = /^\s*(?:５．議事概要|４．議事内容)\s*$/;
const PROCEEDINGS_END = /^\s*以上\s*$/;
const LABEL_LINE = /^\s*(\S{0,12}?(?:構成員|座長代理|座長|事務局))\s*$/;
const HEADING_LINE = /^\s*(?:●(.+?)|(構成員の意見・コメント)|(（[１-９]）.+?))\s*$/;
const ELIDED = '(省略)';

function readSourceProceedings(file: string): SourceProceedings {
  const lines = readFileSync(`content/sources/${file}`, 'utf8').split('\n');
  const start = lines.findIndex((line) => PROCEEDINGS_START.test(line));
  const end = lines.findIndex((line, i) => i > start && PROCEEDINGS_END.test(line));
  if (start < 0 || end < 0) throw new Error(`cannot find the proceedings in ${file}`);

  const segments: string[][] = [[]];
  const labels: string[] = [];
  const headings: string[] = [];
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === '' || isPageNumberLine(line)) continue;
    const label = LABEL_LINE.exec(line);
    const heading = HEADING_LINE.exec(line);
    if (label || heading) {
      if (label?.[1]) labels.push(label[1]);
      const headingText = heading?.[1] ?? heading?.[2];
      if (headingText) headings.push(headingText.trim());
      segments.push([]);
      continue;
    }
    // A bullet starts a new item: in the 2019 minutes each ・ is one member's comment.
    if (/^\s*・/.test(line)) segments.push([]);
    segments.at(-1)?.push(line);
    // "(省略)" closes the announcement of a presentation whose content the minutes leave out.
    if (line.includes(ELIDED)) segments.push([]);
  }
  const texts = segments.map((segment) => joinPrintedLines(segment)).filter(Boolean);
  const elisions = texts.join('').split(ELIDED).length - 1;
  const withoutMarkers = texts.map((text) => text.replaceAll(ELIDED, '').replace(/^・\s*/, ''));
  const sentences = withoutMarkers.flatMap((text) =>
    text
      .split(/(?<=[。？])/)
      .map((sentence) => sentence.trim().replace(/^・\s*/, ''))
      .filter((sentence) => sentence !== ''),
  );
  return { sentences, characters: withoutMarkers.join('').replace(/\s+/g, ''), labels, headings, elisions };
}

const record = readRecordEntries('content');

describe.each(record.meetings.map((meeting) => [meeting.id, meeting] as const))('%s', (id, meeting) => {
  const source = readSourceProceedings(meeting.data.source.file);
  const $ = page(meetingUrl(id));
  const items = $('#main article.statement[id]');
  // A bullet glyph opening a paragraph is layout, not words: the source's ・ before a 2019 comment is
  // dropped by the record, while the ・ list inside one 2017 statement is kept. Compare without either.
  const pageText = items
    .map((_, el) =>
      $(el)
        .children('.text')
        .children('p')
        .map((_, p) => squash($(p).text()).replace(/^・\s*/, ''))
        .get()
        // The PDF text does not mark paragraphs, so a source "sentence" may run across ours.
        .join(''),
    )
    .get();
  const joined = pageText.join('\n');

  it("has the source's proceedings", () => {
    expect(source.sentences.length).toBeGreaterThan(90);
  });

  it('shows every sentence of the source verbatim', () => {
    const missing = source.sentences.filter((sentence) => !joined.includes(squash(sentence)));
    expect(missing).toEqual([]);
  });

  it("shows nothing but the source, in the source's order", () => {
    expect(pageText.join('').replace(/\s+/g, '')).toBe(source.characters);
  });

  it('attributes statements to the speakers the source names, in order', () => {
    const spokenLabels = items
      .filter((_, el) => $(el).hasClass('statement') && !$(el).hasClass('presentation') && !$(el).hasClass('note'))
      .map((_, el) => $(el).attr('data-label'))
      .get();
    if (source.labels.length > 0) expect(spokenLabels).toEqual(source.labels);
    else expect(new Set(spokenLabels)).toEqual(new Set(['委員']));
  });

  it("keeps the source's grouping headings and its (省略) markers", () => {
    const pageHeadings = $('#main h3[id^=section-], #main h4[id^=section-]')
      .map((_, el) => squash($(el).text()))
      .get();
    expect(pageHeadings).toEqual(source.headings.filter((h) => !/^（[１-９]）/.test(h)));
    expect($('#main article.presentation').filter((_, el) => $(el).text().includes(ELIDED)).length).toBe(
      source.elisions,
    );
  });
});
