import { joinPrintedLines } from './pdf-text.ts';
import { ENDS_IN_ROLE, isNameToken, looksLikeOrganization, readEntry, type EntryContext } from './attendee-entry.ts';
import type { Ledger } from './ledger.ts';
import {
  APPENDIX_LIST_TITLE,
  BRACKET_GROUP,
  COLON_GROUP,
  GROUP_NUMBER,
  GROUP_WORD,
  LIST_REMARK,
  MINISTRY_GROUP,
  NAME_THEN_BRACKETS,
  OFFICE_START,
  QUALIFIER,
  RUN_TOGETHER_TITLES,
  SPACED_GROUP,
  ROLE_WORDS,
  ROUND_GROUP,
} from './patterns.ts';
import type { Matcher } from './matching.ts';
import type { Section } from './outline.ts';
import type { DraftAttendee, PieceKind, Role, SourceLine } from './types.ts';

export interface AttendeeGroup {
  group: string;
  members: DraftAttendee[];
}

const compact = (text: string) => text.replace(LIST_REMARK, '').replace(/\s/g, '');

interface RawGroup {
  group: string;
  lines: { line: SourceLine; text: string }[];
}

type Heading = { parts: [string, string, string]; rest: string };

/**
 * A group heading after list numbering: （１）構成員, ア 委員, イ 総務省. The numbering is structure;
 * what follows it must name a group (委員, a ministry), so that a numbered entry stays an entry.
 */
function numberedHeading(text: string): Heading | undefined {
  const number = GROUP_NUMBER.exec(text)?.[0];
  if (!number) return undefined;
  const after = text.slice(number.length);
  const name = compact(after);
  if (GROUP_WORD.test(name) || MINISTRY_GROUP.test(name)) return { parts: [number, after, ''], rest: '' };
  const inner = groupHeading(after);
  return inner ? { parts: [number + inner.parts[0], inner.parts[1], inner.parts[2]], rest: inner.rest } : undefined;
}

/** A group heading at the start of a line, with what follows it on the line. */
function groupHeading(text: string): Heading | undefined {
  const numbered = numberedHeading(text);
  if (numbered) return numbered;
  const bracket = BRACKET_GROUP.exec(text);
  if (bracket) return { parts: [bracket[1] ?? '', bracket[2] ?? '', bracket[3] ?? ''], rest: bracket[4] ?? '' };
  const round = ROUND_GROUP.exec(text);
  const inRound = compact(round?.[2] ?? '');
  // （金融庁）西村局長、…: a ministry in round brackets heads the entries after it; before a separator
  // or alone at a line's end, it may close the entry above (…委員 / （総務省）).
  const closesEntry = /^\s*[、，,）)]/.test(round?.[4] ?? '');
  if (round && (GROUP_WORD.test(inRound) || (MINISTRY_GROUP.test(inRound) && !closesEntry))) {
    return { parts: [round[1] ?? '', round[2] ?? '', round[3] ?? ''], rest: round[4] ?? '' };
  }
  const colon = COLON_GROUP.exec(text);
  if (colon) return { parts: [colon[1] ?? '', colon[2] ?? '', colon[3] ?? ''], rest: colon[4] ?? '' };
  const spaced = SPACED_GROUP.exec(text);
  if (spaced) return { parts: [spaced[1] ?? '', spaced[2] ?? '', spaced[3] ?? ''], rest: spaced[4] ?? '' };
  if (GROUP_WORD.test(compact(text))) {
    return { parts: ['', text, ''], rest: '' };
  }
  return undefined;
}

/** Splits the attendee section into groups, recording each line's parts in the ledger. */
function groupLines(section: Section, ledger: Ledger, warnings: string[]): RawGroup[] {
  const groups: RawGroup[] = [];
  const lines = [...(section.rest.trim() ? [{ ...section.line, text: section.rest }] : []), ...section.lines];
  ledger.add(section.line.number, section.head, 'structure');
  for (const line of lines) {
    if (section.appendix && groups.length === 0 && APPENDIX_LIST_TITLE.test(line.text)) {
      ledger.add(line.number, line.text, 'structure');
      continue;
    }
    const heading = groupHeading(line.text);
    if (heading) {
      const [open, name, close] = heading.parts;
      const group = compactGroupName(name);
      // 本部員 printed before each of its rows is one group.
      if (groups.at(-1)?.group !== group) groups.push({ group, lines: [] });
      ledger.split(line, [[open, 'structure'], ...remarkParts(name), [close, 'structure']]);
      if (heading.rest.trim() === '') continue;
      groups.at(-1)?.lines.push({ line, text: heading.rest });
      ledger.split(line, entryParts(heading.rest));
      continue;
    }
    if (groups.length === 0) groups.push({ group: section.name || '出席者', lines: [] });
    groups.at(-1)?.lines.push({ line, text: line.text });
    ledger.split(line, entryParts(line.text));
  }
  if (groups.every((group) => group.lines.length === 0))
    warnings.push(`line ${section.line.number}: the attendee list names no one`);
  return groups;
}

/** 【委 員】 is the group 委員; the remark in 委員(敬称略) is not part of the name. */
function compactGroupName(name: string): string {
  const withoutRemark = name.replace(LIST_REMARK, '').trim();
  return /^[\p{Script=Han}\p{Script=Katakana}ー]\s+[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(withoutRemark) ||
    /^(?:[\p{Script=Han}]\s+){1,3}[\p{Script=Han}]$/u.test(withoutRemark)
    ? withoutRemark.replace(/\s/g, '')
    : withoutRemark;
}

function remarkParts(text: string): [string, PieceKind][] {
  const parts: [string, PieceKind][] = [];
  let at = 0;
  for (const match of text.matchAll(LIST_REMARK)) {
    parts.push([text.slice(at, match.index), 'field'], [match[0], 'structure']);
    at = match.index + match[0].length;
  }
  parts.push([text.slice(at), 'field']);
  return parts;
}

/** An entry line's parts: separators and remarks are structure, the rest is copied into labels. */
function entryParts(text: string): [string, PieceKind][] {
  return text
    .split(/([、，,])/)
    .flatMap((part): [string, PieceKind][] => (/^[、，,]$/.test(part) ? [[part, 'structure']] : remarkParts(part)));
}

/** Reads the attendee section into groups of people and organizations. */
export function readAttendees(section: Section, matcher: Matcher, ledger: Ledger, warnings: string[]): AttendeeGroup[] {
  return groupLines(section, ledger, warnings).flatMap(({ group, lines }) => {
    const groupRole = roleOfGroup(group);
    const groupOrganization = matcher.organizationByName(group.replace(/側$/, ''));
    const context: EntryContext = {
      group,
      groupRole,
      matcher,
      warnings,
      ...(groupOrganization ? { groupOrganization } : {}),
    };
    const texts = lines.map((entry) => entry.text);
    const members = entriesOf(texts, section.appendix).map((label) => readEntry(label, context));
    return members.length > 0 ? [{ group, members }] : [];
  });
}

export function roleOfGroup(group: string): Role {
  const name = group.replace(/\s/g, '');
  const exact = ROLE_WORDS.find((role) => role === name);
  if (exact) return exact;
  if (name.includes('構成員') || name.startsWith('メンバー')) return '構成員';
  if (name.includes('専門委員')) return '専門委員';
  if (name.includes('本部員')) return '本部員';
  if (name.includes('委員')) return '委員';
  if (name.startsWith('オブザーバ')) return 'オブザーバー';
  if (name.startsWith('事務局')) return '事務局';
  // A list under 出席者 alone names the body's members and the officials with them: members by default.
  if (name.startsWith('出席')) return '構成員';
  if (/有識者|ゲスト|説明者|招聘|プレゼンター|発表者/.test(name)) return '説明者';
  return '省庁';
}

/** The entries of one group, however the list separates them. */
export function entriesOf(lines: string[], byIndent = false): string[] {
  const texts = lines.map((line) => line.replace(LIST_REMARK, ''));
  const outsideParens = (text: string) => text.replace(/[（(][^)）]*[)）]/g, '');
  // A list run on with commas over lines a PDF broke anywhere (藤本構 / 成員、), unless most lines are
  // entries of their own and a comma only parts two officials of one ministry.
  const withCommas = texts.filter((text) => /[、，,]/.test(outsideParens(text))).length;
  const commaSeparated = !byIndent && withCommas > 0 && withCommas * 2 >= texts.length;
  const chunks = commaSeparated ? [joinPrintedLines(texts)] : joinContinuations(texts, byIndent);
  return chunks
    .flatMap((chunk) => splitOutsideParens(chunk))
    .flatMap(splitSpacedEntries)
    .flatMap(splitAfterBrackets)
    .flatMap(splitRunTogether)
    .flatMap(splitOfficials)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** One entry a line, but a line that opens with a bracket continues the affiliation above it. */
function joinContinuations(texts: string[], byIndent: boolean): string[] {
  const chunks: string[] = [];
  const rowIndent = Math.min(...texts.map(indentOf));
  for (const text of texts) {
    const previous = chunks.at(-1);
    const unclosed =
      previous !== undefined && (previous.match(/[（(]/g) ?? []).length > (previous.match(/[)）]/g) ?? []).length;
    // In an appendix's table a row's further titles are indented under its first: 林 芳正 内閣官房長官 /  沖縄…担当.
    const indented = byIndent && indentOf(text) > rowIndent;
    if (previous !== undefined && (unclosed || indented || /^\s*[（(]/.test(text)))
      chunks[chunks.length - 1] = joinPrintedLines([previous, text]);
    else if (text.trim() !== '') chunks.push(text);
  }
  return chunks;
}

/** Leading whitespace in half-width columns: an ideographic space is two. */
function indentOf(text: string): number {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  return Array.from(lead).reduce((width, char) => width + (char === '\u3000' ? 2 : 1), 0);
}

function splitOutsideParens(text: string): string[] {
  const entries = [''];
  let depth = 0;
  for (const char of text) {
    if (/[（(]/.test(char)) depth += 1;
    if (/[)）]/.test(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,]/.test(char)) entries.push('');
    else entries[entries.length - 1] = `${entries.at(-1) ?? ''}${char}`;
  }
  return entries;
}

/**
 * Entries a PDF's columns ran together with spaces: 有賀 貞一 委員 株式会社… 井川 陽次郎 委員 …, 鈴木 俊一
 * 担当大臣 小此木 八郎 国家公安委員会委員長, or 内閣官房情報セキュリティセンター 警察庁. A new entry starts
 * where a surname and a given name stand before a title or role.
 */
function splitSpacedEntries(chunk: string): string[] {
  const tokens = chunk.trim().split(/\s+/).filter(Boolean);
  if (tokens.length < 2) return [chunk];
  const isName = (token = '') => isNameToken(token);
  const starts = tokens.flatMap((token, index) =>
    isName(token) &&
    isName(tokens[index + 1]) &&
    index + 2 < tokens.length &&
    !isName(tokens[index + 2]) &&
    !isName(tokens[index - 1])
      ? [index]
      : [],
  );
  if (starts.length >= 2 && starts[0] === 0) {
    return starts.map((start, index) => tokens.slice(start, starts[index + 1] ?? tokens.length).join(' '));
  }
  if (tokens.every((token) => looksLikeOrganization(token) || QUALIFIER.test(token))) {
    const merged: string[] = [];
    for (const token of tokens) {
      const previous = merged.at(-1);
      if (previous !== undefined && QUALIFIER.test(previous.split(' ').at(-1) ?? ''))
        merged[merged.length - 1] = `${previous} ${token}`;
      else merged.push(token);
    }
    return merged;
  }
  return [chunk];
}

const ROLE_UNIT = new RegExp(String.raw`[^\s、（(]{1,8}?(?:${ROLE_WORDS.join('|')})(?:\s*[（(][^)）]*[)）])?`, 'gu');

/** 大西 隆(東京大学教授、座長)笠原 久嗣(…): entries a PDF ran together, each a name and its brackets. */
function splitAfterBrackets(entry: string): string[] {
  const units = entry.trim().match(/[^()（）]+?[（(][^()（）]*[)）]/gu) ?? [];
  if (units.length < 2 || units.join('') !== entry.trim()) return [entry];
  return units.every((unit) => NAME_THEN_BRACKETS.test(unit)) ? units : [entry];
}

const OFFICIAL_UNIT = new RegExp(String.raw`[^\s、（()）]{2,}?(?:${RUN_TOGETHER_TITLES.join('|')})`, 'gu');

/** 松井官房審議官吉田情報セキュリティ対策室長: officials a PDF ran together, each ending in a title. */
function splitOfficials(entry: string): string[] {
  const trimmed = entry.trim();
  const units = trimmed.match(OFFICIAL_UNIT) ?? [];
  if (units.length < 2 || units.join('') !== trimmed) return [entry];
  // Each further unit must open with a surname, not an office (吉岡大臣官房審議官 is one official).
  return units.slice(1).every((unit) => !OFFICE_START.test(unit) && Array.from(unit).length >= 4) ? units : [entry];
}

/** 鵜飼委員 岡村委員 or 鵜飼委員岡村委員: several entries that each end in a role. */
function splitRunTogether(entry: string): string[] {
  const trimmed = entry.trim();
  const units = trimmed.match(ROLE_UNIT) ?? [];
  if (units.length < 2 || units.join('').replace(/\s/g, '') !== trimmed.replace(/\s/g, '')) return [entry];
  if (!units.every((unit) => ENDS_IN_ROLE.test(unit.replace(/[（(][^)）]*[)）]$/, '').trim()))) return [entry];
  return units;
}
