import type { PieceKind } from './types.ts';
import { LABEL } from './speakers.ts';

/** Glyphs that open a comment or a heading in the proceedings. */
export const MARK = '[・○◯●•◆■◇□◎〇▪◼]';
const OPEN = '[【（(〈<＜［]';
const CLOSE = '[】）)〉>＞］]';

/** What one line of the proceedings is. `parts` divide the line for the ledger. */
export type LineRole =
  | { kind: 'close' }
  | { kind: 'trailer' }
  | { kind: 'agendaItem'; text: string; parts: [string, PieceKind][] }
  | { kind: 'markedHeading'; text: string; parts: [string, PieceKind][] }
  | { kind: 'roleHeading'; label: string; text: string; parts: [string, PieceKind][] }
  | { kind: 'speaker'; label: string; text: string; reported: boolean; parts: [string, PieceKind][] }
  | { kind: 'comment'; mark: string; text: string; parts: [string, PieceKind][] }
  | { kind: 'plain' };

const LABEL_ONLY = new RegExp(String.raw`^([\s\u3000]*(?:${MARK}[\s\u3000]*)?(?:${OPEN}[\s\u3000]*)?)(${LABEL})([\s\u3000]*(?:${CLOSE})?[\s\u3000]*[：:]?[\s\u3000]*)$`, 'u');
const LABEL_AND_TEXT = new RegExp(
  String.raw`^([\s\u3000]*(?:(${MARK})[\s\u3000]*)?(${OPEN})?[\s\u3000]*)(${LABEL})((?:[\s\u3000]*${CLOSE})?[\s\u3000]*(?:[：:][\s\u3000]*|(?<=${CLOSE}[\s\u3000]*))|[\s\u3000]+)(.+)$`,
  'u',
);
const REPORTED = new RegExp(String.raw`^([\s\u3000]*(?:${MARK}[\s\u3000]*)?)(${LABEL})([\s\u3000]*(?:より|から)[\s\u3000]*[、，,][\s\u3000]*)(.+)$`, 'u');
const ROLE_HEADING = new RegExp(
  String.raw`^([\s\u3000]*(?:${MARK}[\s\u3000]*)?(?:[（(][０-９0-9]{1,2}[)）]|[０-９0-9]{1,2}[．.]|[①-⑳])?[\s\u3000]*(?:${OPEN})?[\s\u3000]*)((?:${LABEL}|本部長|議長|大臣|事務局)[\s\u3000]*(?:より|から|の)?[\s\u3000]*(?:冒頭|閉会|開会|締めくくり|御|ご)?(?:挨拶|あいさつ|説明|報告|発言|所感|講評))([\s\u3000]*(?:${CLOSE})?[\s\u3000]*)$`,
  'u',
);
const AGENDA_ITEM = /^([\s\u3000]*(?:[（(][０-９0-9]{1,2}[)）]|[０-９0-9]{1,2}[．.)）]|[①-⑳]|議題[０-９0-9]{0,2}[：:．.]?|第[０-９0-9一二三四五六七八九十]{1,3}[．.\s])[\s\u3000]*)(?![、，,。])(\S.*)$/u;
const MARKED = new RegExp(String.raw`^([\s\u3000]*(${MARK})[\s\u3000]*)(.*)$`, 'u');

/**
 * What a line is, read from the line alone; the caller settles what depends on its neighbours
 * (a heading needs a comment after it, a numbered line is a heading only where no statement is open).
 */
/** What follows the minutes on a ministry's page or last page: contacts, links. */
const TRAILER = /^[\s\u3000]*[【［<＜]?[\s\u3000]*(?:お問(?:い)?合(?:わ)?せ先|問(?:い)?合(?:わ)?せ先|関連リンク|最終更新日)/u;

export function roleOfLine(text: string): LineRole {
  if (/^[\s\u3000]*以[\s\u3000]*上[\s\u3000]*$/.test(text)) return { kind: 'close' };
  if (TRAILER.test(text)) return { kind: 'trailer' };
  const heading = ROLE_HEADING.exec(text);
  if (heading) {
    const label = heading[2]?.replace(/[\s\u3000]*(?:より|から|の)?[\s\u3000]*(?:冒頭|閉会|開会|締めくくり|御|ご)?(?:挨拶|あいさつ|説明|報告|発言|所感|講評)$/, '') ?? '';
    return { kind: 'roleHeading', label, text: heading[2] ?? '', parts: [[heading[1] ?? '', 'structure'], [heading[2] ?? '', 'heading'], [heading[3] ?? '', 'structure']] };
  }
  const only = LABEL_ONLY.exec(text);
  if (only) {
    return { kind: 'speaker', label: (only[2] ?? '').trim(), text: '', reported: false, parts: [[only[1] ?? '', 'structure'], [only[2] ?? '', 'statement'], [only[3] ?? '', 'structure']] };
  }
  const reported = REPORTED.exec(text);
  if (reported) {
    const [, lead = '', label = '', joint = '', said = ''] = reported;
    return { kind: 'speaker', label: label.trim(), text: said, reported: true, parts: [[lead, 'structure'], [label, 'statement'], [joint, 'structure']] };
  }
  const labelled = LABEL_AND_TEXT.exec(text);
  if (labelled && (labelled[2] || labelled[3] || /[：:]/.test(labelled[5] ?? ''))) {
    const [, lead = '', , , label = '', joint = '', said = ''] = labelled;
    return { kind: 'speaker', label: label.trim(), text: said, reported: false, parts: [[lead, 'structure'], [label, 'statement'], [joint, 'structure']] };
  }
  const agenda = AGENDA_ITEM.exec(text);
  if (agenda) return { kind: 'agendaItem', text: (agenda[2] ?? '').trim(), parts: [[agenda[1] ?? '', 'structure'], [agenda[2] ?? '', 'heading']] };
  const marked = MARKED.exec(text);
  if (marked && (marked[3] ?? '').trim() !== '') {
    return { kind: 'comment', mark: marked[2] ?? '', text: marked[3] ?? '', parts: [[marked[1] ?? '', 'structure']] };
  }
  return { kind: 'plain' };
}
