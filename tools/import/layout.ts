import { isPageNumberLine } from './pdf-text.ts';
import { ImportError } from './errors.ts';
import type { Layout, SourceLine } from './types.ts';

/** A numbered header section such as １．日 時：… or ４．議事概要. */
export interface Section {
  /** The heading with its spaces removed, so 日 時 and 日時 read alike. */
  name: string;
  /** The heading line. */
  line: SourceLine;
  /** The printed part of the heading line up to and including its colon: structure, not content. */
  head: string;
  /** What follows the colon on the heading line. */
  rest: string;
  /** The lines up to the next section. */
  lines: SourceLine[];
}

export interface Outline {
  layout: Layout;
  titleLines: SourceLine[];
  sections: Section[];
  /** The section the proceedings are in (議事概要, 議事内容…). */
  proceedings: Section;
}

const SECTION = /^\s*([０-９0-9]{1,2})\s*[．.]\s*([^：:]*?)\s*([：:]\s*|$)(.*)$/;
const PROCEEDINGS = /^議事(?:概要|内容|要旨|録)?$/;

/** The lines that hold text, numbered as in the file. CRLF and CR line ends count as one break. */
export function sourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line }))
    .filter((line) => line.text.trim() !== '');
}

/**
 * Finds the header sections and tells the two ministries' layouts apart: 総務省 groups attendees
 * under 【構成員】 headings, 経産省 writes 委員：… with 日時・場所 as one section.
 */
export function outline(lines: SourceLine[]): Outline {
  const titleLines: SourceLine[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    const inProceedings = sections.some((section) => PROCEEDINGS.test(section.name));
    const match = inProceedings ? null : SECTION.exec(line.text);
    if (match && !isPageNumberLine(line.text)) {
      const [, , name = '', , rest = ''] = match;
      const head = line.text.slice(0, line.text.length - rest.length);
      sections.push({ name: name.replace(/[\s\u3000]/g, ''), line, head, rest, lines: [] });
    } else if (sections.length === 0) {
      titleLines.push(line);
    } else {
      sections.at(-1)?.lines.push(line);
    }
  }
  const first = lines[0]?.number ?? 1;
  if (sections.length === 0) {
    throw new ImportError(
      'unrecognised layout: no numbered header sections (１．日時 ２．場所 ３．出席者 …) were found; is this a 議事要旨?',
      first,
    );
  }
  const named = (test: (name: string) => boolean) => sections.find((section) => test(section.name));
  const proceedings = named((name) => PROCEEDINGS.test(name));
  const attendance = named((name) => name.startsWith('出席者'));
  const when = named((name) => name.startsWith('日時'));
  const found = sections.map((section) => `${section.name} (line ${section.line.number})`).join(', ');
  if (!proceedings || !attendance || !when) {
    const missing = [!when && '日時', !attendance && '出席者', !proceedings && '議事概要/議事内容'].filter(Boolean);
    throw new ImportError(
      `unrecognised layout: the header has no ${missing.join(', ')} section. Sections found: ${found}`,
      (proceedings ?? attendance ?? when ?? sections[0])?.line.number ?? first,
    );
  }
  const bracketGroups = attendance.lines.some((line) => /^\s*【[^】]+】\s*$/.test(line.text));
  const colonGroups = attendance.lines.some((line) => /^\s*[^\s：:、]{1,10}\s*[：:]/.test(line.text));
  const layout: Layout | undefined = bracketGroups ? 'soumu' : colonGroups ? 'meti' : undefined;
  if (!layout) {
    throw new ImportError(
      'unrecognised layout: the attendee list has neither 【構成員】-style group headings (総務省) nor 委員：…-style groups (経産省)',
      attendance.line.number,
    );
  }
  return { layout, titleLines, sections, proceedings };
}
