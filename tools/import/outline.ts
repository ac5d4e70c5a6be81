import { ImportError } from './errors.ts';
import { roleOfLine } from './proceedings-lines.ts';
import {
  boundSpaces,
  APPENDIX,
  APPENDIX_TITLE,
  GROUP_START,
  SEE_APPENDIX,
  SPEAKER_MARK_LINE,
  RUN_IN_NUMBER,
  SECTION_CLOSE,
  SECTION_LABELS,
  SECTION_NUMBER,
  SECTION_OPEN,
  SECTION_REMARK,
  TITLE_SUFFIX,
  VALUE_START,
  type SectionKind,
} from './patterns.ts';
import type { SourceLine } from './types.ts';

export type { SectionKind };

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
  /** An appendix (別紙) at the end: one row an entry, indented lines continuing it. */
  appendix?: boolean;
}

export interface Outline {
  titleLines: SourceLine[];
  /** The title printed again where the record proper starts, after a 議事次第 page. */
  repeatedTitle: SourceLine[];
  sections: Section[];
  proceedings: Section;
}

const spaced = (label: string) =>
  Array.from(label)
    .map((char) => char.replace(/[・／、]/, '[・／、]?'))
    .join('\\s*');

interface Found {
  kind: SectionKind;
  strong: boolean;
  name: string;
  head: string;
  rest: string;
}

const PATTERNS = SECTION_LABELS.flatMap(([kind, strong, weak]) =>
  [...strong.map((label) => [label, true] as const), ...weak.map((label) => [label, false] as const)].map(
    ([label, isStrong]) => ({
      kind,
      strong: isStrong,
      regex: new RegExp(
        String.raw`^(\s*(${SECTION_NUMBER})?\s*(${SECTION_OPEN})?\s*(${spaced(label)})\s*(${SECTION_CLOSE})?${SECTION_REMARK}\s*([：:]\s*|(?=\s)|${VALUE_START}|$))(.*)$`,
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
    if (!marked && rest.length > 0 && !/^\s/.test(rest) && kind !== 'when') continue;
    if (open && !close && /[【［[〈<＜（(]/.test(open)) continue;
    // （概要）, （議事） in round brackets are as often a remark or a group as a label.
    if (open && /[（(]/.test(open) && !strong) continue;
    return { kind, strong, name: label.replace(/\s/g, ''), head, rest };
  }
  return undefined;
}

/** A numbered label run into the previous value by the PDF: `… 15 時 30 分 2.場 所 …`. */
const RUN_IN = new RegExp(RUN_IN_NUMBER, 'gu');

/** Splits header lines where a numbered label was run into the line before it; same line number. */
export function splitRunInLabels(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((line) => {
    const parts: SourceLine[] = [];
    let start = 0;
    for (const match of line.text.matchAll(RUN_IN)) {
      const cut = match.index + 1;
      const after = line.text.slice(cut);
      const label = findLabel(after);
      if (!label || start === cut || !/\s*[（(]?[０-９0-9]/.test(after)) continue;
      if (label.kind === 'proceedings' && !label.strong) continue;
      parts.push({ ...line, text: line.text.slice(start, cut) });
      start = cut;
    }
    parts.push({ ...line, text: line.text.slice(start) });
    return parts;
  });
}

/**
 * Finds the header sections and where the proceedings start. Section labels are read until the
 * proceedings' own label (議事概要, 議事内容…); a bare 議事 is the agenda when a proceedings label
 * follows it, and the proceedings when none does.
 */
export function outline(lines: readonly SourceLine[]): Outline {
  const titleLines: SourceLine[] = [];
  const repeatedTitle: SourceLine[] = [];
  const sections: Section[] = [];
  // A bare 議事 is the proceedings for good once a speaker's turn follows it: no label after that is the header's.
  let turnsBegun = false;
  const inProceedings = () =>
    sections.some((section) => section.kind === 'proceedings' && (section.name !== '議事' || turnsBegun));
  for (const whole of lines) {
    if (inProceedings()) {
      sections.at(-1)?.lines.push(whole);
      continue;
    }
    if (sections.at(-1)?.kind === 'proceedings' && roleOfLine(whole.text).kind === 'speaker') turnsBegun = true;
    if (sections.length > 0 && repeatsTitle(whole.text, titleLines)) repeatedTitle.push(whole);
    else for (const line of splitRunInLabels([whole])) place(line, sections, titleLines);
  }
  const settled = settleProceedings(sections, lines);
  const proceedings = proceedingsOf(settled, lines);
  const appendix = appendixOf(proceedings, settled);
  return { titleLines, repeatedTitle, sections: appendix ? [...settled, appendix] : settled, proceedings };
}

/** 地域デジタル基盤部会（第１０回）議事録 after the 議事次第 page: a title line again, with or without 議事録. */
function repeatsTitle(text: string, titleLines: readonly SourceLine[]): boolean {
  const bare = (value: string) => value.replace(TITLE_SUFFIX, '').replace(/\s/g, '');
  const wanted = bare(text);
  const whole = bare(titleLines.map((line) => line.text).join(''));
  return wanted.length >= 4 && (wanted === whole || titleLines.some((line) => bare(line.text) === wanted));
}

/**
 * The attendee list printed as an appendix after the proceedings (（別紙） 出席者一覧), taken out of
 * them: where the header says 出席者：別紙のとおり, or the appendix is titled as a list of attendees.
 */
function appendixOf(proceedings: Section, sections: Section[]): Section | undefined {
  const at = proceedings.lines.findIndex((line) => APPENDIX.test(line.text));
  const start = proceedings.lines[at];
  if (!start) return undefined;
  const referred = sections.some(
    (section) =>
      section.kind === 'attendees' && SEE_APPENDIX.test([section.rest, ...section.lines.map((l) => l.text)].join('')),
  );
  if (!referred && !APPENDIX_TITLE.test(proceedings.lines[at + 1]?.text ?? '')) return undefined;
  const lines = proceedings.lines.splice(at);
  return {
    kind: 'attendees',
    name: '出席者',
    line: start,
    head: start.text,
    rest: '',
    lines: lines.slice(1),
    appendix: true,
  };
}

function place(line: SourceLine, sections: Section[], titleLines: SourceLine[]): void {
  const open = sections.at(-1);
  const found = findLabel(line.text);
  if (!found && opensTurns(line, sections)) {
    // A verbatim 議事録 may go from 配付資料 straight to ○東会長 それでは…, with no heading.
    sections.push({ kind: 'proceedings', name: '議事録', line, head: '', rest: line.text, lines: [] });
    return;
  }
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

/** A ○ speaker's turn after the date, before any proceedings label: where the proceedings start. */
function opensTurns(line: SourceLine, sections: Section[]): boolean {
  const dated = sections.some((section) => section.kind === 'when' || section.kind === 'whenWhere');
  return dated && SPEAKER_MARK_LINE.test(line.text) && roleOfLine(line.text).kind === 'speaker';
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
      // Bounded whitespace runs keep every pattern's backtracking bounded: see boundSpaces.
      const line = { number: index + 1, text: boundSpaces(raw.replace(/\f/g, '')), page };
      page += (raw.match(/\f/g) ?? []).length;
      if (raw.startsWith('\f')) line.page = page;
      return line;
    })
    .filter((line) => line.text.trim() !== '');
}
