import { PAGE_NUMBER, SPEAKER_LIKE } from './patterns.ts';
import type { SourceLine } from './types.ts';

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/**
 * The lines that are page furniture, not minutes: page numbers, and running headers and footers
 * (a line at the top or bottom of most pages, the same but for its digits). Pages are the form
 * feeds' or, in text without them, the stretches between page numbers.
 */
export function furnitureLines(lines: readonly SourceLine[]): Set<SourceLine> {
  const furniture = new Set(lines.filter((line) => isPageNumber(line.text)));
  const pages = splitPages(lines, furniture);
  if (pages.length < 2) return furniture;
  const edges = new Map<string, SourceLine[]>();
  for (const page of pages) {
    const body = page.filter((line) => !furniture.has(line));
    const seen = new Set<string>();
    for (const line of [...body.slice(0, 2), ...body.slice(-2)]) {
      const key = line.text.replace(/[0-9０-９]+/g, '#').replace(/\s/g, '');
      // A header or footer is a title, a date or a mark, never the end of a sentence wrapped onto a line.
      if (seen.has(key) || SPEAKER_LIKE.test(line.text) || /[。、，]\s*$/.test(line.text) || key.length < 2) continue;
      seen.add(key);
      edges.set(key, [...(edges.get(key) ?? []), line]);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const repeated of edges.values()) {
    if (repeated.length >= needed) for (const line of repeated) furniture.add(line);
  }
  return furniture;
}

function splitPages(lines: readonly SourceLine[], pageNumbers: Set<SourceLine>): SourceLine[][] {
  const byFormFeed = new Map<number, SourceLine[]>();
  for (const line of lines) byFormFeed.set(line.page ?? 0, [...(byFormFeed.get(line.page ?? 0) ?? []), line]);
  if (byFormFeed.size > 1) return [...byFormFeed.values()];
  const pages: SourceLine[][] = [[]];
  for (const line of lines) {
    pages.at(-1)?.push(line);
    if (pageNumbers.has(line)) pages.push([]);
  }
  return pages.filter((page) => page.length > 0);
}
