import { ImportError } from './errors.ts';
import type { SourceLine } from './types.ts';

export type SectionKind = 'when' | 'where' | 'whenWhere' | 'attendees' | 'materials' | 'agenda' | 'proceedings';

/** A header section such as １．日 時：… or 【出席者】, with the lines up to the next one. */
export interface Section {
  kind: SectionKind;
  /** The label with its spaces removed, so 日 時 and 日時 read alike. */
  name: string;
  line: SourceLine;
  /** The printed label with its numbering and colon: structure, not content. */
  head: string;
  /** What follows the label on its line. */
  rest: string;
  lines: SourceLine[];
}

export interface Outline {
  titleLines: SourceLine[];
  sections: Section[];
  proceedings: Section;
}

/** Labels by kind. Weak labels (議事, 資料…) count only when numbered, bracketed, followed by a colon or alone. */
const LABELS: [SectionKind, string[], string[]][] = [
  ['whenWhere', ['日時・場所', '日時及び場所', '日時／場所', '日時、場所', '開催日時及び場所'], []],
  ['when', ['開催日時', '日時', '開催日', '日付'], []],
  ['where', ['開催場所', '場所', '会場'], []],
  ['attendees', ['出席者', '出席委員', '出席構成員', '出席者等', '参加者', '出席本部員'], ['出席']],
  ['materials', ['配布資料', '配付資料', '提出資料', '会議資料', '資料一覧'], ['資料']],
  [
    'proceedings',
    [
      '議事概要',
      '議事内容',
      '議事要旨',
      '議事の概要',
      '議事経過',
      '議事の経過',
      '審議概要',
      '審議の概要',
      '会議概要',
      '会議の模様',
      '議事の模様',
      '審議の模様',
      '発言要旨',
    ],
    ['概要', '主な意見', '主な発言', '議事録', '内容'],
  ],
  ['agenda', ['議事次第', '議題'], ['議事', '次第']],
];

const spaced = (label: string) =>
  Array.from(label)
    .map((char) => char.replace(/[・／、]/, '[・／、]?'))
    .join('[\\s\\u3000]*');
const NUMBER = String.raw`(?:[０-９0-9]{1,2}\s*[．.、)）]|[（(]\s*[０-９0-9]{1,2}\s*[)）]|[０-９0-9]{1,2}(?=[\s\u3000])|[一二三四五六七八九十]{1,3}\s*[．.、]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\s*[．.]?)`;
const OPEN = '[【［\\[〈<＜■●◆□○◎・•\\-－]';
const CLOSE = '[】］\\]〉>＞]';
const REMARK = String.raw`(?:[\s\u3000]*[（(][^)）]{1,20}[)）])?`;

interface Found {
  kind: SectionKind;
  strong: boolean;
  name: string;
  head: string;
  rest: string;
}

const PATTERNS = LABELS.flatMap(([kind, strong, weak]) =>
  [...strong.map((label) => [label, true] as const), ...weak.map((label) => [label, false] as const)].map(
    ([label, isStrong]) => ({
      kind,
      strong: isStrong,
      regex: new RegExp(
        String.raw`^([\s\u3000]*(${NUMBER})?[\s\u3000]*(${OPEN})?[\s\u3000]*(${spaced(label)})[\s\u3000]*(${CLOSE})?${REMARK}[\s\u3000]*([：:][\s\u3000]*|(?=[\s\u3000])|(?=[0-9０-９]|平成|令和|昭和)|$))(.*)$`,
        'u',
      ),
    }),
  ),
);

/** The header label a line starts with, if any. */
export function findLabel(text: string): Found | undefined {
  for (const { kind, strong, regex } of PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const [, head = '', number, open, label = '', close, separator = '', rest = ''] = match;
    const marked = Boolean(number || open || close || separator.trim());
    if (!strong && !marked && rest.trim() !== '') continue;
    // 日時 with nothing to show that it is a label and a sentence after it is prose.
    if (!marked && rest.length > 0 && !/^[\s\u3000]/.test(rest) && kind !== 'when') continue;
    if (open && !close && /[【［[〈<＜]/.test(open)) continue;
    return { kind, strong, name: label.replace(/[\s\u3000]/g, ''), head, rest };
  }
  return undefined;
}

/** A numbered label run into the previous value by the PDF: `… 15 時 30 分 2.場 所 …`. */
const RUN_IN = new RegExp(
  String.raw`[\s\u3000](?=(?:[０-９0-9]{1,2}\s*[．.]|[０-９0-9]{1,2}[\s\u3000]|[（(][０-９0-9]{1,2}[)）])[\s\u3000]*\S)`,
  'gu',
);

/** Splits header lines where a numbered label was run into the line before it; same line number. */
export function splitRunInLabels(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((line) => {
    const parts: SourceLine[] = [];
    let start = 0;
    for (const match of line.text.matchAll(RUN_IN)) {
      const cut = match.index + 1;
      const after = line.text.slice(cut);
      const label = findLabel(after);
      if (!label || start === cut || !/[\s\u3000]*[（(]?[０-９0-9]/.test(after)) continue;
      if (label.kind === 'proceedings' && !label.strong) continue;
      parts.push({ ...line, text: line.text.slice(start, cut) });
      start = cut;
    }
    parts.push({ ...line, text: line.text.slice(start) });
    return parts;
  });
}

/** Attendee groups met before any 出席者 label start the attendee section themselves. */
const GROUP_START =
  /^[\s\u3000]*(?:[【［〈<＜][^】］〉>＞]{1,12}[】］〉>＞]|(?:委[\s\u3000]*員|構[\s\u3000]*成[\s\u3000]*員|本部員)[\s\u3000]*[：:])/u;

/**
 * Finds the header sections and where the proceedings start. Section labels are read until the
 * proceedings' own label (議事概要, 議事内容…); a bare 議事 is the agenda when a proceedings label
 * follows it, and the proceedings when none does.
 */
export function outline(lines: readonly SourceLine[]): Outline {
  const titleLines: SourceLine[] = [];
  const sections: Section[] = [];
  const inProceedings = () => sections.some((section) => section.kind === 'proceedings' && section.name !== '議事');
  for (const whole of lines) {
    if (inProceedings()) {
      sections.at(-1)?.lines.push(whole);
      continue;
    }
    for (const line of splitRunInLabels([whole])) place(line, sections, titleLines);
  }
  return { titleLines, sections: settleProceedings(sections, lines), proceedings: proceedingsOf(sections, lines) };
}

function place(line: SourceLine, sections: Section[], titleLines: SourceLine[]): void {
  const open = sections.at(-1);
  const found = findLabel(line.text);
  const innerLabel = open?.kind === 'whenWhere' && (found?.kind === 'when' || found?.kind === 'where');
  // 議事要旨 on a line of its own above the date is the title's last line, not the proceedings.
  const beforeDate =
    found?.kind === 'proceedings' && !sections.some((s) => s.kind === 'when' || s.kind === 'whenWhere');
  if (beforeDate) {
    (open ? open.lines : titleLines).push(line);
    return;
  }
  if (found && !innerLabel && !(open?.kind === 'proceedings' && !found.strong)) {
    const kind = found.kind === 'agenda' && found.name === '議事' ? 'proceedings' : found.kind;
    sections.push({ kind, name: found.name, line, head: found.head, rest: found.rest, lines: [] });
  } else if (!sections.some((s) => s.kind === 'attendees') && sections.length > 0 && GROUP_START.test(line.text)) {
    sections.push({ kind: 'attendees', name: '出席者', line, head: '', rest: line.text, lines: [] });
  } else if (open) {
    open.lines.push(line);
  } else {
    titleLines.push(line);
  }
}

/** The proceedings: the first strong label's section, else the last bare 議事. */
function proceedingsOf(sections: Section[], lines: readonly SourceLine[]): Section {
  const strong = sections.find((section) => section.kind === 'proceedings' && section.name !== '議事');
  const bare = sections.filter((section) => section.kind === 'proceedings').at(-1);
  const found = strong ?? bare;
  if (!found) {
    const names = sections.map((section) => `${section.name} (line ${section.line.number})`).join(', ');
    throw new ImportError(
      sections.length === 0
        ? 'no header labels such as 日時, 場所, 出席者 or 議事概要 were found (numbered or not): is this a 議事要旨 or 議事概要?'
        : `no 議事概要 or 議事内容 section: the proceedings were not found. Labels found: ${names}`,
      (sections.at(-1)?.line ?? lines[0])?.number ?? 1,
    );
  }
  return found;
}

/** A bare 議事 before the proceedings is the agenda. */
function settleProceedings(sections: Section[], lines: readonly SourceLine[]): Section[] {
  const proceedings = proceedingsOf(sections, lines);
  for (const section of sections)
    if (section.kind === 'proceedings' && section !== proceedings) section.kind = 'agenda';
  const when = sections.find((section) => section.kind === 'when' || section.kind === 'whenWhere');
  if (!when) {
    throw new ImportError(
      `the header has no 日時 label before the proceedings: the meeting's date was not found. Labels found: ${sections.map((s) => s.name).join(', ')}`,
      sections[0]?.line.number ?? 1,
    );
  }
  return sections;
}

/** The lines that hold text, numbered as in the file, each with its page (form feeds count pages). */
export function sourceLines(text: string): SourceLine[] {
  let page = 0;
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => {
      const line = { number: index + 1, text: raw.replace(/\f/g, ''), page };
      page += (raw.match(/\f/g) ?? []).length;
      if (raw.startsWith('\f')) line.page = page;
      return line;
    })
    .filter((line) => line.text.trim() !== '');
}
