import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { findForbiddenInText, visibleText } from '../text-rules';

/** A value of a record's YAML that the build refuses, where it is and why. */
export interface YamlValueProblem {
  /** 1-based, within the YAML. */
  line: number;
  column: number;
  /** The field as a path, e.g. attendees[0].members[1].label. */
  field: string;
  message: string;
}

/** How numbers are written in the record: digits, a minus sign and a decimal point, nothing else. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** The dotted path of the node the visitor is at: keys of the mappings and indexes of the lists. */
function fieldPath(ancestors: readonly unknown[], node: Node): string {
  let path = '';
  ancestors.forEach((ancestor, i) => {
    const child = ancestors[i + 1] ?? node;
    if (isPair(ancestor) && child === ancestor.value) {
      const key = isScalar(ancestor.key) ? String(ancestor.key.value) : String(ancestor.key);
      path += path === '' ? key : `.${key}`;
    } else if (isSeq(ancestor)) {
      path += `[${ancestor.items.indexOf(child)}]`;
    }
  });
  return path === '' ? '(top level)' : path;
}

function scalarProblem(node: { value: unknown; source?: string }): string | undefined {
  if (typeof node.value === 'number' && !PLAIN_DECIMAL.test(node.source ?? '')) {
    const decimal = Number.isFinite(node.value) ? `write it as ${String(node.value)} if that is the number meant` : 'write a number in decimal digits';
    return `${node.source ?? ''} is read by YAML as the number ${String(node.value)}, but numbers in the record are written in plain decimal digits. Fix: ${decimal}, or put the value in quotes if it is text`;
  }
  const text = typeof node.value === 'string' ? node.value : undefined;
  const problem = text === undefined ? undefined : findForbiddenInText(text);
  if (problem === undefined || text === undefined) return undefined;
  return `"${visibleText(text).slice(0, 80)}" holds ${problem.character}, ${problem.reason}; in YAML it comes from an escape such as "\\x1b" or "\\u202e" in double quotes. Fix: delete the escape, or write the character the source prints`;
}

/**
 * The first value in a record's YAML that parsed but must not enter the record: a number written
 * other than in plain decimal (YAML reads 0x10 as 16, 1e3 as 1000, .inf as Infinity), or text that
 * holds a control or bidi character after YAML's escapes are decoded. Keys are checked like values.
 */
export function findYamlValueProblem(yaml: string): YamlValueProblem | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  let found: YamlValueProblem | undefined;
  visit(document, {
    Scalar(key, node, ancestors) {
      const message = scalarProblem(node);
      if (message === undefined) return undefined;
      const { line, col } = lineCounter.linePos(node.range?.[0] ?? 0);
      const field = fieldPath(ancestors, node);
      found = { line, column: col, field: key === 'key' ? `a key in ${field}` : field, message };
      return visit.BREAK;
    },
  });
  return found;
}
