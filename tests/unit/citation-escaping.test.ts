import { Cite, plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { buildCitables, type Citable } from '~/citation/citables';
import { formatCitations, type CitationFormat } from '~/citation/format';
import { groupCreator } from '~/citation/names';
import { buildRecord } from '~/record/index';
import { readRecordEntries } from '~/content/read-record';
import { base } from '~/site/urls';

/**
 * Record text is never syntax in a citation format: each format, read back by a real parser,
 * gives the record's text and no field the record's text wrote.
 */
const citables = [
  ...buildCitables(
    buildRecord(readRecordEntries('tests/fixtures/valid')),
    { origin: 'https://example.jp', base },
    (_e, f) => f,
  ).values(),
];
const oneOfEach = ['meeting', 'statement', 'topic', 'recommendation'].map((kind) => {
  const citable = citables.find((c) => c.kind === kind);
  if (!citable) throw new Error(`no ${kind} in the fixture`);
  return citable;
});

const hostile = [
  'A }, author = {Evil}, url = {https://evil.example/} x',
  '未閉じの } 括弧 { と \\ バックスラッシュ \\}',
  "100% & $5 # a_b ^ ~ -- --- `` '' ?` !` 〜",
  '<i>斜体</i> "引用" <b>太字 <span class="nocase">x</span> \\textbf{y}',
  '一行目\n二行目\r\n三行目',
  '本文\nAU  - Evil\nER  - \nTY  - JOUR\nTI  - 偽',
  '題 - 副題 AU - x',
  'a\rUR  - https://evil.example/\u2028b\u2029c',
  '@misc{evil, title = {x}}',
];

/** What a one-line format keeps of a value: its line breaks become spaces. */
const asOneLine = (value: string) => value.replace(/\s*[\n\r\v\f\u0085\u2028\u2029]\s*/gu, ' ');

/** What RIS keeps of a value: one line, and no "  - ", at which some readers split a line. */
const asRis = (value: string) => asOneLine(value).replace(/ {2,}- /gu, ' - ');

/** What BibTeX keeps of a value: TeX reads a run of spaces, line breaks included, as one space. */
const asTex = (value: string) => value.replace(/\s+/gu, ' ');

const format = (citable: Citable, which: CitationFormat) =>
  formatCitations(citable).find((c) => c.format === which)?.text ?? '';

const withText = (citable: Citable, value: string): Citable => ({
  ...citable,
  title: value,
  creators: [groupCreator(value)],
  ...(citable.abstract === undefined ? {} : { abstract: value }),
  ...(citable.event === undefined ? {} : { event: { ...citable.event, title: value } }),
});

const bibtexFields = (bibtex: string) => {
  const entries = plugins.input.chain(bibtex, { target: '@biblatex/entries+list', generateGraph: false }) as {
    properties: Record<string, string>;
  }[];
  expect(entries).toHaveLength(1);
  return Object.keys(entries[0]?.properties ?? {}).sort();
};
/**
 * A one-token name as read back: a literal, a braced family name (BibTeX), or, where it holds a
 * comma, family and given name (RIS writes every name "family, given").
 */
const nameTexts = (item: Record<string, unknown> | undefined) =>
  (item?.['author'] as { literal?: string; family?: string; given?: string }[]).map(
    (name) => name.literal ?? [name.family, name.given].filter((part) => part !== undefined).join(','),
  );
const risTags = (ris: string) => ris.split('\n').map((line) => /^([A-Z][A-Z0-9]) {2}- /.exec(line)?.[1]);

const cases = oneOfEach.flatMap((citable) => hostile.map((value) => [citable.kind, value, citable] as const));

describe('citation formats escape record text', { timeout: 60_000 }, () => {
  it.each(cases)('%s %j: BibTeX reads back as the same fields and text', (_kind, value, citable) => {
    const bibtex = format(withText(citable, value), 'bibtex');
    expect(bibtexFields(bibtex)).toEqual(bibtexFields(format(citable, 'bibtex')));
    const [parsed] = new Cite(bibtex, { forceType: '@biblatex/text' }).data as Record<string, unknown>[];
    expect(parsed?.['title']).toBe(asTex(value));
    expect(nameTexts(parsed)).toEqual([asTex(value).replaceAll(' ', '')]);
    if (citable.kind === 'statement') expect(parsed?.['abstract']).toBe(asTex(value));
  });

  it.each(cases)('%s %j: RIS reads back as the same tags and text', (_kind, value, citable) => {
    const ris = format(withText(citable, value), 'ris');
    expect(risTags(ris)).toEqual(risTags(format(citable, 'ris')));
    const [parsed] = new Cite(ris, { forceType: '@ris/file' }).data as Record<string, unknown>[];
    expect(parsed?.['title']).toBe(asRis(value));
    // RIS writes a name "family, given, suffix": no escape keeps a comma in a one-token name.
    if (!value.includes(',')) expect(nameTexts(parsed)).toEqual([asRis(value).replaceAll(' ', '')]);
    if (citable.kind === 'statement') expect(parsed?.['abstract']).toBe(asRis(value));
  });

  it.each(cases)('%s %j: CSL-JSON parses as the same keys and the exact text', (_kind, value, citable) => {
    const [item] = JSON.parse(format(withText(citable, value), 'csl-json')) as Record<string, unknown>[];
    const [plain] = JSON.parse(format(citable, 'csl-json')) as Record<string, unknown>[];
    expect(Object.keys(item ?? {})).toEqual(Object.keys(plain ?? {}));
    expect(item?.['title']).toBe(value);
  });
});

describe("the cite panel's text keeps record text that looks like markup", { timeout: 60_000 }, () => {
  const markup = '<i>斜体</i> と <b>太字</b> <sup>2</sup> <span class="nocase">x</span> a < b > c';
  it.each(
    oneOfEach.flatMap((citable) =>
      (['sist02', 'apa'] as const).map((style) => [citable.kind, style, citable] as const),
    ),
  )('%s in %s', (_kind, style, citable) => {
    expect(format({ ...citable, title: markup, titleEn: undefined }, style)).toContain(markup);
  });
});
