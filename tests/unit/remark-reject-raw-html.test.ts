import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import remarkRejectRawHtml from '~/content/markdown/remark-reject-raw-html';

const render = (markdown: string, fix?: string): string =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRejectRawHtml, fix === undefined ? {} : { fix })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync({ value: markdown, path: 'content/topics/t.md' }),
  );

function failure(run: () => unknown): VFileMessage {
  try {
    run();
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
  throw new Error('expected the render to fail');
}

describe('remark-reject-raw-html', () => {
  it('renders Markdown without HTML unchanged', () => {
    expect(render('要約 *強調* & 1 < 2')).toBe('<p>要約 <em>強調</em> &#x26; 1 &#x3C; 2</p>');
  });

  it('fails on a block of raw HTML, naming the file, the line and the fix', () => {
    const error = failure(() => render('要約\n\n<img src=x onerror=alert(1)>'));
    expect(error).toMatchObject({ file: 'content/topics/t.md', line: 3, column: 1 });
    expect(error.reason).toMatch(/raw HTML is not allowed.*"<img src=x onerror=alert\(1\)>".*Write plain text/);
  });

  it('fails on inline HTML and uses the fix it is given', () => {
    const error = failure(() => render('a <span>b</span>', 'Remove the tag.'));
    expect(error).toMatchObject({ line: 1, column: 3 });
    expect(error.reason).toMatch(/"<span>"\. Remove the tag\.$/);
  });
});
