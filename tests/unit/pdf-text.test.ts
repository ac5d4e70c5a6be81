import { describe, expect, it } from 'vitest';
import {
  fullLineWidth,
  isPageNumberLine,
  joinPrintedLines,
  printedWidth,
  splitPrintedParagraphs,
} from '../../tools/import/pdf-text';

describe('joinPrintedLines', () => {
  it('joins Japanese lines with no space, dropping the spaces the PDF left at line ends', () => {
    expect(joinPrintedLines(['いくつかの技術的な課 ', '', '題が生じる。'])).toBe('いくつかの技術的な課題が生じる。');
  });

  it('keeps one space where a printed line ended in a space next to Latin text', () => {
    expect(joinPrintedLines(['実施する上で ISP ', 'との協議が必要'])).toBe('実施する上で ISP との協議が必要');
    expect(joinPrintedLines(['使用されている Fuzzing ', 'Tool は'])).toBe('使用されている Fuzzing Tool は');
  });

  it('does not invent a space the line did not end with', () => {
    expect(joinPrintedLines(['サイバー空間の IoT', 'の世界'])).toBe('サイバー空間の IoTの世界');
  });

  it('drops the space a lost bullet glyph left at a line start', () => {
    expect(joinPrintedLines(['  事務局'])).toBe('事務局');
  });
});

describe('isPageNumberLine', () => {
  it('recognises a footer page number and nothing else', () => {
    expect(isPageNumberLine('2 ')).toBe(true);
    expect(isPageNumberLine('2 (5) について')).toBe(false);
    expect(isPageNumberLine('')).toBe(false);
  });
});

describe('printedWidth and fullLineWidth', () => {
  it('counts full-width characters as two columns and Latin as one', () => {
    expect(printedWidth(' IoT の ')).toBe(6);
  });

  it('takes the median width of lines that do not end a sentence', () => {
    expect(fullLineWidth(['ああああ', 'あああ', 'ああああ', 'あ。'])).toBe(8);
  });
});

describe('splitPrintedParagraphs', () => {
  const full = 10;
  it('breaks after a visibly short line ending in 。 or ？', () => {
    expect(splitPrintedParagraphs(['あああああ', 'ああ。', 'いいいいい', 'い？'], full)).toEqual([
      ['あああああ', 'ああ。'],
      ['いいいいい', 'い？'],
    ]);
  });

  it('joins a sentence that ends at the margin', () => {
    expect(splitPrintedParagraphs(['ああああ。', 'いい。'], full)).toEqual([['ああああ。', 'いい。']]);
  });

  it('gives each ・ item its own paragraph, ending at its short last line', () => {
    expect(splitPrintedParagraphs(['以下がある。', '・ ああああ', 'い ', '続き。'], full)).toEqual([
      ['以下がある。'],
      ['・ ああああ', 'い '],
      ['続き。'],
    ]);
  });
});
