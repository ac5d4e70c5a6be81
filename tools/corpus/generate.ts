import { stringify } from 'yaml';
import { seededRandom, type Random } from './random.ts';

/**
 * A synthetic record in the real content format, for measuring the build at archive scale.
 * Everything is derived from the seed, so two runs with the same options write the same bytes
 * and benchmark figures can be compared across commits.
 */
export interface CorpusOptions {
  meetings: number;
  seed: number;
  /** Sentences of real minutes (see sentencesFromSources); statements are built from them. */
  sentences: readonly string[];
  /** Titles of real topics, reused (with a number where there are more topics than titles). */
  topicTitles: readonly string[];
}

/** One file of the corpus, with its path relative to the content folder. */
export interface CorpusFile {
  path: string;
  content: string;
}

const MINISTRIES = [
  { slug: 'syn-soumu', name: '総務省', en: 'Ministry of Internal Affairs and Communications' },
  { slug: 'syn-meti', name: '経済産業省', en: 'Ministry of Economy, Trade and Industry' },
  {
    slug: 'syn-nisc',
    name: '内閣サイバーセキュリティセンター',
    en: 'National center of Incident readiness and Strategy',
  },
  { slug: 'syn-mhlw', name: '厚生労働省', en: 'Ministry of Health, Labour and Welfare' },
  { slug: 'syn-npa', name: '警察庁', en: 'National Police Agency' },
];
const OBSERVERS = [
  { slug: 'syn-ipa', name: '独立行政法人情報処理推進機構', en: 'Information-technology Promotion Agency' },
  { slug: 'syn-jpcert', name: '一般社団法人JPCERTコーディネーションセンター', en: 'JPCERT/CC' },
  { slug: 'syn-aist', name: '国立研究開発法人産業技術総合研究所', en: 'AIST' },
  { slug: 'syn-nite', name: '独立行政法人製品評価技術基盤機構', en: 'NITE' },
  { slug: 'syn-cssc', name: '技術研究組合制御システムセキュリティセンター', en: 'CSSC' },
];
const SURNAMES = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口',
  '松本', '井上', '木村', '林', '斎藤', '清水', '山崎', '森', '池田', '橋本', '阿部', '石川', '山下', '中島', '石井',
  '小川', '前田', '岡田', '長谷川', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本',
]; // prettier-ignore
const BODY_KINDS = ['研究会', 'タスクフォース', 'ワーキンググループ', '検討会', '分科会'];
const BODY_SUBJECTS = [
  'サイバーセキュリティ',
  'IoT セキュリティ',
  '重要インフラ防護',
  '情報共有',
  '制御システムセキュリティ',
];
const STATUSES = ['adopted', 'under-consideration', 'deferred', 'no-response'] as const;
const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
/** The span of dates the meetings spread over, so that pages grouped by year have many years. */
const FIRST_DAY = Date.UTC(2000, 0, 4);
const SPAN_DAYS = 20 * 365;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const fullWidth = (n: number) => String(n).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);
const yaml = (value: unknown) => stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

interface Person {
  slug: string;
  name: string;
}
interface Body {
  slug: string;
  name: string;
  ministry: (typeof MINISTRIES)[number];
  roster: Person[];
  sessions: number;
}
interface Spoken {
  id: string;
  speaker: { person: string } | { organization: string } | { anonymous: true };
  label: string;
  text: string;
  reply?: string;
  material?: string;
  topics: string[];
}

/** Running text of about `length` characters, in paragraphs, from whole sentences. */
function paragraphs(random: Random, sentences: readonly string[], length: number): string {
  const result: string[][] = [[]];
  let total = 0;
  while (total < length) {
    const sentence = random.pick(sentences);
    total += sentence.length;
    const current = result.at(-1) ?? [];
    current.push(sentence);
    if (current.length >= 3 && random.chance(0.4)) result.push([]);
  }
  return result
    .filter((p) => p.length > 0)
    .map((p) => p.join(''))
    .join('\n\n');
}

/** Topic indexes skewed towards the first ones, so some topics gather thousands of statements. */
function topicIndex(random: Random, count: number): number {
  return Math.min(count - 1, Math.floor(count * random.next() ** 2));
}

/** Lines of an extracted PDF: short printed lines, each followed by a blank line. */
function printedLines(text: string): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n\n')) {
    for (let i = 0; i < paragraph.length; i += 38) lines.push(paragraph.slice(i, i + 38));
  }
  return lines.map((line) => `${line} \n\n`).join('');
}

export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const { meetings: meetingCount, seed, sentences, topicTitles } = options;
  if (sentences.length === 0 || topicTitles.length === 0)
    throw new Error('the corpus needs sentences and topic titles');
  const random = seededRandom(seed);
  const files: CorpusFile[] = [];
  const add: Add = (path, content) => files.push({ path, content });

  for (const org of [...MINISTRIES, ...OBSERVERS]) {
    add(`organizations/${org.slug}.yaml`, yaml({ name: org.name, name_en: org.en }));
  }
  // About 200 sessions per body, so at 1,000 meetings a body has hundreds of sessions.
  const bodyCount = Math.max(3, Math.ceil(meetingCount / 200));
  const people = addPeople(add, bodyCount);
  const bodies = addBodies(add, bodyCount, people);
  const topics = addTopics(add, random, meetingCount, options);
  const corpus: Corpus = { add, random, sentences, bodies, topics };
  for (let m = 0; m < meetingCount; m++) addMeeting(corpus, m, meetingCount);
  return files;
}

type Add = (path: string, content: string) => void;
interface Topic {
  slug: string;
  title: string;
}
/** What every meeting draws on. */
interface Corpus {
  add: Add;
  random: Random;
  sentences: readonly string[];
  bodies: Body[];
  topics: Topic[];
}
interface Material {
  id: string;
  number: string;
  title: string;
}
/** One meeting's frame: who sits, what was handed out. */
interface MeetingFrame {
  body: Body;
  session: number;
  date: string;
  slug: string;
  title: string;
  members: Person[];
  chair: Person | undefined;
  materials: Material[];
  observers: (typeof OBSERVERS)[number][];
}

function addPeople(add: Add, bodyCount: number): Person[] {
  // Rosters overlap: a pool smaller than the seats makes people sit on several bodies.
  const people: Person[] = Array.from({ length: bodyCount * 8 + 10 }, (_, i) => ({
    slug: `syn-person-${pad(i + 1, 4)}`,
    name: SURNAMES[i % SURNAMES.length] ?? '佐藤',
  }));
  for (const person of people) add(`people/${person.slug}.yaml`, yaml({ name: person.name }));
  return people;
}

function addBodies(add: Add, bodyCount: number, people: Person[]): Body[] {
  const bodies: Body[] = Array.from({ length: bodyCount }, (_, i) => {
    const ministry = MINISTRIES[i % MINISTRIES.length] ?? MINISTRIES[0]!;
    const roster = Array.from({ length: 14 }, (_, k) => people[(i * 8 + k * 3) % people.length]!);
    return {
      slug: `syn-body-${pad(i + 1, 3)}`,
      name: `${BODY_SUBJECTS[i % BODY_SUBJECTS.length] ?? ''}${BODY_KINDS[Math.floor(i / BODY_SUBJECTS.length) % BODY_KINDS.length] ?? ''}（${fullWidth(i + 1)}）`,
      ministry,
      roster: [...new Set(roster)],
      sessions: 0,
    };
  });
  bodies.forEach((body, i) => {
    add(
      `bodies/${body.slug}.yaml`,
      yaml({
        name: body.name,
        name_en: `Synthetic body ${i + 1}`,
        ministry: body.ministry.slug,
        ...(i > 0 && i % 3 !== 0 ? { parent: bodies[i - (i % 3)]?.slug } : {}),
      }),
    );
  });
  return bodies;
}

function addTopics(add: Add, random: Random, meetingCount: number, options: CorpusOptions): Topic[] {
  const { sentences, topicTitles } = options;
  const topicCount = Math.min(200, 20 + Math.floor(meetingCount / 50));
  const topics = Array.from({ length: topicCount }, (_, i) => {
    const base = topicTitles[i % topicTitles.length] ?? '';
    const round = Math.floor(i / topicTitles.length);
    return { slug: `syn-topic-${pad(i + 1, 3)}`, title: round === 0 ? base : `${base}（${fullWidth(round + 1)}）` };
  });
  topics.forEach((topic, i) => {
    const related = [topics[(i + 1) % topicCount]?.slug].filter(
      (s): s is string => s !== undefined && s !== topic.slug,
    );
    add(
      `topics/${topic.slug}.md`,
      `---\n${yaml({ title: topic.title, title_en: `Synthetic topic ${i + 1}`, aliases: [], related })}---\n\n${paragraphs(random, sentences, 200)}\n`,
    );
  });
  return topics;
}

/** Writes one meeting: its file, its source text and, in most meetings, a recommendation. */
function addMeeting(corpus: Corpus, m: number, meetingCount: number) {
  const frame = meetingFrame(corpus, m, meetingCount);
  const spoken = statements(corpus, frame);
  const presentation = `事務局より、${frame.materials[0]!.number}について説明`;
  addMeetingFile(corpus.add, frame, m % corpus.bodies.length, presentation, spoken);
  corpus.add(
    `sources/${frame.slug}.txt`,
    printedLines(
      [
        `${frame.title}議事要旨`,
        `${presentation}（省略）`,
        ...spoken.map((item) => `○${item.label}\n\n${item.text}`),
      ].join('\n\n'),
    ),
  );
  addRecommendation(corpus, frame.slug, spoken);
}

function meetingFrame({ random, bodies, topics }: Corpus, m: number, meetingCount: number): MeetingFrame {
  const body = bodies[m % bodies.length]!;
  body.sessions += 1;
  const session = body.sessions;
  const date = new Date(FIRST_DAY + Math.floor((m * SPAN_DAYS) / meetingCount) * 86_400_000).toISOString().slice(0, 10);
  const members = body.roster.filter(() => random.chance(0.85));
  const materials = [1, 2, 3].map((k) => ({
    id: `${session}-${k}`,
    number: `資料${fullWidth(session)}－${fullWidth(k)}`,
    title: `${random.pick(topics).title}に関する検討資料`,
    ...(k === 1 ? { presenter: { organization: body.ministry.slug, label: '事務局' } } : {}),
  }));
  const observers = [random.pick(OBSERVERS), random.pick(OBSERVERS)].filter((o, i, all) => all.indexOf(o) === i);
  return {
    body,
    session,
    date,
    slug: `${date}-${body.slug}-${pad(session, 3)}`,
    title: `${body.name}（第${fullWidth(session)}回）`,
    members,
    chair: members[0],
    materials,
    observers,
  };
}

/** Statements: members speak, the secretariat often answers the one before. */
function statements({ random, sentences, topics }: Corpus, { body, members, chair, materials }: MeetingFrame) {
  const spoken: Spoken[] = [];
  const statementCount = random.int(27, 33);
  for (let s = 1; s <= statementCount; s++) {
    const previous = spoken.at(-1);
    const answer = previous !== undefined && 'person' in previous.speaker && random.chance(0.35);
    const person = members.length > 0 && !answer && !random.chance(0.03) ? random.pick(members) : undefined;
    const topicsOf = new Set([topics[topicIndex(random, topics.length)]!.slug]);
    if (random.chance(0.4)) topicsOf.add(topics[topicIndex(random, topics.length)]!.slug);
    spoken.push({
      id: `s${pad(s, 3)}`,
      speaker: answer ? { organization: body.ministry.slug } : person ? { person: person.slug } : { anonymous: true },
      label: answer ? '事務局' : person ? `${person.name}${person === chair ? '座長' : '構成員'}` : '委員',
      text: paragraphs(random, sentences, random.int(150, 320)),
      ...(answer ? { reply: previous.id } : {}),
      ...(random.chance(0.3) ? { material: random.pick(materials).id } : {}),
      topics: [...topicsOf].sort(),
    });
  }
  return spoken;
}

function addMeetingFile(add: Add, frame: MeetingFrame, bodyIndex: number, presentation: string, spoken: Spoken[]) {
  const { body, session, date, slug, title, members, chair, materials, observers } = frame;
  const attendees = [
    {
      group: '構成員',
      members: members.map((p) => ({
        person: p.slug,
        label: `${p.name}構成員`,
        role: p === chair ? '座長' : '構成員',
      })),
    },
    {
      group: 'オブザーバー',
      members: observers.map((o) => ({ organization: o.slug, label: o.name, role: 'オブザーバー' })),
    },
  ].filter((group) => group.members.length > 0);
  const frontmatter = yaml({
    title,
    title_en: `Synthetic body ${bodyIndex + 1}, meeting ${session}`,
    body: body.slug,
    session,
    date,
    start: '10:00',
    end: '12:00',
    venue: `${body.ministry.name}第${fullWidth((session % 9) + 1)}会議室`,
    attendees,
    materials,
    agenda: ['開会', '議事', '閉会'],
    source: { title: `${title}議事要旨`, publisher: body.ministry.slug, date, file: `${slug}.txt` },
  });
  add(
    `meetings/${slug}.md`,
    `---\n${frontmatter}---\n\n:::presentation{#p01 organization=${body.ministry.slug} label="事務局" material="${materials[0]!.id}" elided}\n${presentation}\n:::\n\n### 構成員の意見・コメント\n\n${spoken.map(statementDirective).join('\n')}`,
  );
}

function statementDirective(item: Spoken): string {
  const speaker =
    'person' in item.speaker
      ? `person=${item.speaker.person}`
      : 'organization' in item.speaker
        ? `organization=${item.speaker.organization}`
        : 'anonymous';
  const attributes = [
    `#${item.id}`,
    speaker,
    `label="${item.label}"`,
    ...(item.material ? [`material="${item.material}"`] : []),
    ...(item.reply ? [`reply="${item.reply}"`] : []),
    `topics="${item.topics.join(' ')}"`,
  ];
  return `:::statement{${attributes.join(' ')}}\n${item.text}\n:::\n`;
}

/** A recommendation in most meetings: a member's proposal, answered where the secretariat replied. */
function addRecommendation({ add, random }: Corpus, slug: string, spoken: Spoken[]) {
  const proposals = spoken.filter((item) => 'person' in item.speaker);
  if (proposals.length === 0 || !random.chance(0.9)) return;
  const proposal = random.pick(proposals);
  const response = spoken.find((item) => item.reply === proposal.id);
  const quote = proposal.text.split('。')[0] ?? '';
  add(
    `recommendations/${slug}-r1.yaml`,
    yaml({
      statement: `${slug}#${proposal.id}`,
      quote: `${quote}。`,
      summary: `${quote.slice(0, 40)}について検討する。`,
      ...(response ? { response: `${slug}#${response.id}` } : {}),
      status: response ? random.pick(STATUSES.slice(0, 3)) : 'no-response',
      topics: proposal.topics,
    }),
  );
}
