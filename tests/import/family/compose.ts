/**
 * The pieces the family's documents are written with: a document builder that prints each speaking
 * turn in one of the forms ministries use and records, as it prints, the turn a right import finds
 * (speaker key, label as written, first words), so that each document and its expectation cannot drift.
 */

import type { Expectation, ExpectedTurn } from '../../../tools/check/score-draft.ts';

export type { Expectation, ExpectedTurn };

export type Edition = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'pdf' | 'html';

export interface FamilyDocument {
  file: string;
  edition: Edition;
  /** What the document is, for the README and the report. */
  about: string;
  /** The printed lines; a form feed alone on a line starts a new page in a PDF edition. */
  lines: string[];
  /** PDF editions: the running header printed on every page, if the ministry prints one. */
  runningHeader?: string;
  /** PDF editions: wrapped lines spread to both margins (Word's 両端揃え). */
  justify?: boolean;
  /** PDF editions: the page mark printed at the foot of page n (default `- n -`). */
  pageMark?: (page: number) => string;
  expect: Expectation;
}

export interface Speaker {
  key: string;
  label: string;
}

/**
 * How a turn is printed:
 * - `space`: ○ label, an ideographic space, the words; later paragraphs indented (議事録);
 * - `half`: ○ label, an ASCII space; `colon`: 〇 label：; `tight`: ○ label and the words with nothing between;
 * - `bracket`: 【label】, an ideographic space, the words (総務省's 議事録);
 * - `own-line`: ○ label alone on its line, the words below; `own-line-bullets`: the same with each paragraph a ・ bullet;
 * - `quote`: ・X大臣から、「…」といった発言があった。 (議事概要);
 * - `yori`: X委員より、…との意見があった。; `bullet-yori`: the same after ・;
 * - `explain`: ○X大臣から議題について説明が行われた。;
 * - `nested`: ○X から、以下のとおり発言があった。 and the paragraphs as bullets under it.
 */
export type Form =
  | 'space'
  | 'half'
  | 'colon'
  | 'tight'
  | 'bracket'
  | 'own-line'
  | 'own-line-bullets'
  | 'quote'
  | 'yori'
  | 'bullet-yori'
  | 'explain'
  | 'nested';

const firstWords = (text: string) => text.replace(/\s/g, '').slice(0, 12);

export class MinutesWriter {
  readonly lines: string[] = [];
  readonly turns: ExpectedTurn[] = [];

  add(...lines: string[]): this {
    this.lines.push(...lines);
    return this;
  }

  /** A new page in the PDF edition (the text editions show a blank line). */
  page(): this {
    this.lines.push('\f');
    return this;
  }

  say(speaker: Speaker, paragraphs: readonly string[], form: Form, indent = '　　'): this {
    const [first = '', ...rest] = paragraphs;
    const { label } = speaker;
    let own = first;
    switch (form) {
      case 'space':
      case 'half':
      case 'colon':
      case 'tight': {
        const marker = { space: `○${label}\u3000`, half: `○${label} `, colon: `〇${label}：`, tight: `○${label}` }[
          form
        ];
        this.lines.push(`${marker}${first}`, ...rest.map((paragraph) => `${indent}${paragraph}`));
        break;
      }
      case 'bracket':
        this.lines.push(`【${label}】\u3000${first}`, ...rest.map((paragraph) => `${indent}${paragraph}`));
        break;
      case 'own-line':
      case 'own-line-bullets': {
        const mark = form === 'own-line' ? '\u3000' : '・';
        this.lines.push(`○${label}`, ...paragraphs.map((paragraph) => `${mark}${paragraph}`));
        break;
      }
      case 'quote':
        this.lines.push(`・${label}から、「${paragraphs.join('')}」といった発言があった。`);
        break;
      case 'yori':
      case 'bullet-yori':
        this.lines.push(`${form === 'yori' ? '' : '・'}${label}より、${paragraphs.join('')}との意見があった。`);
        break;
      case 'explain':
        this.lines.push(`○${label}から${first}`);
        break;
      case 'nested':
        own = '以下のとおり発言があった。';
        this.lines.push(`○${label}から、${own}`, ...paragraphs.map((paragraph) => `・${paragraph}`));
        break;
    }
    this.turns.push({ key: speaker.key, label, starts: firstWords(own) });
    return this;
  }
}

/** A small deterministic generator, so the documents are the same on every run of the writer. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)] as T;
    },
    /** `count` different items, in a shuffled order. */
    some<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      const chosen: T[] = [];
      while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(next() * pool.length), 1));
      return chosen;
    },
  };
}

export type Random = ReturnType<typeof seeded>;

export interface Discussion {
  chair: Speaker;
  members: readonly Speaker[];
  /** Officials who answer the members' questions. */
  officials: readonly Speaker[];
  /** Things a member says, one to three to a turn. */
  opinions: readonly string[];
  /** Things an official says in answer. */
  answers: readonly string[];
  /** How many members speak. */
  rounds: number;
  form: Form;
  /** What later paragraphs of a turn start with (an ideographic indent unless given). */
  indent?: string;
  /** Opens a member's turn with their name (法務省's 議事録: 池山でございます。). */
  selfIntroduce?: boolean;
  /** Lines printed now and then between turns that are no one's (（「異議なし」の声あり）). */
  asides?: readonly string[];
}

const ACKNOWLEDGE = [
  'ありがとうございました。',
  'ありがとうございます。',
  'どうもありがとうございました。',
  '御意見ありがとうございます。',
];
const INVITE = [
  'ほかに御意見はございますでしょうか。',
  '続きまして、御発言の御希望の方はいらっしゃいますか。',
  'それでは、次の方、お願いいたします。',
  '事務局から何かございますか。',
  'ただいまの点について、事務局から補足をお願いします。',
];

/** Takes items in a shuffled order, starting over once all are used, so that repeats are rare. */
export function deal<T>(random: Random, items: readonly T[]) {
  let deck: T[] = [];
  return (count: number): T[] =>
    Array.from({ length: count }, () => {
      if (deck.length === 0) deck = random.some(items, items.length);
      return deck.pop() as T;
    });
}

/** A free discussion: members speak, the chair thanks them and calls the next, officials answer. */
export function discuss(writer: MinutesWriter, random: Random, plan: Discussion): void {
  const opinions = deal(random, plan.opinions);
  const answers = deal(random, plan.answers);
  for (let round = 0; round < plan.rounds; round += 1) {
    const member = random.pick(plan.members);
    const said = opinions(1 + Math.floor(random.next() * 3));
    const opening = plan.selfIntroduce ? [`${member.key}でございます。${said[0] ?? ''}`, ...said.slice(1)] : said;
    writer.say(member, opening, plan.form, plan.indent);
    const asks = random.next() < 0.4 && plan.officials.length > 0;
    const chair = [random.pick(ACKNOWLEDGE) + (asks ? random.pick(INVITE.slice(3)) : random.pick(INVITE.slice(0, 3)))];
    writer.say(plan.chair, chair, plan.form, plan.indent);
    if (asks)
      writer.say(random.pick(plan.officials), answers(1 + Math.floor(random.next() * 2)), plan.form, plan.indent);
    if (plan.asides && random.next() < 0.15) writer.add(random.pick(plan.asides));
  }
}

/** A speaker whose label is the surname, then what the source puts between, then the role. */
export const who = (key: string, role: string, between = ''): Speaker => ({ key, label: `${key}${between}${role}` });
