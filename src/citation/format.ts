import type { Citable } from './citables';
import { Cite, formatBibliography } from './citation-js';
import { toCslItem, type CslItem } from './csl';
import { joinEntries, type FileFormat } from './entries';
import { shapedBibliography } from './shapes';

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
 * RIS from citation-js's tag mapping, with Zotero's types and containers where citation-js's
 * differ: it files a speech as a sound recording (SOUND) and leaves out a web page's site, where
 * Zotero's RIS has a presentation (SLIDE) with its meeting (T2) and place (CY), and the site (T2).
 */
function risEntry(item: CslItem): Record<string, string | string[]> {
  const [entry = {}] = new Cite(item).format('ris', { type: 'object' }) as unknown as Record<
    string,
    string | string[]
  >[];
  const text = (field: string) => (typeof item[field] === 'string' ? item[field] : undefined);
  const zotero: Record<string, string | undefined> =
    item.type === 'speech'
      ? { TY: 'SLIDE', T2: text('event-title'), CY: text('event-place') }
      : item.type === 'webpage'
        ? { T2: text('container-title') }
        : {};
  for (const [tag, value] of Object.entries(zotero)) if (value !== undefined) entry[tag] = value;
  return entry;
}

/** Line terminators a reader of RIS or BibTeX may start a new line at, with the spaces around them. */
const lineBreaks = /\s*[\n\r\v\f\u0085\u2028\u2029]\s*/gu;

/** A value on one line: a statement's paragraphs joined with a space. */
const oneLine = (value: string) => value.replace(lineBreaks, ' ');

/**
 * RIS written out by us: citation-js's text output breaks every line at 70 characters, which
 * splits URLs and long Japanese titles in two when read back. A value is one line, or the line
 * after a break would have no tag, or a tag the record's text wrote (`\nAU  - …`).
 */
function risText(item: CslItem): string {
  const { TY: type = 'GEN', ...tags } = risEntry(item);
  // Some readers split a line at every "  - ", so no value holds one.
  const risValue = (value: string) => oneLine(value).replace(/ {2,}- /gu, ' - ');
  const lines = Object.entries(tags).flatMap(([tag, values]) =>
    [values].flat().map((value) => `${tag}  - ${risValue(value)}`),
  );
  return [`TY  - ${String(type)}`, ...lines, 'ER  - '].join('\n');
}

const latexCommands: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * Record text as BibTeX text that reads back as the same characters: braces, backslashes and
 * TeX's special characters escaped (a `}` would end the field: `}, author = {…` adds fields),
 * `<` and `>` too (citation-js reads `<i>` in a value as markup), ligatures (`--`, ``` `` ```,
 * `''`, `?``) broken with `{}`, and line breaks made spaces, which BibTeX reads them as anyway
 * (as it reads a run of spaces as one).
 */
export function escapeBibtex(value: string): string {
  return oneLine(value)
    .replace(/[\\{}%&$#_^~<>]/gu, (char) => latexCommands[char] ?? `\\${char}`)
    .replace(/([-`'])(?=\1)/gu, '$1{}')
    .replace(/([?!])(?=`)/gu, '$1{}');
}

/** A URL as BibTeX's verbatim url field keeps it: nothing in it can close the field. */
const bibtexUrl = (url: string) => url.replace(/[{}\\\s]/gu, (char) => encodeURIComponent(char));

/**
 * The item with its text escaped for BibTeX: citation-js writes values as they are (with
 * `asciiOnly` off, which Japanese needs), so a value's braces would be BibTeX's syntax. A family
 * and a given name are braced whole (citation-js braces a literal), so a comma or "and" stays in it.
 */
function bibtexSafeItem(item: CslItem): CslItem {
  const safe: CslItem = { ...item };
  for (const [field, value] of Object.entries(item)) {
    if (typeof value !== 'string' || field === 'id' || field === 'type' || field === 'citation-key') continue;
    safe[field] = field === 'URL' ? bibtexUrl(value) : escapeBibtex(value);
  }
  if (Array.isArray(item['author'])) {
    safe['author'] = (item['author'] as Record<string, string>[]).map((name) =>
      name['literal'] === undefined
        ? Object.fromEntries(Object.entries(name).map(([part, text]) => [part, `{${escapeBibtex(text)}}`]))
        : { literal: escapeBibtex(name['literal']) },
    );
  }
  return safe;
}

/**
 * biblatex from citation-js. It makes a speech an @audio; Zotero's BibTeX makes a presentation
 * @misc, which citation-js gives for the CSL type `document`.
 */
const biblatexText = (item: CslItem) =>
  new Cite(bibtexSafeItem(item.type === 'speech' ? { ...item, type: 'document' } : item)).format('biblatex').trim();

type Bibliography = (item: CslItem, template: string, lang: string) => string;

function formatOne(
  citable: Citable,
  format: CitationFormat,
  accessed: string | undefined,
  bibliography: Bibliography,
): string {
  const item = toCslItem(citable, accessed);
  const versionJa = ` 版: ${citable.version}（${citable.lastChanged}更新）.`;
  const versionEn = ` Version ${citable.version} (last changed ${citable.lastChanged}).`;
  switch (format) {
    case 'sist02':
      return bibliography(item, 'sist02', 'ja-JP') + versionJa;
    case 'apa':
      return bibliography(citable.titleEn ? { ...item, title: citable.titleEn } : item, 'apa', 'en-US') + versionEn;
    case 'bibtex':
      return biblatexText(item);
    case 'ris':
      return risText(item);
    case 'csl-json':
      return JSON.stringify([item], null, 2);
  }
}

/** Each format's label, file extension and media type. */
export const formatInfo: Record<CitationFormat, { label: string; extension: string; mediaType: string }> = {
  sist02: { label: 'SIST02', extension: 'txt', mediaType: 'text/plain' },
  apa: { label: 'APA', extension: 'txt', mediaType: 'text/plain' },
  bibtex: { label: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  ris: { label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  'csl-json': { label: 'CSL-JSON', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
};

/** The placeholder's year, which every date form the copy script rewrites begins with. */
const placeholderYear = ACCESSED_PLACEHOLDER.slice(0, 4);

/**
 * The lines of a BibTeX or RIS template that may hold the accessed date, by format: citation-js
 * writes that date as a field of its own (`urldate`; RIS `M1` for web pages, `Y2` otherwise), and
 * nothing else changes without it.
 */
const accessedLines: Partial<Record<CitationFormat, string[]>> = {
  bibtex: [`\turldate = {${ACCESSED_PLACEHOLDER}},`],
  ris: ['M1', 'Y2'].map((tag) => `${tag}  - ${ACCESSED_PLACEHOLDER.replaceAll('-', '/')}/`),
};

/** The template without its accessed-date line, if it has exactly that one line with the date. */
function withoutAccessedLine(format: CitationFormat, template: string): string | undefined {
  const lines = template.split('\n');
  const dated = lines.filter((l) => l.includes(placeholderYear));
  const [line] = dated;
  if (dated.length !== 1 || line === undefined || !accessedLines[format]?.includes(line)) return undefined;
  return lines.filter((l) => l !== line).join('\n');
}

/**
 * The formats of one page's citation (all five unless `formats` says which), formatted at build
 * time. `shapes: false` formats every entry directly, without shapes or shortcuts, which the tests
 * compare the shaped output with.
 */
export function formatCitations(
  citable: Citable,
  { shapes = true, formats = citationFormats }: { shapes?: boolean; formats?: readonly CitationFormat[] } = {},
): FormattedCitation[] {
  const bibliography = shapes ? shapedBibliography : formatBibliography;
  return formats.map((format) => {
    const template = formatOne(citable, format, ACCESSED_PLACEHOLDER, bibliography);
    // A style that prints no accessed date (APA for a dated item) gives the same text without
    // one, and BibTeX and RIS give it without the line that holds it: formatting them again
    // would double the citations' cost, at a statement page each.
    const text = !template.includes(placeholderYear)
      ? template
      : ((shapes ? withoutAccessedLine(format, template) : undefined) ??
        formatOne(citable, format, undefined, bibliography));
    return {
      format,
      label: formatInfo[format].label,
      text,
      template,
      fileName: `${citable.key}.${formatInfo[format].extension}`,
      mediaType: formatInfo[format].mediaType,
    };
  });
}

/**
 * One machine format's file of several pages' citations (a meeting and its statements), without
 * accessed dates: each entry is the text the cite panel would show for its page.
 */
export function citationFile(format: FileFormat, citables: Citable[]): string {
  return joinEntries(
    format,
    citables.flatMap((citable) => formatCitations(citable, { formats: [format] }).map((citation) => citation.text)),
  );
}

/**
 * Where a template differs from its text by one inserted run (the accessed date and its words),
 * that run and the index it goes in at: a page carries the text and the insertion instead of both
 * (the cite panel's script puts them together). Undefined when they differ otherwise.
 */
export function accessedInsertion(text: string, template: string): { at: number; insert: string } | undefined {
  const extra = template.length - text.length;
  if (extra <= 0) return undefined;
  let at = 0;
  while (at < text.length && text[at] === template[at]) at++;
  return template.endsWith(text.slice(at)) ? { at, insert: template.slice(at, at + extra) } : undefined;
}
