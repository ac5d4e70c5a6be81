/**
 * On a meeting page reached from search (/meetings/<m>/?hl=…#<id>), marks the matched text inside
 * the targeted statement, with the same normalisation and positions the search page used.
 */
import { normalize } from '~/text/normalize';
import { fragmentId, originalSpans } from '~/search/highlight';

const variants = new URL(location.href).searchParams
  .getAll('hl')
  .map(normalize)
  .filter((v) => v.length > 0);
const id = fragmentId(location.hash);
const target = id === undefined ? null : document.getElementById(id);
const container = target?.querySelector('.text');
if (container && variants.length > 0) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: text.length });
    text += node.textContent ?? '';
  }
  // Wrap from the end so earlier offsets stay valid; a match across elements is marked piece by piece.
  for (const [from, to] of originalSpans(text, variants).reverse()) {
    for (const { node, start } of [...nodes].reverse()) {
      const length = node.data.length;
      const s = Math.max(from, start) - start;
      const e = Math.min(to, start + length) - start;
      if (s >= e) continue;
      const range = document.createRange();
      range.setStart(node, s);
      range.setEnd(node, e);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
    }
  }
  target?.setAttribute('data-search-target', '');
}
