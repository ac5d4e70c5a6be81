import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface RejectRawHtmlOptions {
  /** What the error message tells the editor to do instead. */
  fix?: string;
}

/**
 * Fails the file on any raw HTML. Records are text that readers cite; HTML in them could run
 * script on the site or hide text from search, so we refuse it rather than sanitize it silently.
 */
export default function remarkRejectRawHtml(options: RejectRawHtmlOptions = {}) {
  const fix = options.fix ?? 'Write plain text; to show a literal "<", write it as &lt;.';
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      file.fail(`raw HTML is not allowed in records: ${JSON.stringify(node.value.slice(0, 60))}. ${fix}`, node);
    });
  };
}
