import { Cite, plugins } from '@citation-js/core';
import { LRUCache } from 'lru-cache';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Citable } from './citables';
import { toCslItem, toExportItem, type CslItem } from './csl';
import sist02 from '../../vendor/csl/sist02.csl?raw';
import jaJpLocale from '../../vendor/csl/locales-ja-JP.xml?raw';

// citation-js drops every non-ASCII character from BibTeX unless told otherwise: `title = {}`.
plugins.config.get('@bibtex').format.asciiOnly = false;

// SIST02 and the ja-JP locale are not bundled with citation-js; ours are vendored (see vendor/csl/).
const csl = plugins.config.get('@csl');
// Imported as text, so the bundle carries them wherever Astro writes it.
if (!csl.styles.has('sist02')) csl.styles.add('sist02', sist02);
if (!csl.locales.has('ja-JP')) csl.locales.add('ja-JP', jaJpLocale);

/**
 * A date no reader will copy on, written into the citation templates in place of the accessed
 * date. The copy script replaces it with the day of copying; the plain text shows no accessed date.
 */
export const ACCESSED_PLACEHOLDER = '2999-12-31';

export const citationFormats = ['sist02', 'apa', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof citationFormats)[number];

export interface FormattedCitation {
  format: CitationFormat;
  label: string;
  /** The citation as shown, without an accessed date. */
  text: string;
  /** The same with ACCESSED_PLACEHOLDER where the accessed date goes. */
  template: string;
  /** File name for download. */
  fileName: string;
  mediaType: string;
}

/**
 * citation-js keeps one citeproc engine per style, and its registry keeps every item ID it has
 * seen: with a new ID per page, sorting that registry makes the build quadratic (docs/benchmarks.md).
 * The ID is never printed in a bibliography entry, so every entry is formatted under the same one.
 */
const BIBLIOGRAPHY_ITEM_ID = 'citation';

const formatBibliography = (item: CslItem, template: string, lang: string) =>
  new Cite({ ...item, id: BIBLIOGRAPHY_ITEM_ID })
    .format('bibliography', { template, lang, format: 'text' })
    .trim()
    // SIST02 numbers its entries; a single citation needs no number.
    .replace(/^\(1\)\s*/, '');

/**
 * The item fields that differ from page to page within a shape: between the statements of one
 * meeting, and (see probeDates) between meetings.
 */
const varyingFields = [
  'citation-key',
  'title',
  'original-title',
  'URL',
  'version',
  'note',
  'abstract',
  'event-title',
  'event-place',
  'authority',
] as const;

/** The dates that differ between meetings. */
const varyingDates = ['issued', 'event-date'] as const;
type VaryingDate = (typeof varyingDates)[number];

/**
 * Years that stand in for each varying date's year while a shape is formatted, two apiece (see
 * probeDates). No citation holds them: every other value in a shape is a placeholder or one of
 * the site's own names, and the accessed date's placeholder year is 2999.
 */
const sentinelYears: Record<VaryingDate, readonly [number, number]> = {
  issued: [2991, 2992],
  'event-date': [2993, 2994],
};

/** A placeholder citeproc prints as it is: private-use characters have no case, no quotes, no punctuation. */
const placeholder = (n: number) => `\uE000${n}\uE001`;
const placeholderPattern = /\uE000(\d+)\uE001/gu;

/** A value's leading punctuation, the rest, and its trailing punctuation. */
const edgePunctuation = /^([.,;:!?。、]*)(.*?)([.,;:!?。、]*)$/su;

/**
 * Whether citeproc prints a value verbatim wherever a style puts it. It turns straight quotes and
 * apostrophes into typographic ones, flips nested quotes and reads `<i>`-style markup, so values
 * with such characters are formatted directly instead of through a shape. The punctuation it
 * merges at a value's ends is not part of the value here: it stays in the shape (see shapeOf).
 */
const printsVerbatim = (value: string) =>
  value === value.trim() && !/['"`<>&\u2018-\u201F「」『』\uE000-\uF8FF]/u.test(value);

/**
 * Shapes formatted lately. A statement page's shape is its meeting's, and Astro builds the
 * statement pages meeting by meeting, so a few hundred recent shapes keep every hit; holding all
 * of them held three or so per citable page and meeting (about 1 KB each: some 100 MB at 10,000
 * meetings) until the build ended.
 */
const formattedShapes = new LRUCache<string, string>({ max: 512 });

/** What the sentinel years showed of a kind of shape (see probeDates). */
interface DateProbe {
  /** The shape formatted with sentinel years, where the style prints only the years of its dates. */
  yearOnly: string | null;
  /** Whether other years change exactly the years, wherever the style prints more of the dates. */
  yearsReplaceable: boolean;
}

/**
 * The probes by their shape's key with sentinel years. There are a few kinds of shape in the whole
 * record (one per kind of page, style and set of fields present), not a few per meeting, so they
 * are all kept.
 */
const dateProbes = new Map<string, DateProbe>();

/**
 * Shapes with sentinel years at the month and day of their dates, for styles that print those
 * (APA): meetings on the same day of any year share one. At most 366 per kind of shape, so they
 * are all kept.
 */
const monthDayShapes = new Map<string, string>();

const shapeKey = (shape: CslItem, template: string, lang: string) => `${template}\n${lang}\n${JSON.stringify(shape)}`;

type DateParts = readonly [year: number, month: number, day: number];

/** Each varying date the item has, if each is a full year-month-day date. */
function varyingDateParts(item: CslItem): Partial<Record<VaryingDate, DateParts>> | undefined {
  const dates: Partial<Record<VaryingDate, DateParts>> = {};
  for (const field of varyingDates) {
    if (!(field in item)) continue;
    const parts = (item[field] as { 'date-parts'?: unknown } | undefined)?.['date-parts'];
    if (!Array.isArray(parts) || parts.length !== 1 || !Array.isArray(parts[0]) || parts[0].length !== 3)
      return undefined;
    const [year, month, day] = (parts[0] as unknown[]).map(Number);
    dates[field] = [year ?? NaN, month ?? NaN, day ?? NaN];
  }
  return dates;
}

/**
 * The shape with each varying date's year set to its sentinel year (the first or the second), and
 * its month and day as `monthDay` gives them.
 */
function withSentinelYears(
  shape: CslItem,
  which: 0 | 1,
  monthDay: (field: VaryingDate) => readonly [number, number],
): CslItem {
  const dated: CslItem = { ...shape };
  for (const field of varyingDates) {
    if (field in dated) dated[field] = { 'date-parts': [[sentinelYears[field][which], ...monthDay(field)]] };
  }
  return dated;
}

const lastDayOfYear = () => [12, 31] as const;

const replaceYears = (text: string, from: 0 | 1, to: (field: VaryingDate) => string) =>
  varyingDates.reduce((out, field) => out.replaceAll(String(sentinelYears[field][from]), to(field)), text);

/**
 * Formats a kind of shape with sentinel years to learn how the style prints its dates. Three
 * probes: where other years change exactly the years, the years can be filled in; where another
 * month and day also change nothing, the style prints only the years (SIST02) and every meeting
 * shares one shape. APA prints the month and day of some dates, so those share a shape per month
 * and day.
 */
function probeDates(shape: CslItem, template: string, lang: string): DateProbe {
  const first = formatBibliography(withSentinelYears(shape, 0, lastDayOfYear), template, lang);
  const otherDay = formatBibliography(
    withSentinelYears(shape, 0, () => [11, 30]),
    template,
    lang,
  );
  const otherYear = formatBibliography(withSentinelYears(shape, 1, lastDayOfYear), template, lang);
  const yearsReplaceable = otherYear === replaceYears(first, 0, (field) => String(sentinelYears[field][1]));
  return { yearOnly: yearsReplaceable && first === otherDay ? first : null, yearsReplaceable };
}

/**
 * The item with a placeholder for each varying value, and those values in placeholder order.
 * citeproc merges punctuation at a value's ends with the style's own, so for the values in
 * `keepEdges` that punctuation stays in the shape around the placeholder, and shapes differ where
 * it differs; only values a style prints need it, or every statement's last character would make
 * a shape of its own.
 */
function shapeOf(item: CslItem, keepEdges: ReadonlySet<number>): { shape: CslItem; values: string[] } {
  const values: string[] = [];
  const hold = (value: unknown) => {
    if (typeof value !== 'string') return value;
    const n = values.length;
    const [, lead = '', core = '', trail = ''] = keepEdges.has(n)
      ? (edgePunctuation.exec(value) ?? [])
      : ['', '', value];
    values.push(core);
    return `${lead}${placeholder(n)}${trail}`;
  };
  // The ID is never printed (see BIBLIOGRAPHY_ITEM_ID), so it is no part of the shape.
  const shape: CslItem = { ...item, id: BIBLIOGRAPHY_ITEM_ID };
  for (const field of varyingFields) if (field in shape) shape[field] = hold(shape[field]);
  if (Array.isArray(item['author'])) {
    shape['author'] = (item['author'] as { literal: string }[]).map(({ literal }) => ({ literal: hold(literal) }));
  }
  return { shape, values };
}

/**
 * The shape formatted: with the item's own years filled in where the style prints them in a way
 * that allows it (probeDates), or else once per shape, which holds the item's whole dates.
 */
function formatShape(shape: CslItem, item: CslItem, template: string, lang: string): string {
  const dates = varyingDateParts(item);
  if (dates) {
    const years = (field: VaryingDate) => String(dates[field]?.[0]);
    const kind = shapeKey(withSentinelYears(shape, 0, lastDayOfYear), template, lang);
    let probe = dateProbes.get(kind);
    if (probe === undefined) {
      probe = probeDates(shape, template, lang);
      dateProbes.set(kind, probe);
    }
    if (probe.yearOnly !== null) return replaceYears(probe.yearOnly, 0, years);
    // The sentinel years are not leap years, so 29 February keeps a shape of its own.
    if (probe.yearsReplaceable && !Object.values(dates).some(([, month, day]) => month === 2 && day === 29)) {
      const atMonthDay = withSentinelYears(shape, 0, (field) => [dates[field]?.[1] ?? NaN, dates[field]?.[2] ?? NaN]);
      const key = shapeKey(atMonthDay, template, lang);
      let formatted = monthDayShapes.get(key);
      if (formatted === undefined) {
        formatted = formatBibliography(atMonthDay, template, lang);
        monthDayShapes.set(key, formatted);
      }
      return replaceYears(formatted, 0, years);
    }
  }
  const key = shapeKey(shape, template, lang);
  const formatted = formattedShapes.get(key) ?? formatBibliography(shape, template, lang);
  formattedShapes.set(key, formatted);
  return formatted;
}

/** The placeholders a formatted shape prints, by number. */
const printedValues = (formatted: string, count: number) =>
  new Set(Array.from({ length: count }, (_, n) => n).filter((n) => formatted.includes(placeholder(n))));

/**
 * A bibliography entry, formatted once per shape. citeproc is most of the build's time, and the
 * ~30 statements of a meeting differ only in title, speaker, URL and version: formatting the shape
 * with placeholders and filling them in gives the same text (tests/unit/citation.test.ts checks
 * it against direct formatting for every citable of the record) for one citeproc run per meeting
 * at most: none where the style prints only the years of the meeting's dates, one per month and
 * day where it prints more (probeDates). Where a printed value begins or ends with punctuation (a
 * recommendation's title ends with its summary's 。), a second shape keeps that punctuation.
 */
function shapedBibliography(item: CslItem, template: string, lang: string): string {
  let { shape, values } = shapeOf(item, new Set());
  let formatted = formatShape(shape, item, template, lang);
  const printed = printedValues(formatted, values.length);
  if ([...printed].some((n) => edgePunctuation.exec(values[n] ?? '')?.[2] !== values[n])) {
    ({ shape, values } = shapeOf(item, printed));
    formatted = formatShape(shape, item, template, lang);
  }
  if (![...printedValues(formatted, values.length)].every((n) => printsVerbatim(values[n] ?? ''))) {
    return formatBibliography(item, template, lang);
  }
  return formatted.replace(placeholderPattern, (_, n: string) => values[Number(n)] ?? '');
}

/**
 * RIS from citation-js's tag mapping, written out by us: its text output breaks every line at 70
 * characters, which splits URLs and long Japanese titles in two when read back.
 */
function risText(exportItem: CslItem): string {
  const [entry = {}] = new Cite(exportItem).format('ris', { type: 'object' }) as unknown as Record<
    string,
    string | string[]
  >[];
  const { TY: type = 'ELEC', ...tags } = entry;
  const lines = Object.entries(tags).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`));
  return [`TY  - ${String(type)}`, ...lines, 'ER  - '].join('\n');
}

type ExportFormat = 'biblatex' | 'ris';

/** BibTeX (biblatex) or RIS of an item, formatted by citation-js. */
function formatExport(item: CslItem, format: ExportFormat): string {
  const exportItem = toExportItem(item);
  return format === 'biblatex' ? new Cite(exportItem).format('biblatex').trim() : risText(exportItem);
}

/**
 * Placeholders for BibTeX and RIS: lowercase ASCII letters and digits, which citation-js's BibTeX
 * neither escapes nor braces and allows in a label. (It drops the bibliography's private-use
 * placeholders.)
 */
const EXPORT_MARK = 'zqxj';
const exportPlaceholder = (n: number) => `${EXPORT_MARK}${String(n)}jxqz`;
const exportPlaceholderPattern = new RegExp(`${EXPORT_MARK}(\\d+)jxqz`, 'gu');

/** The item fields that differ between the statements of a meeting, in BibTeX and RIS. */
const exportVaryingFields = ['id', 'citation-key', 'title', 'URL', 'version', 'note', 'abstract'] as const;

/**
 * Whether BibTeX and RIS print a value of the field as it is. citation-js's BibTeX turns HTML-like
 * markup into LaTeX (`<i>` to `\\textit`), braces the words of a title that hold an ASCII capital
 * (`{IoT}`, `{C}&{C}`; not ＷＧ or É) and takes a label only without ASCII punctuation; items with a
 * value that might meet any of that are formatted directly.
 */
function exportsVerbatim(field: string, value: string): boolean {
  if (/[<>]/u.test(value) || value.includes(EXPORT_MARK)) return false;
  if (field === 'title') return !/[A-Z]/u.test(value);
  if (field === 'id' || field === 'citation-key') return /^\w+$/u.test(value);
  return true;
}

/**
 * How many characters of an item's ID citation-js's RIS keeps: it cuts IDs short, and a
 * placeholder is shorter than the cut. Asked of citation-js once.
 */
let risIdLength: number | undefined;
function risIdCut(id: string): string {
  risIdLength ??= /^ID {2}- (x*)$/mu.exec(risText({ id: 'x'.repeat(200), type: 'webpage' }))?.[1]?.length ?? 200;
  return id.slice(0, risIdLength);
}

/**
 * BibTeX or RIS, formatted once per shape, as the bibliography styles are: the statements of a
 * meeting differ only in the fields above and their speaker, so citation-js runs once per meeting
 * instead of once per statement page (all five formats of 3,723 synthetic statements: 287–328 ms
 * instead of 384–442 ms). Items with a value that might not be printed as it is are formatted
 * directly; tests/unit/citation.test.ts compares the two for every citable of the record and of a
 * synthetic corpus.
 */
function shapedExport(item: CslItem, format: ExportFormat): string {
  const held: { field: string; value: string }[] = [];
  const hold = (field: string, value: unknown) => {
    if (typeof value !== 'string') return value;
    held.push({ field, value });
    return exportPlaceholder(held.length - 1);
  };
  const shape: Record<string, unknown> = { ...item };
  for (const field of exportVaryingFields) if (field in shape) shape[field] = hold(field, shape[field]);
  if (Array.isArray(item['author'])) {
    shape['author'] = (item['author'] as { literal: string }[]).map(({ literal }) => ({
      literal: hold('author', literal),
    }));
  }
  const key = `${format}\n${JSON.stringify(shape)}`;
  // A placeholder standing in a field that does not vary would be filled with a statement's value.
  const placeholders = key.split(EXPORT_MARK).length - 1;
  if (placeholders !== held.length || !held.every(({ field, value }) => exportsVerbatim(field, value))) {
    return formatExport(item, format);
  }
  const values = held.map(({ field, value }) => (format === 'ris' && field === 'id' ? risIdCut(value) : value));
  const formatted = formattedShapes.get(key) ?? formatExport(shape as CslItem, format);
  formattedShapes.set(key, formatted);
  return formatted.replace(exportPlaceholderPattern, (_, n: string) => values[Number(n)] ?? '');
}

type Bibliography = (item: CslItem, template: string, lang: string) => string;
type Export = (item: CslItem, format: ExportFormat) => string;

function formatOne(
  citable: Citable,
  format: CitationFormat,
  accessed: string | undefined,
  bibliography: Bibliography,
  exportAs: Export,
): string {
  const item = toCslItem(citable, accessed);
  const versionJa = ` 版: ${citable.version}（${citable.lastChanged}更新）.`;
  const versionEn = ` Version ${citable.version} (last changed ${citable.lastChanged}).`;
  switch (format) {
    case 'sist02':
      return bibliography(item, 'sist02', 'ja-JP') + versionJa;
    case 'apa':
      return (
        bibliography(
          // The site is both the container and the publisher; APA would name it twice.
          { ...item, publisher: undefined, ...(citable.titleEn ? { title: citable.titleEn } : {}) },
          'apa',
          'en-US',
        ) + versionEn
      );
    case 'bibtex':
      return exportAs(item, 'biblatex');
    case 'ris':
      return exportAs(item, 'ris');
    case 'csl-json':
      return JSON.stringify([item], null, 2);
  }
}

const meta: Record<CitationFormat, { label: string; extension: string; mediaType: string }> = {
  sist02: { label: 'SIST02', extension: 'txt', mediaType: 'text/plain' },
  apa: { label: 'APA', extension: 'txt', mediaType: 'text/plain' },
  bibtex: { label: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  ris: { label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  'csl-json': { label: 'CSL-JSON', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
};

/** The placeholder's year, which every date form the copy script rewrites begins with. */
const placeholderYear = ACCESSED_PLACEHOLDER.slice(0, 4);

/**
 * The one line of a BibTeX or RIS template that holds the accessed date, by format: citation-js
 * writes that date as a field of its own (`urldate`, `M1`), and nothing else changes without it.
 */
const accessedLines: Partial<Record<CitationFormat, string>> = {
  bibtex: `\turldate = {${ACCESSED_PLACEHOLDER}},`,
  ris: `M1  - ${ACCESSED_PLACEHOLDER.replaceAll('-', '/')}/`,
};

/** The template without its accessed-date line, if it has exactly that one line with the date. */
function withoutAccessedLine(format: CitationFormat, template: string): string | undefined {
  const line = accessedLines[format];
  if (line === undefined) return undefined;
  const lines = template.split('\n');
  const dated = lines.filter((l) => l.includes(placeholderYear));
  if (dated.length !== 1 || dated[0] !== line) return undefined;
  return lines.filter((l) => l !== line).join('\n');
}

/**
 * Every format of one page's citation, formatted at build time. `shapes: false` formats every
 * entry directly, without shapes or shortcuts, which the tests compare the shaped output with.
 */
export function formatCitations(citable: Citable, { shapes = true } = {}): FormattedCitation[] {
  const bibliography = shapes ? shapedBibliography : formatBibliography;
  const exportAs = shapes ? shapedExport : formatExport;
  return citationFormats.map((format) => {
    const template = formatOne(citable, format, ACCESSED_PLACEHOLDER, bibliography, exportAs);
    // A style that prints no accessed date (APA for a dated item) gives the same text without
    // one, and BibTeX and RIS give it without the line that holds it: formatting them again
    // would double the citations' cost, at a statement page each.
    const text = !template.includes(placeholderYear)
      ? template
      : ((shapes ? withoutAccessedLine(format, template) : undefined) ??
        formatOne(citable, format, undefined, bibliography, exportAs));
    return {
      format,
      label: meta[format].label,
      text,
      template,
      fileName: `${citable.key}.${meta[format].extension}`,
      mediaType: meta[format].mediaType,
    };
  });
}
