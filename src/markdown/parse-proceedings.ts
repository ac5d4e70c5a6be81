import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkProceedings, { type ProceedingsItemInput } from './remark-proceedings';
import remarkRejectRawHtml from './remark-reject-raw-html';

const processor = unified().use(remarkParse).use(remarkDirective).use(remarkRejectRawHtml).use(remarkProceedings);

/**
 * Reads the proceedings of a meeting from its Markdown body. Throws a VFileMessage whose text
 * starts with `path:line:column` when the body breaks the format.
 */
export function parseProceedings(markdown: string, path?: string): ProceedingsItemInput[] {
  const file = new VFile({ value: markdown, ...(path ? { path } : {}) });
  processor.runSync(processor.parse(file), file);
  return file.data.proceedings ?? [];
}
