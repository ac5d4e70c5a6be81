import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * The HTML of text that is nothing but paragraphs (separated by a blank line, as proceedings items
 * keep their `text`), serialized exactly as the proceedings plugin serializes rendered Markdown.
 *
 * Most items are plain paragraphs, so their HTML repeats their text. The meetings loader leaves such
 * HTML out of Astro's data store, which Astro bundles into the build as one string: at 10,000
 * meetings that string outgrew what the bundler can hand back to JavaScript. The record puts it back
 * with this function when it loads.
 */
export function plainParagraphsHtml(text: string): string {
  const paragraphs: Element[] = text.split('\n\n').map((paragraph) => ({
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'text', value: paragraph }],
  }));
  // Rendered Markdown puts a line break between block elements; so does this.
  return toHtml({
    type: 'root',
    children: paragraphs.flatMap((p, i) => (i ? [{ type: 'text', value: '\n' }, p] : [p])),
  });
}
