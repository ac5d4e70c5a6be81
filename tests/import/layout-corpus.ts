/**
 * A corpus of minutes in the layouts the councils use, generated from the traits seen in real
 * 議事要旨 and 議事概要 (NISC committees, the strategy headquarters, METI and 総務省 study groups):
 * every header numbering, label spacing, date and time form, attendee group and entry form, speaker
 * form, comment marker and kind of page furniture. Names and organizations are invented. Each
 * generated text comes with what a correct draft holds, so a test can score the importer.
 */

export interface Expected {
  session: number;
  date: string;
  start: string;
  end: string;
  venue: string;
  /** Attendees in order: label as printed, role, and the name (people) or undefined (organizations). */
  attendees: { label: string; role: string; name?: string }[];
  /** Statements in order: the label, and the text with the printed line breaks removed. */
  statements: { label: string; text: string; anonymous: boolean }[];
}

export interface Variation {
  name: string;
  text: string;
  expected: Expected;
}

interface Member {
  surname: string;
  given: string;
  role: '委員' | '委員長' | '座長' | '主査';
  affiliation: string;
}

const MEMBERS: Member[] = [
  { surname: '青山', given: '一郎', role: '委員長', affiliation: '東西技術大学教授' },
  { surname: '井上', given: '花子', role: '委員', affiliation: '北部情報研究所主任研究員' },
  { surname: '大川', given: '健太', role: '委員', affiliation: '南海電算株式会社' },
  { surname: '木村', given: '美咲', role: '委員', affiliation: '中央安全協会' },
];
const OFFICIALS = [
  { label: '松田官房審議官', name: '松田' },
  { label: '宮本参事官', name: '宮本' },
];
const OBSERVERS = ['架空情報機構', '東西技術協会'];

const SENTENCES = [
  '重要インフラの事業者が互いに情報を共有できる仕組みを早く整えるべきである。',
  '中小企業にとって対策の費用は重いので、支援の在り方を検討してほしい。',
  '人材の育成には時間がかかるため、長期的な計画を示すことが必要ではないか。',
  '国際的な基準との整合を意識して、用語の定義をそろえていくことが望ましい。',
  '事案が起きた際の連絡体制について、関係機関の役割をはっきりさせてほしい。',
  '検討の進め方については、事務局で整理した上で次回に示したい。',
];

/** One trait per dimension; a variation picks one value of each. */
const TRAITS = {
  numbering: ['１．', '1.', '1 ', '(1)', '（１）', '', '【】'],
  spacing: [false, true],
  colon: ['：', ':', ''],
  valueOnNextLine: [false, true],
  runIn: [false, true],
  session: ['（第３回）', '第3回', '第 10 回会合', '(第1回)'],
  twoLineTitle: [false, true],
  suffix: ['議事要旨', '議事概要'],
  date: ['平成２９年１０月４日（水）', '平成 29 年 10 月 4 日(水)', '2017年10月4日（水）'],
  time: ['16 時 00 分~ 19 時 30 分', '8:00~9:00', '16時から17時45分まで', '１５：００～１７：００'],
  memberGroup: ['【委員】', '【委 員】', '委員：', '委員(敬称略、五十音順)', '（委員）', '＜委員＞'],
  officialGroup: ['【政 府】', '総務省側', '【事務局】', '事務局：'],
  observerGroup: ['オブザーバ', '【オブザーバー】'],
  entry: ['姓 名 役 所属', '姓役', '姓 名(所属、役)', '姓名役', '姓 名\n(所属)'],
  separator: ['、', ' ', '\n', ''],
  speaker: ['label line', 'mark label colon', 'mark label より', 'bracket label', 'bracket line', 'anonymous'],
  mark: ['・', '○', '◯', '●', '•', '◆', '■'],
  pageNumber: ['2', '- 2 -', '2/3', '(2)'],
  formFeed: [false, true],
  runningHeader: [false, true],
  blankLines: [false, true],
} as const;

type Pick = { [K in keyof typeof TRAITS]: (typeof TRAITS)[K][number] };

const toFullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Session number, ISO date and times each trait value stands for. */
const SESSION_OF: Record<Pick['session'], number> = { '（第３回）': 3, 第3回: 3, '第 10 回会合': 10, '(第1回)': 1 };
const TIMES_OF: Record<Pick['time'], [string, string]> = {
  '16 時 00 分~ 19 時 30 分': ['16:00', '19:30'],
  '8:00~9:00': ['08:00', '09:00'],
  '16時から17時45分まで': ['16:00', '17:45'],
  '１５：００～１７：００': ['15:00', '17:00'],
};

function label(name: string, pick: Pick, index: number): string {
  const spaced = pick.spacing && name.length === 2 ? `${name[0]} ${name[1]}` : name;
  if (pick.numbering === '【】') return `【${spaced}】`;
  const number =
    pick.numbering === ''
      ? ''
      : pick.numbering.replace(/[1１]/, (d) => (d === '1' ? String(index) : toFullWidth(String(index))));
  return `${number}${spaced}${pick.colon}`;
}

/** A header line with its value on the same line or the next. */
function headerLines(name: string, value: string, pick: Pick, index: number): string[] {
  const head = label(name, pick, index);
  // A label with no colon and no numbering needs its value on a line of its own or after a space.
  return pick.valueOnNextLine
    ? [head, value]
    : [`${head}${pick.colon === '' || pick.numbering === '【】' ? ' ' : ''}${value}`];
}

function memberEntry(member: Member, pick: Pick): { printed: string; label: string; name: string } {
  const role = member.role;
  switch (pick.entry) {
    case '姓 名 役 所属':
      return {
        printed: `${member.surname} ${member.given} ${role} ${member.affiliation}`,
        label: `${member.surname} ${member.given} ${role} ${member.affiliation}`,
        name: `${member.surname} ${member.given}`,
      };
    case '姓役':
      return { printed: `${member.surname}${role}`, label: `${member.surname}${role}`, name: member.surname };
    case '姓 名(所属、役)': {
      const inner = role === '委員' ? member.affiliation : `${member.affiliation}、${role}`;
      return {
        printed: `${member.surname} ${member.given}(${inner})`,
        label: `${member.surname} ${member.given}(${inner})`,
        name: `${member.surname} ${member.given}`,
      };
    }
    case '姓名役':
      return {
        printed: `${member.surname}${member.given}${role}`,
        label: `${member.surname}${member.given}${role}`,
        name: `${member.surname}${member.given}`,
      };
    default: {
      const inner = role === '委員' ? member.affiliation : `${member.affiliation}、${role}`;
      return {
        printed: `${member.surname} ${member.given}\n(${inner})`,
        label: `${member.surname} ${member.given}(${inner})`,
        name: `${member.surname} ${member.given}`,
      };
    }
  }
}

/** The separator a list can use with the entry form: spaces and running together need 姓役 or 姓名役. */
function separatorFor(pick: Pick): string {
  if (pick.entry === '姓 名\n(所属)') return '\n';
  if ((pick.separator === ' ' || pick.separator === '') && pick.entry !== '姓役' && pick.entry !== '姓名役')
    return '、';
  return pick.separator;
}

function attendeeLines(pick: Pick): { lines: string[]; attendees: Expected['attendees'] } {
  const entries = MEMBERS.map((member) => memberEntry(member, pick));
  const separator = separatorFor(pick);
  const list = entries.map((entry) => entry.printed).join(separator);
  const groupLine = (group: string, body: string): string[] =>
    group.endsWith('：')
      ? [`${group}${body.split('\n')[0]}`, ...body.split('\n').slice(1)]
      : [group, ...body.split('\n')];
  const officialRole = pick.officialGroup.includes('事務局') ? '事務局' : '省庁';
  const lines = [
    ...groupLine(pick.memberGroup, list),
    ...groupLine(pick.observerGroup, OBSERVERS.join('、')),
    ...groupLine(pick.officialGroup, OFFICIALS.map((official) => official.label).join('、')),
  ];
  const attendees = [
    ...MEMBERS.map((member, index) => ({
      label: entries[index]?.label ?? '',
      role: member.role,
      name: entries[index]?.name ?? '',
    })),
    ...OBSERVERS.map((organization) => ({ label: organization, role: 'オブザーバー' })),
    ...OFFICIALS.map((official) => ({ label: official.label, role: officialRole, name: official.name })),
  ];
  return { lines, attendees };
}

/** Wraps text at a printed width, as a PDF's lines do. */
const wrap = (text: string, width = 34): string[] => text.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [];

function proceedingsLines(pick: Pick, statementCount: number): { lines: string[]; statements: Expected['statements'] } {
  const lines = ['（１）開会', '（２）議題について', '事務局から資料１について説明があった。'];
  const statements: Expected['statements'] = [];
  if (pick.speaker === 'anonymous') lines.push('委員からの主な意見は以下のとおり。');
  for (let index = 0; index < statementCount; index += 1) {
    const member = MEMBERS[index % MEMBERS.length] as Member;
    const text = `${SENTENCES[index % SENTENCES.length]}${SENTENCES[(index + 2 + Math.floor(index / SENTENCES.length)) % SENTENCES.length]}`;
    const speaker = index % 3 === 2 && pick.speaker !== 'anonymous' ? '事務局' : `${member.surname}${member.role}`;
    lines.push(...statementLines(pick, speaker, text));
    statements.push({
      label: pick.speaker === 'anonymous' ? '委員' : speaker,
      text,
      anonymous: pick.speaker === 'anonymous',
    });
  }
  lines.push('以上');
  return { lines, statements };
}

function statementLines(pick: Pick, speaker: string, text: string): string[] {
  const [first = '', ...rest] = wrap(text);
  switch (pick.speaker) {
    case 'label line':
      return [speaker, first, ...rest];
    case 'mark label colon':
      return [`${pick.mark}${speaker}：${first}`, ...rest];
    case 'mark label より':
      return speaker === '事務局'
        ? [`${pick.mark}${speaker}：${first}`, ...rest]
        : [`${pick.mark}${speaker}より、${first}`, ...rest];
    case 'bracket label':
      return [`（${speaker}）${first}`, ...rest];
    case 'bracket line':
      return [`【${speaker}】`, first, ...rest];
    default:
      return [`${pick.mark} ${first}`, ...rest];
  }
}

/** Lays the lines out on pages with a page number, a running header, form feeds and blank lines. */
function paginate(lines: string[], pick: Pick, title: string): string {
  const pageLength = 18;
  const pages: string[][] = [];
  for (let at = 0; at < lines.length; at += pageLength) pages.push(lines.slice(at, at + pageLength));
  const printed = pages.map((page, index) => {
    const number = pick.pageNumber.replace(/2/g, String(index + 1)).replace(/\/3$/, `/${pages.length}`);
    const header = pick.runningHeader ? [`${title} 議事要旨（案）`] : [];
    return [...header, ...page, number].join(pick.blankLines ? '\n\n' : '\n');
  });
  return `${printed.join(pick.formFeed ? '\n\f' : '\n')}\n`;
}

function minutes(pick: Pick, name: string): Variation {
  const session = SESSION_OF[pick.session];
  const body = '情報セキュリティ政策会議 技術検討専門委員会';
  const titleLines = pick.twoLineTitle
    ? [body, `${pick.session} ${pick.suffix}`]
    : [`${body}${pick.session}${pick.suffix}`];
  const venue = '中央合同庁舎第４号館 共用会議室';
  const [start, end] = TIMES_OF[pick.time];
  const when = `${pick.date} ${pick.time}`;
  const whenLines =
    pick.runIn && !pick.valueOnNextLine && /\d|．|\./.test(pick.numbering)
      ? [`${headerLines('日時', when, pick, 1)[0]} ${headerLines('場所', venue, pick, 2)[0]}`]
      : [...headerLines('日時', when, pick, 1), ...headerLines('場所', venue, pick, 2)];
  const { lines: attendeeBody, attendees } = attendeeLines(pick);
  const { lines: proceedings, statements } = proceedingsLines(pick, 7);
  const lines = [
    ...titleLines,
    ...whenLines,
    label('出席者', pick, 3),
    ...attendeeBody,
    label('議事概要', pick, 4),
    ...proceedings,
  ];
  const date = pick.date.startsWith('平成') || pick.date.startsWith('2017') ? '2017-10-04' : '';
  return {
    name,
    text: paginate(lines, pick, body),
    expected: { session, date, start, end, venue, attendees, statements },
  };
}

/**
 * Every value of every trait at least once, each combined with rotating values of the others, so
 * that n variations cover the traits n ways rather than repeating one layout.
 */
export function layoutCorpus(perValue = 3): Variation[] {
  const keys = Object.keys(TRAITS) as (keyof typeof TRAITS)[];
  const variations: Variation[] = [];
  let seed = 0;
  for (const key of keys) {
    for (const value of TRAITS[key]) {
      for (let round = 0; round < perValue; round += 1) {
        seed += 1;
        const pick = Object.fromEntries(
          keys.map((other, index) => {
            const values = TRAITS[other] as readonly unknown[];
            return [other, other === key ? value : values[(seed * (index + 3) + round * 7) % values.length]];
          }),
        ) as Pick;
        const variation = minutes(pick, `${key}=${JSON.stringify(value)} #${round + 1} (${describe(pick)})`);
        if (!variations.some((other) => other.text === variation.text)) variations.push(variation);
      }
    }
  }
  return variations;
}

const describe = (pick: Pick) =>
  Object.entries(pick)
    .map(([key, value]) => `${key}:${JSON.stringify(value)}`)
    .join(' ');
