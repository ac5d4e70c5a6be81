import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import remarkDirectiveAttributeList from './remark-directive-attribute-list';
import remarkProceedings, { type ProceedingsItemInput } from './remark-proceedings';
import remarkRejectRawHtml from './remark-reject-raw-html';
import remarkRejectUnsafeUrls from './remark-reject-unsafe-urls';

const processor = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkDirectiveAttributeList)
  .use(remarkRejectRawHtml)
  .use(remarkRejectUnsafeUrls)
  .use(remarkProceedings);

/**
 * Reads the proceedings of a meeting from its Markdown body. Throws an error whose message
 * starts with `path:line:column` when the body breaks the format.
 */
export function parseProceedings(markdown: string, path?: string): ProceedingsItemInput[] {
  const file = new VFile({ value: markdown, ...(path ? { path } : {}) });
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    // A VFileMessage keeps its place in properties; put it in the message, which is what a build log shows.
    if (error instanceof VFileMessage) {
      throw new Error(`${path ?? 'meeting'}:${error.line ?? 1}:${error.column ?? 1}: ${error.reason}`, {
        cause: error,
      });
    }
    throw error;
  }
  return file.data.proceedings ?? [];
}
