import { describe, expect, it } from 'vitest';
import { csvField } from '~/open-data/exports';

describe('CSV fields a spreadsheet would run as formulas are neutralised', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+cmd|calc', `"'+1+cmd|calc"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('%j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('leaves other text as it is, quoted, with quotes doubled', () => {
    expect(csvField('そのように修正する。')).toBe('"そのように修正する。"');
    expect(csvField('a "quote" = b - c')).toBe('"a ""quote"" = b - c"');
    expect(csvField('')).toBe('""');
  });
});
