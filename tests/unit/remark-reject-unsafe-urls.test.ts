import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import remarkRejectUnsafeUrls from '~/content/markdown/remark-reject-unsafe-urls';
import { parseProceedings } from '~/content/markdown/parse-proceedings';

/** The site's topic pipeline as far as links go: GFM (autolink literals) and our refusal. */
const render = (markdown: string): string =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRejectUnsafeUrls)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync({ value: markdown, path: 'content/topics/t.md' }),
  );

function failure(markdown: string): VFileMessage {
  try {
    render(markdown);
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
  throw new Error(`accepted: ${markdown}`);
}

describe('links and images that could run script or load from elsewhere are refused', () => {
  it.each([
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['in capitals', '[x](JaVaScRiPt:alert(1))'],
    ['entity-encoded, decimal', '[x](&#106;avascript:alert(1))'],
    ['entity-encoded, hex and named colon', '[x](&#x6A;avascript&colon;alert(1))'],
    ['a tab inside the scheme, which browsers drop', '[x](<java\tscript:alert(1)>)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a reference definition', '[x][r]\n\n[r]: javascript:alert(1)'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))'],
    ['a file: link', '[x](file:///etc/passwd)'],
  ])('%s', (_name, markdown) => {
    const text = `前文。\n\n${markdown}\n`;
    const error = failure(text);
    expect(error.reason).toMatch(/^unsafe link URL ".*": it uses "[a-z]+:", which a link may not/);
    expect(error.reason).toContain('Fix: link to an http(s) page or a path on this site');
    // The line of the URL: for a reference, its definition's line.
    expect(error.line).toBe(text.split('\n').length - 1);
  });

  it.each([
    ['an image from another site', '![t](https://evil.example/x.png)'],
    ['a protocol-relative image', '![t](//evil.example/x.png)'],
    ['a data: image', '![t](data:image/png;base64,iVBORw0KGgo=)'],
    ['a javascript: image', '![t](javascript:alert(1))'],
    ['an image reference to another site', '![t][r]\n\n[r]: https://evil.example/x.png'],
    ['a path relative to the page', '![t](diagram.png)'],
  ])('%s', (_name, markdown) => {
    const error = failure(`${markdown}\n`);
    expect(error.reason).toMatch(/^unsafe image URL ".*": it is not an image on this site/);
    expect(error.reason).toContain('Fix: put the image in public/');
    expect(error.line).toBe(1);
  });

  it('the same in a statement, with the file and line', () => {
    const meeting = '\n:::statement{#s001 anonymous label=委員}\n文。[x](javascript:alert(1))\n:::\n';
    expect(() => parseProceedings(meeting, 'content/meetings/m.md')).toThrow(
      /^content\/meetings\/m\.md:3:3: unsafe link URL "javascript:alert\(1\)"/,
    );
  });
});

describe('links and images the site may publish pass unchanged', () => {
  it('http(s), mailto and paths on the site', () => {
    const html = render(
      [
        '[a](https://www.soumu.go.jp/a.pdf) [b](http://example.org/) [c](mailto:editor@example.org)',
        '[d](/topics/secure-gateways/) [e](#s001) [f](../other/) <https://example.org/x> www.example.org',
        '![図](/images/diagram.png)',
      ].join('\n\n'),
    );
    for (const href of [
      'https://www.soumu.go.jp/a.pdf',
      'http://example.org/',
      'mailto:editor@example.org',
      '/topics/secure-gateways/',
      '#s001',
      '../other/',
      'https://example.org/x',
      'http://www.example.org',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).toContain('src="/images/diagram.png"');
  });
});
