import { fullLineWidth, joinPrintedLines, printedWidth, splitPrintedParagraphs } from './pdf-text.ts';
import type { Header } from './header.ts';
import type { Ledger } from './ledger.ts';
import { CATCH_ALL_LABELS, ELIDED, GROUP_LABEL, PRESENTATION, RECORD_NARRATIVE, WHO_COMMENTS } from './patterns.ts';
import { listedLabelLine, roleOfLine, type LineRole } from './proceedings-lines.ts';
import { resolveSpeaker } from './speakers.ts';
import type { DraftItem, SourceLine } from './types.ts';

interface Open {
  kind: 'statement' | 'presentation' | 'note';
  label: string;
  line: number;
  lines: string[];
  /** Opened by a named speaker's label: its ・ lines are list items, not comments of their own. */
  named?: boolean;
  /** Opened by a role heading (本部長冒頭挨拶), which stands on its own when no words follow. */
  fromHeading?: boolean;
  material?: string;
  elided?: boolean;
  unclassified?: boolean;
}

/** The state of a reading of the proceedings, and how an item is closed into the list. */
class Reader {
  readonly items: DraftItem[] = [];
  readonly agenda: string[] = [];
  open: Open | undefined;
  closed = false;
  anonymousLabel: string;
  private readonly counters = { statement: 0, presentation: 0, note: 0 };

  readonly header: Header;
  readonly ledger: Ledger;
  readonly fullWidth: number;
  /** The speakers' labels the attendee list prints, read as labels whatever their title. */
  readonly listed: RegExp | undefined;

  constructor(header: Header, ledger: Ledger, fullWidth: number) {
    this.header = header;
    this.ledger = ledger;
    this.fullWidth = fullWidth;
    this.listed = listedLabelsOf(header);
    const memberGroup = header.attendees.find((group) => /委員|構成員/.test(group.group));
    this.anonymousLabel = memberGroup?.group.includes('構成員') ? '構成員' : memberGroup ? '委員' : '出席者';
  }

  start(open: Open): void {
    this.flush();
    this.open = open;
  }

  flush(): void {
    const open = this.open;
    this.open = undefined;
    if (!open) return;
    if (open.fromHeading && open.lines.every((line) => line.trim() === '')) return;
    if (open.kind === 'statement' && open.lines.every((line) => line.trim() === '')) {
      // A label with no words after it is no statement; keep the line for the editor to place.
      for (const piece of this.ledger.pieces) if (piece.line === open.line) piece.kind = 'unclassified';
      this.pushNote({ ...open, kind: 'note', lines: [open.label], unclassified: true });
      return;
    }
    if (open.kind === 'note') {
      this.pushNote(open);
      return;
    }
    const paragraphs =
      open.kind === 'presentation'
        ? [joinPrintedLines(open.lines)]
        : splitPrintedParagraphs(open.lines, this.fullWidth).map((paragraph) => joinPrintedLines(paragraph));
    const id =
      open.kind === 'statement'
        ? `s${String((this.counters.statement += 1)).padStart(3, '0')}`
        : `p${String((this.counters.presentation += 1)).padStart(2, '0')}`;
    this.items.push({
      type: open.kind,
      id,
      speaker: resolveSpeaker(open.label, this.header),
      label: open.label,
      paragraphs,
      line: open.line,
      ...(open.material ? { material: open.material } : {}),
      ...(open.kind === 'presentation' ? { elided: open.elided ?? false } : {}),
    });
  }

  private pushNote(open: Open): void {
    const paragraphs = open.unclassified
      ? open.lines.map((line) => line.trim())
      : splitPrintedParagraphs(open.lines, this.fullWidth).map((paragraph) => joinPrintedLines(paragraph));
    this.counters.note += 1;
    const id = `n${String(this.counters.note).padStart(2, '0')}`;
    this.items.push({ type: 'note', id, paragraphs, line: open.line, unclassified: open.unclassified ?? false });
    const who = WHO_COMMENTS.exec(paragraphs.join(''))?.[1];
    if (who) this.anonymousLabel = who;
  }

  heading(depth: 2 | 3, text: string, line: number): void {
    this.flush();
    this.items.push({ type: 'heading', depth, text: text.trim(), line });
  }
}

/** The line form of the labels of the people the header lists (see listedLabelLine). */
export function listedLabelsOf(header: Header): RegExp | undefined {
  const people = header.attendees.flatMap((group) => group.members).filter((member) => 'person' in member.party);
  return listedLabelLine(people.map((member) => member.label));
}

/**
 * Reads the proceedings into headings, statements, presentations and notes: speakers' labels on
 * lines of their own or before their words (○岡村委員：…, 岡村委員より、…), anonymous comments
 * under a marker, role headings (本部長冒頭挨拶), numbered agenda items, and the secretariat's
 * reports and other prose as notes.
 */
export function parseProceedings(
  lines: SourceLine[],
  header: Header,
  ledger: Ledger,
): { items: DraftItem[]; agenda: string[] } {
  const reader = new Reader(header, ledger, printedLineWidth(lines.map((line) => line.text)));
  lines.forEach((line, index) => {
    readLine(reader, line, lines.slice(index + 1, index + 4));
  });
  reader.flush();
  return { items: reader.items, agenda: reader.agenda };
}

/**
 * The width of a full printed line. In a short text, or one whose every line is a sentence of its
 * own (an HTML page), the lines that run on are few and mostly headings; the widest line is the measure then.
 */
function printedLineWidth(texts: string[]): number {
  const median = fullLineWidth(texts);
  const widest = Math.max(0, ...texts.map(printedWidth));
  return median < widest * 0.6 ? widest : median;
}

function readLine(reader: Reader, line: SourceLine, next: SourceLine[]): void {
  const { ledger } = reader;
  if (reader.closed) {
    afterClose(reader, line);
    return;
  }
  const role = settle(reader, roleOfLine(line.text, reader.listed), line, next);
  if (readEnd(reader, role, line)) return;
  if (readPresentation(reader, line, next)) return;
  if (role.kind === 'plain') {
    continueOpen(reader, line, next);
    return;
  }
  if (role.kind === 'comment') {
    readComment(reader, role, line);
    return;
  }
  ledger.split(line, role.parts);
  if (role.kind === 'agendaItem') {
    if (!reader.items.some((item) => item.type === 'statement')) reader.agenda.push(role.text);
    reader.heading(2, role.text, line.number);
    return;
  }
  if (role.kind === 'markedHeading') {
    reader.heading(2, role.text, line.number);
    return;
  }
  if (role.kind === 'roleHeading') {
    reader.heading(3, role.text, line.number);
    if (role.label)
      reader.open = {
        kind: 'statement',
        label: role.label,
        line: line.number,
        lines: [],
        named: true,
        fromHeading: true,
      };
    return;
  }
  if (role.text !== '') ledger.add(line.number, role.text, 'statement');
  const bare = GROUP_LABEL.test(role.label);
  reader.start({
    kind: 'statement',
    label: role.label,
    line: line.number,
    lines: role.text ? [role.text] : [],
    named: !bare,
  });
}

/** The close (以上, －了－), a trailer after it, or an aside (（了承）): true where the line was one. */
function readEnd(
  reader: Reader,
  role: LineRole,
  line: SourceLine,
): role is Extract<LineRole, { kind: 'close' | 'trailer' | 'aside' }> {
  const { ledger } = reader;
  if (role.kind === 'close' || role.kind === 'trailer') {
    reader.flush();
    reader.closed = true;
    if (role.kind === 'trailer') afterClose(reader, line);
    else ledger.add(line.number, line.text, 'structure');
    return true;
  }
  if (role.kind !== 'aside') return false;
  // （了承）, （委員の自己紹介につき省略）: the record's own aside, a note of its own.
  reader.start({ kind: 'note', label: '', line: line.number, lines: [line.text] });
  reader.flush();
  ledger.add(line.number, line.text, 'note');
  return true;
}

/**
 * A marked line that names no speaker: an anonymous comment of the group the minutes name (委員), or,
 * where they name none, a note: 出席者 and the like are no one's label.
 */
function readComment(reader: Reader, role: Extract<LineRole, { kind: 'comment' }>, line: SourceLine): void {
  const noSpeaker = CATCH_ALL_LABELS.includes(reader.anonymousLabel) || RECORD_NARRATIVE.test(role.text);
  const kind = noSpeaker ? 'note' : 'statement';
  reader.ledger.split(line, [...role.parts, [role.text, kind]]);
  reader.start({ kind, label: kind === 'note' ? '' : reader.anonymousLabel, line: line.number, lines: [role.text] });
}

/** What a line is in its place: what its neighbours and the open item make of what it looks like. */
function settle(reader: Reader, role: LineRole, line: SourceLine, next: SourceLine[]): LineRole {
  const nextRole = next[0] ? roleOfLine(next[0].text, reader.listed) : undefined;
  if (role.kind === 'comment') {
    if (continuesOpen(reader, role)) return { kind: 'plain' };
    const headingLike = role.mark !== '・' && role.text.length <= 40 && !/[。？?]\s*$/.test(role.text);
    const followedByOther =
      nextRole?.kind === 'speaker' || (nextRole?.kind === 'comment' && nextRole.mark !== role.mark);
    if (headingLike && followedByOther) {
      return { kind: 'markedHeading', text: role.text.trim(), parts: [...role.parts, [role.text, 'heading']] };
    }
  }
  if (role.kind === 'agendaItem' && !isAgendaHeading(reader, line)) return { kind: 'plain' };
  if (role.kind === 'plain' && isUnmarkedHeading(reader, line, nextRole)) {
    return { kind: 'markedHeading', text: line.text.trim(), parts: [[line.text, 'heading']] };
  }
  if (role.kind !== 'speaker') return role;
  const bare = GROUP_LABEL.test(role.label);
  if (role.text === '' && bare && nextRole?.kind === 'comment') {
    // （委員） over a list of comments: whose they are, not a statement of its own.
    reader.anonymousLabel = role.label;
    return {
      kind: 'markedHeading',
      text: role.label,
      parts: role.parts.map(([text, kind]) => [text, kind === 'statement' ? 'heading' : kind]),
    };
  }
  if (role.reported && role.label === '事務局') {
    // The secretariat's report: a note, not a statement.
    reader.flush();
    return { kind: 'plain' };
  }
  return role;
}

/**
 * A short line without a sentence's end, after a finished sentence and before a comment or a
 * speaker: a heading printed without a mark (問題意識等について, as HTML pages give their <h3>).
 */
function isUnmarkedHeading(reader: Reader, line: SourceLine, nextRole: LineRole | undefined): boolean {
  const text = line.text.trim();
  if (text.length > 40 || /[。？?、）)]$/.test(text)) return false;
  const last = reader.open?.lines.at(-1)?.trim() ?? '';
  const afterSentence = reader.open === undefined || /[。？?]$/.test(last);
  return (
    afterSentence && (nextRole?.kind === 'comment' || (nextRole?.kind === 'speaker' && reader.open?.kind !== 'note'))
  );
}

/** A ・ line inside a named speaker's statement, or under the speaker's label alone on its line, is a list item of it. */
function continuesOpen(reader: Reader, role: Extract<LineRole, { kind: 'comment' }>): boolean {
  return role.mark === '・' && reader.open?.kind === 'statement' && reader.open.named === true;
}

/** A numbered line is an agenda heading unless a speaker's words are under way or it runs on. */
function isAgendaHeading(reader: Reader, line: SourceLine): boolean {
  const open = reader.open;
  if (open?.kind === 'statement' && open.named && open.lines.length === 0) return false;
  // A numbered line continues the words before it only where they stopped mid-sentence at the margin.
  const previous = open?.lines.at(-1) ?? '';
  const midSentence =
    previous.trim() !== '' && !/[。？?）)]\s*$/.test(previous) && printedWidth(previous) >= reader.fullWidth - 4;
  return !midSentence && !/[。]\s*$/.test(line.text.trim());
}

function continueOpen(reader: Reader, line: SourceLine, next: SourceLine[]): void {
  const { open } = reader;
  if (
    open?.kind === 'presentation' &&
    !open.elided &&
    ELIDED.test(line.text) &&
    line.text.replace(ELIDED, '').trim() === ''
  ) {
    open.elided = true;
    reader.ledger.add(line.number, line.text, 'structure');
    return;
  }
  if (open?.kind === 'presentation' && open.lines.length > 0 && /を説明\s*$/.test(joinPrintedLines(open.lines)))
    reader.flush();
  if (isLoneHeading(reader, line, next)) {
    reader.heading(3, line.text.trim(), line.number);
    reader.ledger.add(line.number, line.text, 'heading');
    return;
  }
  if (!reader.open) reader.open = { kind: 'note', label: '', line: line.number, lines: [] };
  reader.open.lines.push(line.text);
  reader.ledger.add(line.number, line.text, reader.open.kind === 'note' ? 'note' : 'statement');
}

/** A short indented line before a speaker's label, with no words open: 構成員の意見・コメント. */
function isLoneHeading(reader: Reader, line: SourceLine, next: SourceLine[]): boolean {
  const text = line.text.trim();
  if (!/^\s/.test(line.text) || (reader.open?.lines.length ?? 0) > 0) return false;
  const nextRole = next[0] ? roleOfLine(next[0].text, reader.listed) : undefined;
  return text.length <= 30 && !/[。？]$/.test(text) && nextRole?.kind === 'speaker';
}

/** 事務局より、資料３－１「…」を説明 (省略): a presentation of a material, its content elided or given. */
function readPresentation(reader: Reader, line: SourceLine, next: SourceLine[]): boolean {
  const open = reader.open;
  if (
    open?.kind === 'presentation' &&
    ELIDED.test(line.text) &&
    !open.elided &&
    line.text.replace(ELIDED, '').trim() !== ''
  ) {
    const [before = '', after = ''] = line.text.split(ELIDED);
    open.lines.push(before);
    open.elided = true;
    reader.ledger.split(line, [
      [before, 'statement'],
      [ELIDED.exec(line.text)?.[0] ?? '', 'structure'],
      [after, 'unclassified'],
    ]);
    reader.flush();
    return true;
  }
  const presentation = PRESENTATION.exec(line.text);
  if (!presentation || !/を説明/.test(joinPrintedLines([line, ...next].slice(0, 3).map((l) => l.text)))) return false;
  const number = presentation[2]?.replace(/\s/g, '');
  const material = reader.header.materials.find((m) => m.number.replace(/\s/g, '') === number)?.id;
  const label = (presentation[1] ?? '').trim();
  reader.start({ kind: 'presentation', label, line: line.number, lines: [], ...(material ? { material } : {}) });
  if (ELIDED.test(line.text)) return readPresentation(reader, line, next);
  reader.open?.lines.push(line.text);
  reader.ledger.add(line.number, line.text, 'statement');
  return true;
}

/** After 以上 come contact details and the like: kept, but not proceedings. */
function afterClose(reader: Reader, line: SourceLine): void {
  if (reader.open?.kind !== 'note')
    reader.start({ kind: 'note', label: '', line: line.number, lines: [], unclassified: true });
  reader.open?.lines.push(line.text);
  reader.ledger.add(line.number, line.text, 'unclassified');
}
