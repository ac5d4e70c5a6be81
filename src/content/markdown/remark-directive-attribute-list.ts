import type { CompileContext, Extension, Handle } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import type { Processor } from 'unified';

/** A container's attributes as written, in order, repeats included: `[name, value]`. */
export type AttributeList = [name: string, value: string][];

declare module 'mdast-util-directive' {
  interface ContainerDirectiveData {
    /** Every attribute as written; `attributes` keeps only the last of a repeated name. */
    attributeList?: AttributeList;
  }
}

const keepLastOfEach = directiveFromMarkdown().exit?.['directiveContainerAttributes'];

/**
 * mdast-util-directive turns a container's attributes into an object, where the last of a repeated
 * name wins (`person=a person=b`). This keeps the list micromark's tokenizer read, before that
 * object is made, so a repeat can be refused. Use after remark-directive.
 */
export default function remarkDirectiveAttributeList(this: Processor) {
  if (!keepLastOfEach) throw new Error('mdast-util-directive no longer handles directiveContainerAttributes');
  const exit: Handle = function (this: CompileContext, token) {
    const list = [...((this.data as { directiveAttributes?: AttributeList }).directiveAttributes ?? [])];
    keepLastOfEach.call(this, token);
    const node = this.stack.at(-1);
    if (node?.type === 'containerDirective') node.data = { ...node.data, attributeList: list };
  };
  const extension: Extension = { exit: { directiveContainerAttributes: exit } };
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push(extension);
}

/** The names that appear more than once in a list of attributes, in order of first repeat. */
export function repeatedAttributeNames(list: AttributeList): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [name] of list) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return [...repeated];
}
