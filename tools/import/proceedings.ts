import { fullLineWidth, isPageNumberLine, joinPrintedLines, splitPrintedParagraphs } from './pdf-text.ts';
import type { Header, Ledger } from './header.ts';
import type { Outline } from './layout.ts';
import type { DraftItem, Role, Speaker } from './types.ts';

/** A line that holds only a speaker's label: 岡村構成員, 安田座長, 徳田座長代理, 事務局, or 委員 alone. */
const LABEL =
  /^(?:事務局|(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6}?)?(?:構成員|委員|座長代理|座長|主査|オブザーバー?))$/u;
const ROLE_SUFFIX = /(座長代理|座長|主査|構成員|委員|オブザーバー?)$/;
const PRESENTATION = /^(.+?)(?:より|から)、\s*((?:参考)?資料\s*[０-９0-9]+(?:\s*[－\-ー‐]\s*[０-９0-9]+)?)/;
const ELIDED = /[（(]省略[)）]/;

interface Open {
  kind: 'statement' | 'presentation' | 'note';
  label: string;
  line: number;
  lines: string[];
  material?: string;
  elided?: boolean;
  unclassified?: boolean;
}

/**
 * Reads the proceedings into headings, statements, presentations and notes. 総務省 minutes open each
 * speaker's paragraph with a line holding only the label (the bullet glyph before it was lost in
 * extraction); 経産省 minutes give anonymous ・ bullets under ● headings.
 */
export function parseProceedings(
  outlined: Outline,
  header: Header,
  ledger: Ledger,
): { items: DraftItem[]; agenda: string[] } {
  const lines = outlined.proceedings.lines;
  const items: DraftItem[] = [];
  const agenda: string[] = [];
  const counters = { statement: 0, presentation: 0, note: 0 };
  const textLines = lines.filter((line) => !isPageNumberLine(line.text));
  const fullWidth = fullLineWidth(textLines.map((line) => line.text));
  let open: Open | undefined;
  let closed = false;

  const flush = () => {
    if (!open) return;
    if (open.kind === 'statement' && open.lines.every((line) => line.trim() === '')) {
      // A label with no words after it is no statement; keep the line for the editor to place.
      const { line } = open;
      for (const piece of ledger.pieces) if (piece.line === line) piece.kind = 'unclassified';
      open = { kind: 'note', label: '', line, lines: [open.label], unclassified: true };
    }
    const paragraphs =
      open.kind === 'presentation'
        ? [joinPrintedLines(open.lines)]
        : open.unclassified
          ? open.lines.map((line) => line.trim())
          : splitPrintedParagraphs(open.lines, fullWidth).map((paragraph) => joinPrintedLines(paragraph));
    if (open.kind === 'note') {
      counters.note += 1;
      items.push({
        type: 'note',
        id: `n${String(counters.note).padStart(2, '0')}`,
        paragraphs,
        line: open.line,
        unclassified: open.unclassified ?? false,
      });
    } else {
      const id =
        open.kind === 'statement'
          ? `s${String((counters.statement += 1)).padStart(3, '0')}`
          : `p${String((counters.presentation += 1)).padStart(2, '0')}`;
      items.push({
        type: open.kind,
        id,
        speaker: resolveSpeaker(open.label, header),
        label: open.label,
        paragraphs,
        line: open.line,
        ...(open.material ? { material: open.material } : {}),
        ...(open.kind === 'presentation' ? { elided: open.elided ?? false } : {}),
      });
    }
    open = undefined;
  };

  textLines.forEach((line, index) => {
    const text = line.text.trim();
    if (closed) {
      // After 以上 come contact details and the like: kept, but not proceedings.
      if (open?.kind !== 'note') {
        flush();
        open = { kind: 'note', label: '', line: line.number, lines: [], unclassified: true };
      }
      open.lines.push(line.text);
      ledger.add(line.number, line.text, 'unclassified');
      return;
    }
    if (text === '以上') {
      flush();
      closed = true;
      ledger.add(line.number, line.text, 'structure');
      return;
    }
    if (open?.kind === 'presentation' && !open.elided && ELIDED.test(text) && text.replace(ELIDED, '').trim() === '') {
      open.elided = true;
      ledger.add(line.number, line.text, 'structure');
      return;
    }
    const agendaItem = /^([（(][０-９0-9]+[)）])\s*(.+)$/.exec(text);
    if (agendaItem && items.every((item) => item.type !== 'statement') && !open && isShortHeading(text)) {
      agenda.push(agendaItem[2] ?? '');
      ledger.split(line, [
        [agendaItem[1] ?? '', 'structure'],
        [agendaItem[2] ?? '', 'field'],
      ]);
      return;
    }
    const heading = /^(●)\s*(.+)$/.exec(text);
    if (heading) {
      flush();
      items.push({ type: 'heading', depth: 2, text: (heading[2] ?? '').trim(), line: line.number });
      ledger.split(line, [
        [heading[1] ?? '', 'structure'],
        [heading[2] ?? '', 'heading'],
      ]);
      return;
    }
    if (LABEL.test(text)) {
      flush();
      open = { kind: 'statement', label: text, line: line.number, lines: [] };
      ledger.add(line.number, line.text, 'statement');
      return;
    }
    const presentation = PRESENTATION.exec(text);
    if (presentation && /を説明/.test(joinPrintedLines(textLines.slice(index, index + 3).map((l) => l.text)))) {
      flush();
      const material = header.materials.find((m) => m.number === presentation[2]?.replace(/\s/g, ''))?.id;
      open = {
        kind: 'presentation',
        label: (presentation[1] ?? '').trim(),
        line: line.number,
        lines: [],
        ...(material ? { material } : {}),
      };
    }
    if (open?.kind === 'presentation' && ELIDED.test(text)) {
      const [before = '', after = ''] = line.text.split(ELIDED);
      const marker = ELIDED.exec(text)?.[0] ?? '';
      open.lines.push(before);
      open.elided = true;
      ledger.split(line, [
        [before, 'statement'],
        [marker, 'structure'],
        [after, 'unclassified'],
      ]);
      flush();
      return;
    }
    if (open?.kind === 'presentation' && open.lines.length > 0 && /を説明\s*$/.test(joinPrintedLines(open.lines))) {
      flush();
    }
    const bullet = /^(・)\s*(.*)$/.exec(text);
    if (outlined.layout === 'meti' && bullet) {
      flush();
      open = { kind: 'statement', label: '委員', line: line.number, lines: [bullet[2] ?? ''] };
      ledger.split(line, [
        [bullet[1] ?? '', 'structure'],
        [bullet[2] ?? '', 'statement'],
      ]);
      return;
    }
    const next = textLines[index + 1]?.text.trim() ?? '';
    if (/^\s/.test(line.text) && !open?.lines.length && isShortHeading(text) && LABEL.test(next)) {
      // A lone indented line before a speaker is a grouping heading (構成員の意見・コメント).
      flush();
      items.push({ type: 'heading', depth: 3, text, line: line.number });
      ledger.add(line.number, line.text, 'heading');
      return;
    }
    if (!open) open = { kind: 'note', label: '', line: line.number, lines: [] };
    open.lines.push(line.text);
    ledger.add(line.number, line.text, open.kind === 'note' ? 'note' : 'statement');
  });
  flush();
  for (const line of lines) if (isPageNumberLine(line.text)) ledger.add(line.number, line.text, 'artefact');
  return { items, agenda };
}

function isShortHeading(text: string): boolean {
  return text.length <= 30 && !/[。？]$/.test(text);
}

/**
 * Who a label names. 座長 and 座長代理 are roles, not names: 安田座長 is the member the attendee list
 * prints as 安田構成員, so the attendee's role is set from the label.
 */
function resolveSpeaker(label: string, header: Header): Speaker {
  if (label === '事務局') return { organization: header.publisher };
  const members = header.attendees.flatMap((group) => group.members);
  const exact = members.find((member) => member.label === label);
  if (exact) return exact.party;
  const suffix = ROLE_SUFFIX.exec(label)?.[1] ?? '';
  const name = label.slice(0, label.length - suffix.length);
  if (name === '') return { anonymous: true };
  const named = members.filter((member) => {
    const person = 'person' in member.party ? member.party.person : undefined;
    return (
      person !== undefined && member.label.startsWith(name) && ROLE_SUFFIX.test(member.label.replace(/[（(].*$/, ''))
    );
  });
  const [member] = named;
  if (named.length === 1 && member) {
    if ((suffix === '座長' || suffix === '座長代理') && (member.role === '構成員' || member.role === '委員')) {
      member.role = suffix satisfies Role;
    }
    return member.party;
  }
  const slug = header.matcher.person(name, 'member', `speaker "${label}" is not in the attendee list`);
  header.warnings.push(`speaker "${label}" is not in the attendee list: proposed as ${slug}`);
  return { person: slug };
}
