import { describe, expect, it } from 'vitest';
import { isPageNumberLine, joinPrintedLines } from '../../src/lib/sources/pdf-text';

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
