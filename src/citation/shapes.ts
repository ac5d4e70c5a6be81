// Formatting SIST02 and APA once per shape pays (docs/benchmarks.md, "Measured choices in the
// code"); the unit tests compare every shaped citation with direct formatting.
import { LRUCache } from 'lru-cache';
import { BIBLIOGRAPHY_ITEM_ID, formatBibliography } from './citation-js';
import type { CslItem } from './csl';

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
  'genre',
  'publisher',
] as const;

/** The dates that differ between meetings. */
const varyingDates = ['issued'] as const;
type VaryingDate = (typeof varyingDates)[number];

/**
 * Years that stand in for each varying date's year while a shape is formatted, two apiece (see
 * probeDates). No citation holds them: every other value in a shape is a placeholder or one of
 * the site's own names, and the accessed date's placeholder year is 2999.
 */
const sentinelYears: Record<VaryingDate, readonly [number, number]> = { issued: [2991, 2992] };

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
  // A name in family and given parts stays in the shape: citeproc joins them by their script.
  if (Array.isArray(item['author'])) {
    shape['author'] = (item['author'] as Record<string, string>[]).map((name) =>
      name['literal'] === undefined ? name : { literal: hold(name['literal']) },
    );
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
export function shapedBibliography(item: CslItem, template: string, lang: string): string {
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
