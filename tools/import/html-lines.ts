import { load } from 'cheerio';
import { isTag, isText, type AnyNode } from 'domhandler';

/** Elements that start a line of their own, as a browser shows them. */
const BLOCK = new Set(
  'address article aside blockquote caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
/** Site furniture around the minutes on a ministry's page. */
const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, [role=navigation]';

/**
 * The text of a ministry's HTML page as the browser shows it: one line per block, <br> a line
 * break, list items with the bullet or number the browser draws. Entities are the parser's to
 * decode (&lt; is the page's <). The minutes are the page's main content where it marks one.
 */
export function htmlText(html: string): string {
  const $ = load(html);
  $(CHROME).remove();
  const main = $('main, [role=main], #main, #contents, #content, article').first();
  const root = main.length > 0 ? main : $('body');
  const lines: string[] = [''];
  const append = (text: string) => {
    lines[lines.length - 1] = `${lines.at(-1) ?? ''}${text}`;
  };
  const newLine = () => {
    if (lines.at(-1)?.trim() !== '') lines.push('');
  };
  const walk = (node: AnyNode, prefix = ''): void => {
    if (isText(node)) {
      append(node.data.replace(/[\r\n\t]+/g, ' '));
      return;
    }
    if (!isTag(node)) return;
    const name = node.tagName.toLowerCase();
    if (name === 'br') {
      lines.push('');
      return;
    }
    const block = BLOCK.has(name);
    if (block) newLine();
    append(prefix);
    if (name === 'td' || name === 'th') append(' ');
    let index = Number(node.attribs['start'] ?? 1);
    for (const child of node.children) {
      const isItem = isTag(child) && child.tagName.toLowerCase() === 'li';
      const mark = !isItem ? '' : name === 'ol' ? `${index++}. ` : name === 'ul' ? '・' : '';
      walk(child, mark);
    }
    if (block) newLine();
  };
  for (const child of root.toArray()) walk(child);
  return lines
    .map((line) => trimTrailingSpaces(line).replace(/\u00a0/g, ' '))
    .filter((line, index, all) => line.trim() !== '' || (index > 0 && all[index - 1]?.trim() !== ''))
    .join('\n')
    .trim();
}

/** The line without the spaces and no-break spaces it ends in; a loop, as /[ ]+$/ is quadratic on padding. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\u00a0')) end -= 1;
  return line.slice(0, end);
}
