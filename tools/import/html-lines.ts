import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

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
  const newLine = () => {
    if (lines.at(-1)?.trim() !== '') lines.push('');
  };
  const walk = (node: AnyNode, prefix = '') => {
    if (node.type === 'text') {
      lines[lines.length - 1] += (node as unknown as { data: string }).data.replace(/[\r\n\t]+/g, ' ');
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    const name = element.tagName.toLowerCase();
    if (name === 'br') return void lines.push('');
    const block = BLOCK.has(name);
    if (block) newLine();
    if (prefix) lines[lines.length - 1] += prefix;
    if (name === 'td' || name === 'th') lines[lines.length - 1] += ' ';
    const ordered = name === 'ol';
    let index = Number(element.attribs['start'] ?? 1);
    for (const child of element.children) {
      const isItem = child.type === 'tag' && (child as Element).tagName.toLowerCase() === 'li';
      const mark = !isItem ? '' : ordered ? `${index++}. ` : name === 'ul' ? '・' : '';
      walk(child, mark);
    }
    if (block) newLine();
  };
  for (const child of root.toArray()) walk(child);
  return lines
    .map((line) => line.replace(/[ \u00a0]+$/g, '').replace(/\u00a0/g, ' '))
    .filter((line, index, all) => line.trim() !== '' || (index > 0 && all[index - 1]?.trim() !== ''))
    .join('\n')
    .trim();
}
