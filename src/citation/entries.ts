/**
 * The machine formats (BibTeX, RIS, CSL-JSON) of a meeting and its statements, kept in one file
 * per meeting and format (`/cite/<meeting>.bib`…) instead of in every statement page
 * (docs/citation.md). The build joins the entries; the cite panel's script takes one entry out
 * and writes the accessed date into it. Pure and free of citation-js, so the browser bundles it.
 */

export const fileFormats = ['bibtex', 'ris', 'csl-json'] as const;
export type FileFormat = (typeof fileFormats)[number];

/** What finds an entry in its file: the citation key (BibTeX, CSL-JSON `id`) and the URL (RIS `UR`). */
export interface EntryKey {
  key: string;
  url: string;
}

/** One file from the entries of one format, each as formatCitations gives it, in order. */
export function joinEntries(format: FileFormat, entries: string[]): string {
  if (format === 'csl-json') {
    // One item a line: indented as on the page, the file would be half again as large.
    const items = entries.flatMap((entry) => JSON.parse(entry) as unknown[]);
    return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
  }
  return `${entries.join('\n\n')}\n`;
}

/**
 * The entry of `file` that `id` names, exactly as formatCitations gave it, or undefined. A BibTeX
 * entry runs from its `@type{key,` line to the first line that is only `}` (fields begin with a
 * tab, and a value's own lines never are a lone brace); a RIS entry from TY to ER, one line a value.
 */
export function entryOf(format: FileFormat, file: string, id: EntryKey): string | undefined {
  switch (format) {
    case 'csl-json': {
      const items = JSON.parse(file) as { id?: unknown }[];
      const item = items.find((candidate) => candidate.id === id.key);
      return item && JSON.stringify([item], null, 2);
    }
    case 'bibtex': {
      const lines = file.split('\n');
      const start = lines.findIndex((line) => /^@\w+\{/.test(line) && line.endsWith(`{${id.key},`));
      const end = lines.indexOf('}', start);
      return start < 0 || end < 0 ? undefined : lines.slice(start, end + 1).join('\n');
    }
    case 'ris': {
      const entries = file.split(/(?<=^ER {2}- ?)\n+/m);
      return entries.find((entry) => entry.split('\n').includes(`UR  - ${id.url}`))?.replace(/\n+$/, '');
    }
  }
}

/**
 * The entry with `date` (YYYY-MM-DD) as its accessed date, where citation-js writes it: BibTeX
 * `urldate` after the abstract; RIS `Y2` after the URL, or `M1` after the language for a web page
 * (ELEC); CSL-JSON `accessed` last.
 */
export function withAccessed(format: FileFormat, entry: string, date: string): string {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  if (format === 'csl-json') {
    const items = JSON.parse(entry) as Record<string, unknown>[];
    const dated = items.map((item) => ({ ...item, accessed: { 'date-parts': [[y, m, d]] } }));
    return JSON.stringify(dated, null, 2);
  }
  const lines = entry.split('\n');
  if (format === 'bibtex') {
    const at = lines.findIndex((line, i) => i > 0 && line.startsWith('\t') && !line.startsWith('\tabstract = '));
    lines.splice(at < 0 ? lines.length - 1 : at, 0, `\turldate = {${date}},`);
    return lines.join('\n');
  }
  const slashed = `${String(y)}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`;
  const webPage = lines[0] === 'TY  - ELEC';
  const after = lines.findIndex((line) => line.startsWith(webPage ? 'LA  - ' : 'UR  - '));
  lines.splice(after < 0 ? lines.length - 1 : after + 1, 0, `${webPage ? 'M1' : 'Y2'}  - ${slashed}`);
  return lines.join('\n');
}
