import {
  ASIDE,
  END_MARK,
  LEAD_IN,
  MARKED_JOINT,
  RUN_IN_LABEL,
  MARKED_LABEL,
  TURN_MARK,
  BRACKET_CLOSE as CLOSE,
  BRACKET_OPEN as OPEN,
  CLOSE_LINE,
  HEADING_NUMBER,
  MARK,
  ROLE_HEADING_END as HEADING_END,
  TRAILER,
} from './patterns.ts';
import type { PieceKind } from './types.ts';
import { LABEL, SUFFIX_WORDS } from './speakers.ts';

/** What one line of the proceedings is. `parts` divide the line for the ledger. */
export type LineRole =
  | { kind: 'close' }
  | { kind: 'aside' }
  | { kind: 'trailer' }
  | { kind: 'agendaItem'; text: string; parts: [string, PieceKind][] }
  | { kind: 'markedHeading'; text: string; parts: [string, PieceKind][] }
  | { kind: 'roleHeading'; label: string; text: string; parts: [string, PieceKind][] }
  | { kind: 'speaker'; label: string; text: string; reported: boolean; parts: [string, PieceKind][] }
  | { kind: 'comment'; mark: string; text: string; parts: [string, PieceKind][] }
  | { kind: 'plain' };

const LABEL_ONLY = new RegExp(
  String.raw`^(\s*(?:${MARK}\s*)?(?:${OPEN}\s*)?)(${LABEL})(\s*(?:${CLOSE})?\s*[：:]?\s*)$`,
  'u',
);
const LABEL_AND_TEXT = new RegExp(
  String.raw`^(\s*(?:(${MARK})\s*)?(${OPEN})?\s*)(${LABEL})((?:\s*${CLOSE})?\s*(?:[：:]\s*|(?<=${CLOSE}\s*))|\s+)(.+)$`,
  'u',
);
const REPORTED = new RegExp(String.raw`^(\s*(?:${MARK}\s*)?)(${LABEL})(\s*(?:より|から)\s*[、，,]\s*)(.+)$`, 'u');
const ROLE_HEADING = new RegExp(
  String.raw`^(\s*(?:${MARK}\s*)?(?:[（(][０-９0-9]{1,2}[)）]|[０-９0-9]{1,2}[．.]|[①-⑳])?\s*(?:${OPEN})?\s*)((?:${LABEL}|本部長|議長|大臣|事務局)${HEADING_END})(\s*(?:${CLOSE})?\s*)$`,
  'u',
);
const AGENDA_ITEM = new RegExp(String.raw`^(\s*${HEADING_NUMBER}\s*)(?![、，,。])(\S.*)$`, 'u');
const MARKED = new RegExp(String.raw`^(\s*(${MARK})\s*)(.*)$`, 'u');
const ROLE_HEADING_END = new RegExp(`${HEADING_END}$`);
/** ○山川座長それでは…, ○植田委員監督の…: a ○ label run into the words, the shortest that ends in a title. */
const RUN_IN_TURN = new RegExp(String.raw`^(\s*[○〇◯])(${RUN_IN_LABEL})()(\S.*)$`, 'u');
const MARKED_TURN = new RegExp(
  String.raw`^(\s*${TURN_MARK}\s*${LEAD_IN})(${MARKED_LABEL})(${MARKED_JOINT})(\S.*)$`,
  'u',
);

type Speaker = Extract<LineRole, { kind: 'speaker' }>;

/** A speaker's line: its lead (mark, bracket), the label, the joint (colon, より、) and the words after. */
function speaker(lead: string, label: string, joint: string, said: string, reported: boolean): Speaker {
  const parts: [string, PieceKind][] = [
    [lead, 'structure'],
    [label, 'statement'],
    [joint, 'structure'],
  ];
  return { kind: 'speaker', label: label.trim(), text: said, reported, parts };
}

/** 【茂木IT担当大臣】, ＜樫谷部会長＞ 本日は…: a bracketed label that ends as a person's does. */
const BRACKET_SPEAKER = new RegExp(
  String.raw`^(\s*(?:${MARK}\s*)?[【＜<〈［]\s*)([^】＞>〉］。]{1,24}?(?:${SUFFIX_WORDS}|教授|氏|長|官|大臣|代理|事務局))(\s*[】＞>〉］]\s*[：:]?\s*)(.*)$`,
  'u',
);

/** Each reading of a line, in the order they are tried. */
const READINGS: ((text: string) => LineRole | undefined)[] = [
  (text) =>
    CLOSE_LINE.test(text) || END_MARK.test(text)
      ? { kind: 'close' }
      : TRAILER.test(text)
        ? { kind: 'trailer' }
        : ASIDE.test(text)
          ? { kind: 'aside' }
          : undefined,
  (text) => {
    const [, lead = '', said = '', close = ''] = ROLE_HEADING.exec(text) ?? [];
    if (!said) return undefined;
    const parts: [string, PieceKind][] = [
      [lead, 'structure'],
      [said, 'heading'],
      [close, 'structure'],
    ];
    return { kind: 'roleHeading', label: said.replace(ROLE_HEADING_END, ''), text: said, parts };
  },
  (text) => {
    const [, lead = '', label = '', joint = '', said = ''] = BRACKET_SPEAKER.exec(text) ?? [];
    return label ? speaker(lead, label, joint, said, false) : undefined;
  },
  (text) => {
    const [, lead = '', label = '', joint = ''] = LABEL_ONLY.exec(text) ?? [];
    return label ? speaker(lead, label, joint, '', false) : undefined;
  },
  (text) => {
    const [, lead = '', label = '', joint = '', said = ''] = REPORTED.exec(text) ?? [];
    return label ? speaker(lead, label, joint, said, true) : undefined;
  },
  (text) => {
    const [, lead = '', mark, open, label = '', joint = '', said = ''] = LABEL_AND_TEXT.exec(text) ?? [];
    // Words after a bare label need a mark, a bracket or a colon to tell the label from prose.
    return label && (mark ?? open ?? /[：:]/.exec(joint)) ? speaker(lead, label, joint, said, false) : undefined;
  },
  (text) => {
    // A mark vouches for a label of any length: ○加藤司法法制課長, ・村上総務大臣から、「…」.
    const [, lead = '', label = '', joint = '', said = ''] = MARKED_TURN.exec(text) ?? [];
    return label ? speaker(lead, label, joint, said, /より|から/.test(joint)) : undefined;
  },
  (text) => {
    const [, lead = '', label = '', joint = '', said = ''] = RUN_IN_TURN.exec(text) ?? [];
    return label && !/^(?:より|から)/.test(said) ? speaker(lead, label, joint, said, false) : undefined;
  },
  (text) => {
    const [, number = '', heading = ''] = AGENDA_ITEM.exec(text) ?? [];
    if (!heading) return undefined;
    const parts: [string, PieceKind][] = [
      [number, 'structure'],
      [heading, 'heading'],
    ];
    return { kind: 'agendaItem', text: heading.trim(), parts };
  },
  (text) => {
    const [, lead = '', mark = '', said = ''] = MARKED.exec(text) ?? [];
    return said.trim() ? { kind: 'comment', mark, text: said, parts: [[lead, 'structure']] } : undefined;
  },
];

/**
 * The labels the attendee list prints, after a turn mark and before a joint: 〇星野デジタル監：….
 * The list vouches for a title the vocabulary lacks. Spaces inside a label may be printed or not.
 */
export function listedLabelLine(labels: readonly string[]): RegExp | undefined {
  const forms = [...new Set(labels.map((label) => label.replace(/\s/g, '')).filter((label) => label.length >= 2))]
    .sort((a, b) => b.length - a.length)
    .map((label) => Array.from(label, (char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
  if (forms.length === 0) return undefined;
  return new RegExp(String.raw`^(\s*${TURN_MARK}\s*)(${forms.join('|')})(${MARKED_JOINT})(\S.*)$`, 'u');
}

/**
 * What a line is, read from the line alone and the labels the attendee list prints (listedLabelLine);
 * the caller settles what depends on its neighbours (a heading needs a comment after it, a numbered
 * line is a heading only where no statement is open).
 */
export function roleOfLine(text: string, listed?: RegExp): LineRole {
  const [, lead = '', label = '', joint = '', said = ''] = listed?.exec(text) ?? [];
  const vouched = label ? speaker(lead, label, joint, said, /より|から/.test(joint)) : undefined;
  for (const reading of READINGS) {
    const role = reading(text);
    // A listed label outranks only the readings that name no one.
    if (role) return vouched && (role.kind === 'comment' || role.kind === 'agendaItem') ? vouched : role;
  }
  return vouched ?? { kind: 'plain' };
}
