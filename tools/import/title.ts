import { joinPrintedLines } from './pdf-text.ts';
import { toAsciiDigits } from './era-date.ts';
import { ImportError } from './errors.ts';
import { SESSION, TITLE_SUFFIX } from './patterns.ts';
import type { KnownRecord, SourceLine } from './types.ts';

export interface TitleFacts {
  sourceTitle: string;
  /** The title as the record shows it: from the body's name on, without 議事要旨. */
  title: string;
  session: number;
  body?: KnownRecord['bodies'][number];
  /** The body's name as the title prints it, for a stub. */
  bodyName: string;
}

const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十一 → 21, 三十 → 30. */
function kanjiNumber(text: string): number {
  const [tens = '', ones = ''] = text.includes('十') ? text.split('十') : ['', text];
  const tensValue = text.includes('十') ? (tens === '' ? 1 : (KANJI_DIGITS[tens] ?? 0)) : 0;
  return tensValue * 10 + (KANJI_DIGITS[ones] ?? 0);
}

/**
 * Reads the title above the header: the body, the session (第3回, （第３回）, 第 10 回会合, 第十回)
 * and the title as printed, over as many lines as it takes. bodySlug (--body) names the body when
 * the title does not.
 */
export function readTitle(titleLines: SourceLine[], record: KnownRecord, bodySlug?: string): TitleFacts {
  const firstLine = titleLines[0]?.number ?? 1;
  const sourceTitle = joinPrintedLines(titleLines.map((line) => line.text));
  if (!sourceTitle) throw new ImportError('the document has no title above its 日時 label', firstLine);
  const withoutSuffix = sourceTitle.replace(TITLE_SUFFIX, '');
  const sessionMatch = SESSION.exec(withoutSuffix);
  if (!sessionMatch) {
    throw new ImportError(`the title "${sourceTitle}" states no session number such as 第3回 or （第３回）`, firstLine);
  }
  const digits = sessionMatch[1] ?? '';
  const session = /[0-9０-９]/.test(digits) ? Number(toAsciiDigits(digits)) : kanjiNumber(digits);
  const body = bodySlug ? bodyBySlug(record, bodySlug, firstLine) : bodyInTitle(record, withoutSuffix);
  const title =
    body && withoutSuffix.includes(body.name) ? withoutSuffix.slice(withoutSuffix.indexOf(body.name)) : withoutSuffix;
  const bodyName = withoutSuffix.slice(0, sessionMatch.index).trim() || withoutSuffix.replace(SESSION, '').trim();
  return { sourceTitle, title: title.trim(), session, ...(body ? { body } : {}), bodyName };
}

function bodyBySlug(record: KnownRecord, slug: string, line: number): KnownRecord['bodies'][number] {
  const body = record.bodies.find((candidate) => candidate.slug === slug);
  if (!body) {
    const known = record.bodies.map((candidate) => candidate.slug).join(', ');
    throw new ImportError(`--body ${slug}: there is no content/bodies/${slug}.yaml. Bodies: ${known}`, line);
  }
  return body;
}

/** The body whose name the title holds, longest name first (a task force's name holds its parent's). */
function bodyInTitle(record: KnownRecord, title: string) {
  const compact = (text: string) => text.replace(/\s/g, '');
  return [...record.bodies]
    .sort((a, b) => b.name.length - a.name.length)
    .find((candidate) => candidate.name !== '' && compact(title).includes(compact(candidate.name)));
}
