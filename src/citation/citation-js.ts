import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl';
import sist02 from '../../vendor/csl/sist02.csl?raw';
import jaJpLocale from '../../vendor/csl/locales-ja-JP.xml?raw';

export { Cite };

// citation-js drops every non-ASCII character from BibTeX unless told otherwise: `title = {}`.
plugins.config.get('@bibtex').format.asciiOnly = false;

// SIST02 and the ja-JP locale are not bundled with citation-js; ours are vendored (see vendor/csl/).
const csl = plugins.config.get('@csl');
// Imported as text, so the bundle carries them wherever Astro writes it.
if (!csl.styles.has('sist02')) csl.styles.add('sist02', sist02);
if (!csl.locales.has('ja-JP')) csl.locales.add('ja-JP', jaJpLocale);

/**
 * citation-js keeps one citeproc engine per style, and its registry keeps every item ID it has
 * seen: with a new ID per page, sorting that registry makes the build quadratic (docs/benchmarks.md).
 * The ID is never printed in a bibliography entry, so every entry is formatted under the same one.
 */
export const BIBLIOGRAPHY_ITEM_ID = 'citation';

/**
 * citeproc reads `<i>`, `<b>`, `<sup>`, `<span class="nocase">` in a value as markup and prints
 * its text without the tags, so a title that quotes HTML would lose them. It has no escape, so
 * `<` and `>` go in as two private-use characters and come back after formatting (unless a value
 * holds those characters already, where the record's text has to be kept as it is).
 */
const ANGLE_STAND_INS: Record<string, string> = { '<': '\uE010', '>': '\uE011' };
const standingIn = /[\uE010\uE011]/u;

function withoutAngles(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[<>]/gu, (char) => ANGLE_STAND_INS[char] ?? char);
  if (Array.isArray(value)) return value.map(withoutAngles);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutAngles(inner)]));
  }
  return value;
}

/** One bibliography entry of a CSL style, as plain text. */
export function formatBibliography(item: CslItem, template: string, lang: string): string {
  const protect = !standingIn.test(JSON.stringify(item));
  const input = protect ? (withoutAngles(item) as CslItem) : item;
  const formatted = new Cite({ ...input, id: BIBLIOGRAPHY_ITEM_ID })
    .format('bibliography', { template, lang, format: 'text' })
    .trim()
    // SIST02 numbers its entries; a single citation needs no number.
    .replace(/^\(1\)\s*/, '');
  return protect ? formatted.replaceAll('\uE010', '<').replaceAll('\uE011', '>') : formatted;
}
