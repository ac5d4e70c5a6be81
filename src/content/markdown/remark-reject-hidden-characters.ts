import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findForbiddenInText, visibleText } from '../text-rules';

/** The decoded strings of a node that reach a page: its text, URL, title, alt text and attributes. */
function decodedStrings(node: Nodes): [what: string, value: string][] {
  const strings: [string, string][] = [];
  if ('value' in node && typeof node.value === 'string') strings.push(['text', node.value]);
  if ('url' in node && typeof node.url === 'string') strings.push(['URL', node.url]);
  if ('title' in node && typeof node.title === 'string') strings.push(['title', node.title]);
  if ('alt' in node && typeof node.alt === 'string') strings.push(['alt text', node.alt]);
  if ('attributes' in node && node.attributes) {
    for (const [name, value] of Object.entries(node.attributes)) {
      if (typeof value === 'string') strings.push([`attribute ${name}=`, value]);
    }
  }
  return strings;
}

/** A numeric character reference, decimal or hexadecimal. */
const NUMERIC_REFERENCE = /&#(?:(\d{1,8})|[xX]([\da-fA-F]{1,8}));/gu;

/**
 * The first numeric reference in the Markdown source to a character no text may hold, with its
 * offset. Markdown writes most of them as U+FFFD, silently (`&#7;`), and some as they are.
 */
function findForbiddenReference(source: string) {
  for (const match of source.matchAll(NUMERIC_REFERENCE)) {
    const code = match[1] === undefined ? Number.parseInt(match[2] ?? '', 16) : Number(match[1]);
    const problem =
      code === 0 || code > 0x10ffff
        ? { character: `U+${code.toString(16).toUpperCase()}`, reason: 'not a character' }
        : findForbiddenInText(String.fromCodePoint(code));
    if (problem !== undefined) return { reference: match[0], offset: match.index, ...problem };
  }
  return undefined;
}

/**
 * Fails the file on a control or bidi character in Markdown's decoded text. The file's bytes hold
 * none (content-files.ts checks them), but a character reference writes any: `&#7;` is a bell and
 * `&#x202E;` reverses the text after it on the page, in the feed and in every export.
 */
export default function remarkRejectHiddenCharacters() {
  return (tree: Root, file: VFile) => {
    const reference = findForbiddenReference(String(file.value));
    if (reference !== undefined) {
      const before = String(file.value).slice(0, reference.offset).split('\n');
      const place = { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
      file.fail(
        `the character reference ${reference.reference} stands for ${reference.character}, ${reference.reason}. Fix: delete the reference, or write the character the source prints.`,
        place,
      );
    }
    visit(tree, (node) => {
      for (const [what, value] of decodedStrings(node)) {
        const problem = findForbiddenInText(value);
        if (problem === undefined) continue;
        file.fail(
          `the ${what} "${visibleText(value.slice(Math.max(0, problem.index - 20), problem.index + 20))}" holds ${problem.character}, ${problem.reason}; Markdown decodes it from a character reference such as &#7; or &#x202E;. Fix: delete the reference, or write the character the source prints.`,
          node,
        );
      }
    });
  };
}
