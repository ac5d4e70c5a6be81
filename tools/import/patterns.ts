/**
 * The layout vocabulary of the minutes the importer reads, in one place: section labels and their
 * numbering, speaker markers, roles and titles, date and time forms, page marks and list remarks.
 * A new layout is an entry here and a fixture in tests/import/, not new control flow.
 *
 * Conventions: JavaScript's `\s` matches U+3000 (the ideographic space) already. Every whitespace
 * run the patterns see is bounded (see `boundSpaces`), so no pattern backtracks more than a constant
 * per character: optional parts own the spaces after them (`(?:X\s*)?`), never `\s*(?:X)?\s*`.
 */
import { attendeeRoles } from '../../src/content/schemas/roles.ts';

/** A digit, half- or full-width. */
export const DIGIT = '[0-9０-９]';
export const KANJI_NUMERAL = '[一二三四五六七八九十]';
export const DASH = '[-－‐―ー—–−]';

/** Longest whitespace run kept: longer runs are layout (a PDF's column gap, &nbsp; padding). */
export const MAX_SPACE_RUN = 8;

/**
 * A line's whitespace runs cut to MAX_SPACE_RUN characters, so that every pattern's backtracking
 * over spaces is bounded: matching stays linear in the line's length whatever the padding.
 */
export function boundSpaces(text: string): string {
  let out = '';
  let run = 0;
  for (const char of text) {
    run = /\s/.test(char) ? run + 1 : 0;
    if (run <= MAX_SPACE_RUN) out += char;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Header sections

export type SectionKind = 'when' | 'where' | 'whenWhere' | 'attendees' | 'materials' | 'agenda' | 'proceedings';

/**
 * Section labels by kind: [kind, strong labels, weak labels]. Weak labels (議事, 資料…) count only
 * when numbered, bracketed, followed by a colon or alone on their line.
 */
export const SECTION_LABELS: readonly [SectionKind, string[], string[]][] = [
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

/** The numbering before a section label: １． (1) 1␣ 一、 一␣ Ⅰ. 第１. */
export const SECTION_NUMBER = String.raw`(?:第\s*(?:${DIGIT}{1,2}|${KANJI_NUMERAL}{1,3})\s*[．.、]?|${KANJI_NUMERAL}{1,3}(?=\s)|${DIGIT}{1,2}\s*[．.、)）]|[（(]\s*${DIGIT}{1,2}\s*[)）]|${DIGIT}{1,2}(?=\s)|${KANJI_NUMERAL}{1,3}\s*[．.、]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\s*[．.]?)`;
/** What may open a section label: brackets and bullets; round brackets for strong labels only: （配付資料）. */
export const SECTION_OPEN = '[【［\\[〈<＜（(■●◆□○◎・•\\-－]';
export const SECTION_CLOSE = '[】］\\]〉>＞）)]';
/** A remark in brackets after a label: 出席者（敬称略）. */
export const SECTION_REMARK = String.raw`(?:\s*[（(][^)）]{1,20}[)）])?`;
/** What may stand after a label instead of a colon: the value itself, a date or a number. */
export const VALUE_START = String.raw`(?=${DIGIT}|平成|令和|昭和)`;
/** Labels inside a shared 日時・場所 section. */
export const INNER_WHEN_WHERE = /^(\s*[・○◯]?\s*(日\s*時|場\s*所|会\s*場)\s*[：:]?\s*)(.*)$/u;
/** Attendee groups met before any 出席者 label start the attendee section themselves. */
export const GROUP_START = /^\s*(?:[【［〈<＜][^】］〉>＞]{1,12}[】］〉>＞]|(?:委\s*員|構\s*成\s*員|本部員)\s*[：:])/u;
/** A numbered label run into the previous value by the PDF: `… 15 時 30 分 2.場 所 …`. */
export const RUN_IN_NUMBER = String.raw`\s(?=(?:${DIGIT}{1,2}\s*[．.]|${DIGIT}{1,2}\s|[（(]${DIGIT}{1,2}[)）])\s*\S)`;

/** An agenda line's numbering or bullet: （１）, 1., ①, 議題1：, ・. */
export const AGENDA_NUMBER = String.raw`(?:[・•]|[（(]${DIGIT}{1,2}[)）]|${DIGIT}{1,2}[．.)）]|[①-⑳]|議題${DIGIT}*[：:]?)`;
/** 資料１, 参考資料２－１. */
export const MATERIAL_NUMBER = String.raw`(?:参考)?資料\s*${DIGIT}+(?:\s*[－\-ー‐]\s*${DIGIT}+)?`;

// ---------------------------------------------------------------------------------------------
// Title

/** 第3回, （第３回）, 第 10 回会合, 第十回. */
export const SESSION = /[（(]?\s*第\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*回\s*(?:会合|会議)?\s*[)）]?/;
/** What the title ends in: 議事要旨, 議事概要, 議事録, and a remark after it. */
export const TITLE_SUFFIX = /\s*(?:議事(?:要旨|概要|録)|会議録|概要)\s*(?:[（(][^)）]*[)）])?\s*$/;
/** A ministry or agency named as such: 総務省, 経済産業省, 内閣官房, 内閣サイバーセキュリティセンター. */
export const MINISTRY =
  /(内閣官房(?:\s*(?:内閣サイバーセキュリティセンター|情報セキュリティセンター))?|内閣サイバーセキュリティセンター|内閣官房情報セキュリティセンター|内閣府|[\p{Script=Han}]{1,6}省|[\p{Script=Han}]{1,5}庁)/u;

// ---------------------------------------------------------------------------------------------
// Dates and times

/** First day of each era, as [gregorian year of year 1, first month, first day]. */
export const ERAS: Record<string, readonly [number, number, number]> = {
  昭和: [1926, 12, 25],
  平成: [1989, 1, 8],
  令和: [2019, 5, 1],
};
export const ERA_DATE = /(昭和|平成|令和)\s*([0-9０-９]+|元)\s*年\s*([0-9０-９]+)\s*月\s*([0-9０-９]+)\s*日/;
export const WESTERN_DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]+)\s*月\s*([0-9０-９]+)\s*日/;
/** A clock time, read after full-width digits are made ASCII: 午後2時30分, 15:00, 10時半. */
export const CLOCK = String.raw`(午前|午後)?\s*(\d{1,2})\s*(?::|時)\s*(?:(\d{1,2}|半)\s*分?)?`;
/** Start and end as a range: 15:00～17:00, 16時から17時45分まで, 自 午後1時27分 至 午後2時55分. */
export const TIME_RANGE = new RegExp(String.raw`${CLOCK}\s*(?:[～~〜－\-ー―–]|から|至)\s*${CLOCK}`);
/** Start and end as the opening and the closing: 午後2時開会 … 午後4時閉会, 開会 14時 閉会 16時. */
export const TIME_OPEN_CLOSE = new RegExp(
  String.raw`(?:${CLOCK}\s*(?:開会|開始)|(?:開会|開始)\s*${CLOCK}).{0,20}?(?:${CLOCK}\s*(?:閉会|終了)|(?:閉会|終了)\s*${CLOCK})`,
);
/** A line that holds a clock time (至 午後２時５５分): read into the times. */
export const CLOCK_PART = /[0-9０-９]\s*(?:時|:|：)\s*[0-9０-９半]|[0-9０-９]\s*時/;
/** A start alone: 自 午後1時27分, 午後2時開会, 14時から. */
export const TIME_START = new RegExp(String.raw`(?:自\s*${CLOCK}|${CLOCK}\s*(?:開会|開始|から|～|~))`);

// ---------------------------------------------------------------------------------------------
// Page furniture

const PAGE_DIGITS = `${DIGIT}{1,3}`;
/** A line holding only a page number, in the forms the ministries print: 2, - 3 -, 3/12, (2), p. 4. */
export const PAGE_NUMBER = new RegExp(
  String.raw`^\s*(?:${DASH}\s*${PAGE_DIGITS}\s*${DASH}|${PAGE_DIGITS}(?:\s*[/／]\s*${PAGE_DIGITS})?|[(（]\s*${PAGE_DIGITS}\s*[)）]|(?:[pP]\.?|ページ)\s*${PAGE_DIGITS})\s*$`,
);
/** A speaker's label can start two pages by chance; a running header is never one. */
export const SPEAKER_LIKE =
  /^[\s○◯●・]*[\p{Script=Han}\p{Script=Katakana}ー]{0,8}(?:委員|構成員|座長|主査|本部長|議長|事務局)[\s）)]*$/u;

// ---------------------------------------------------------------------------------------------
// Roles and titles

/** Roles an attendee entry or a speaker's label can state, longest first (委員長代理 before 委員長 and 委員). */
export const ROLE_WORDS = [
  '委員長代理',
  '座長代理',
  '主査代理',
  '議長代理',
  '副本部長',
  '専門委員',
  '委員長',
  '本部長',
  '副議長',
  '構成員',
  '本部員',
  '座長',
  '主査',
  '議長',
  '委員',
] as const satisfies readonly (typeof attendeeRoles)[number][];

/** Titles a speaker's label can end in besides the member roles: officials and ministers. */
export const OFFICIAL_TITLES = [
  '副センター長',
  'センター長',
  '内閣審議官',
  '副大臣',
  '大臣政務官',
  '政務官',
  '大臣',
  '副長官',
  '長官',
  '補佐官',
  '統括官',
  '審議官',
  '参事官',
  '企画官',
  '調査官',
  '局長',
  '部長',
  '課長補佐',
  '課長',
  '室長補佐',
  '室長',
  '補佐',
  '事務局長',
  '事務局次長',
];
/** Observers, as labels print them. */
export const OBSERVER_WORDS = ['オブザーバー', 'オブザーバ'];
/** Council roles held by members of the council. */
export const COUNCIL_MEMBER_ROLES = [
  '分科会長代理',
  '部会長代理',
  '分科会長',
  '部会長',
  '副会長',
  '会長代理',
  '会長',
  '臨時委員',
];
/** Roles of councils' own (審議会, 部会, 分科会) and of those they hear. */
export const COUNCIL_ROLES = [...COUNCIL_MEMBER_ROLES, '幹事', '関係官', '参考人', '説明員', '説明者'];
/** The surname a label opens with, before a title: 城内, 平, あべ, カタカナ. */
export const SURNAME_START = /^(?:[\p{Script=Han}々]{1,2}|\p{Script=Hiragana}{1,3}|[\p{Script=Katakana}ー]{2,6})/u;
/** Ministers' titles a label can end in beyond 大臣: the Prime Minister, the Chief Cabinet Secretary. */
export const MINISTER_TITLES = ['内閣総理大臣', '総理大臣', '総理', '官房長官', '次長', '所長', '理事長'];
/** Titles of those a council hears: 藤井理事, 山田教授, 佐藤弁護士. */
export const GUEST_TITLES = [
  '理事',
  '教授',
  '准教授',
  '弁護士',
  '公認会計士',
  '弁理士',
  '税理士',
  '司法書士',
  '医師',
  '社長',
  '会頭',
  '代表理事',
  '主任研究員',
  '研究員',
  '執行役員',
  'メンバー',
];

/** Every word a speaker's label can end in, longest first so that 部会長 wins over 会長. */
export const SPEAKER_SUFFIXES = [
  ...ROLE_WORDS,
  ...OBSERVER_WORDS,
  ...OFFICIAL_TITLES,
  ...COUNCIL_ROLES,
  ...MINISTER_TITLES,
  ...GUEST_TITLES,
].sort((a, b) => b.length - a.length);
/** Labels that name a group or anyone present, never one person: no turn is theirs. */
export const CATCH_ALL_LABELS = ['出席者', '出席者一同', '参加者', '一同', '発言者'];

/** What an organization's name ends in; a person's entry ends in a title (官, 長, 補佐…) instead. */
export const ORGANIZATION_END =
  /(?:省|庁|府|内閣官房|機構|センター|協会|研究所|法人|株式会社|大学|会議所|連合会|組合|協議会|財団|本部|公社|機関|事業団|委員会|会議|研究会|学会|銀行|グループ|社)$/;
/** Titles that close an official's or a minister's entry. */
export const TITLE_END = /(?:大臣|長官|官|長|補佐|担当|参与|顧問|理事|教授|所長|会長|社長|代表|部長|主任|幹|員)$/;
/** Titles that make up the whole rest of an official's entry, so that the name before them is certain. */
export const WHOLE_TITLES = new Set([
  '課長',
  '室長',
  '局長',
  '部長',
  '審議官',
  '参事官',
  '企画官',
  '調査官',
  '課長補佐',
  '大臣',
  '副大臣',
  '政務官',
  '長官',
  '副長官',
  '補佐官',
  '統括官',
  '次長',
  '理事長',
  '理事',
  'センター長',
  '副センター長',
  '内閣審議官',
  '専門官',
  '係長',
  '主査',
]);
/** Titles that end an official's entry where a PDF ran officials together: 松井官房審議官吉田…室長. Longest first. */
export const RUN_TOGETHER_TITLES = [...WHOLE_TITLES]
  .filter((title) => title !== '大臣' && title !== '理事' && title !== '主査')
  .sort((a, b) => b.length - a.length);
/** What opens an office's name, never a surname: 官房審議官, 大臣官房, 内閣審議官. */
export const OFFICE_START = /^(?:官房|大臣|内閣|政策|情報|参事|審議|企画|統括|副|総務|事務)/u;
/** An entry that opens with a person's name and its brackets: 大西 隆(東京大学教授、座長). */
export const NAME_THEN_BRACKETS =
  /^\s*[\p{Script=Han}々]{1,4}\s?[\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}]{1,4}\s*[（(]/u;
/** A surname or a given name as a token of its own. */
export const NAME_TOKEN = /^[\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー]{1,5}$/u;
/** A full name printed without a space: 浅尾慶一郎, 三原じゅん子. */
export const FULL_NAME = /^[\p{Script=Han}々][\p{Script=Han}々\p{Script=Hiragana}\p{Script=Katakana}ー]{1,5}$/u;
/** Qualifiers printed before an organization's name with a space: 内閣官房 内閣サイバーセキュリティセンター. */
export const QUALIFIER = /^(?:内閣官房|内閣府|.{0,8}法人)$/u;

// ---------------------------------------------------------------------------------------------
// Attendee lists

/** Remarks on a list or a group, kept out of names: (敬称略), （五十音順）, (11名), ※敬称略. */
export const LIST_REMARK =
  /[（(][^()（）]*(?:敬称略|五十音順|50音順|５０音順|順不同|名簿順|[0-9０-９]+\s*名)[^()（）]*[)）]|※.*$/gu;
/** Group headings that stand alone or in round brackets; ministries need 【】 or a colon. */
export const GROUP_WORD =
  /^(?:(?:委員|構成員|専門委員|本部員|有識者本部員|本部長|オブザーバー?|事務局|政府|関係省庁|関係府省|省庁|府省|有識者|ゲスト|説明者|招聘者|プレゼンター|発表者|出席者|座長|議長)(?:等|側|一覧|名簿)?|.{1,12}側)$/u;
/** （総務省） alone on its line heads the ministry's group, as 総務省 publishes its lists. */
export const MINISTRY_GROUP = /^(?:[^\s（）()]{1,10}[省庁]|内閣官房|内閣府)(?:等|側)?$/u;
/**
 * The list numbering a group heading can carry: （１）構成員, (2) 総務省, ア 委員, イ 総務省, １．委員, ①委員.
 * Katakana numbering (ア イ ウ…) needs a space or a stop after it, so that no name loses its first character.
 */
export const GROUP_NUMBER = new RegExp(
  String.raw`^\s*(?:[（(]\s*(?:${DIGIT}{1,2}|${KANJI_NUMERAL}{1,3}|[ア-オカ-コサ-ソタ-ト]|[a-zａ-ｚ])\s*[)）]|${DIGIT}{1,2}\s*[．.)）]|[①-⑳]|[アイウエオカキクケコ](?:\s*[．.、]|\s))\s*`,
  'u',
);
export const BRACKET_GROUP = /^(\s*[【［[〈<＜]\s*)([^】］\]〉>＞]{1,24}?)(\s*[】］\]〉>＞]\s*[：:]?)(.*)$/u;
export const ROUND_GROUP = /^(\s*[（(]\s*)([^)）]{1,16}?)(\s*[)）]\s*[：:]?)(.*)$/u;
/** A role heading a group at the start of its first entry's line: 本部長 (spaces) 北村 正道 内閣官房長官. */
export const SPACED_GROUP =
  /^(\s*)((?:副本部長|本部長|本部員|委員長|委員|構成員|メンバー|座長|副議長|議長|オブザーバー?|説明者|事務局)(?:等)?)(\s+)(\S.*)$/u;
/** The title line of an appendix list: 宇宙開発戦略本部 第３２回会合 出席者, 出席者一覧. */
export const APPENDIX_LIST_TITLE = /^.{0,40}(?:出席者|参加者)(?:一覧|名簿)?\s*$/u;
export const COLON_GROUP = /^(\s*)([^：:、，,（(【]{1,16}?(?:[（(][^)）]*[)）])?)(\s*[：:]\s*)(.*)$/u;

// ---------------------------------------------------------------------------------------------
// Proceedings

/** Glyphs that open a comment, a speaker's turn or a heading in the proceedings. */
export const MARK = '[・○◯●•◆■◇□◎〇▪◼]';
/** Brackets around a speaker's label or a heading. */
export const BRACKET_OPEN = '[【（(〈<＜［]';
export const BRACKET_CLOSE = '[】）)〉>＞］]';
/**
 * A speaker's name: kanji (with a space between surname and given name), or katakana; a bracket
 * after it tells apart two of one surname (中村（謙）).
 */
export const SPEAKER_NAME = String.raw`(?:[\p{Script=Han}々ヶ]{1,5}(?:\s[\p{Script=Han}々ヶ]{1,4})?|[\p{Script=Katakana}ー]{2,8})(?:[（(][\p{Script=Han}\p{Script=Hiragana}]{1,3}[)）])?`;
/** A speaker's label: 岡村構成員, 安田座長, 中村（謙）関係官, 菅本部長, 松井審議官, 事務局, or 委員 alone. */
export const SPEAKER_LABEL = String.raw`(?:事務局|(?:${SPEAKER_NAME})?(?:${SPEAKER_SUFFIXES.join('|')}))`;
/**
 * A label after a speaker mark (○, 〇, ・), where the mark vouches for it: a name and a title of any
 * length, as 議事概要 name ministers: 城内人工知能戦略担当大臣, 三原内閣府特命担当大臣（こども政策）,
 * 加藤司法法制課長, あべ文部科学大臣.
 */
export const MARKED_LABEL = String.raw`(?:事務局|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶー・]{1,24}?(?:[（(][^()（）\s]{1,3}[)）])?(?:${SPEAKER_SUFFIXES.join('|')})(?:[（(][^()（）\s]{1,16}[)）])?)`;
/** Marks that open a speaker's turn in a verbatim record or a 議事概要. */
export const TURN_MARK = '[○〇◯・]';
/** Marks that open a speaker's turn and nothing else in a verbatim 議事録: they count as markers. */
/** Words that may lead into a reported turn: ○ 最後に、大西参事官から…. */
export const LEAD_IN = String.raw`(?:(?:最後に|次に|続いて|続けて|また|冒頭|その後)、?\s*)?`;
export const SPEAKER_MARK_LINE = /^\s*[○〇◯]/u;
/**
 * What joins a marked label to the words: a colon, より、 or から (議事概要: X大臣から、「…」といった
 * 発言があった), an opening quote, or a space.
 */
/** A label run into the words after ○ with no space: a name (kanji or katakana) and a title, the shortest. */
export const RUN_IN_LABEL = String.raw`[\p{Script=Han}々ヶ\p{Script=Katakana}ー]{1,16}?(?:[（(][^()（）\s]{1,3}[)）])?(?:${SPEAKER_SUFFIXES.join('|')})`;
export const MARKED_JOINT = String.raw`\s*[：:]\s*|\s*(?:より|から)(?!の)\s*[、，,]?\s*|(?=「)|\s+`;
/** A line in brackets that the record sets aside: （委員の自己紹介につき省略）, （了承）, （議了）. */
export const ASIDE =
  /^\s*[（(][^()（）]{0,30}(?:省略|中略|略|了承|議了|休憩|拍手|異議なし|退席|入室|退室)[^()（）]{0,10}[)）]\s*$/u;
/** The mark that ends a 法務省 record: －了－. */
export const END_MARK = new RegExp(String.raw`^\s*${DASH}\s*了\s*${DASH}\s*$`);
/** An appendix heading: （別紙）, 別紙１, 【別紙】. */
export const APPENDIX = new RegExp(String.raw`^\s*[（(【［]?\s*別\s*紙\s*${DIGIT}*\s*[)）】］]?\s*$`, 'u');
/** The title of an appendix list of attendees: 出席者一覧, 出席者名簿. */
export const APPENDIX_TITLE = /^\s*(?:出席者|参加者|出席委員|構成員)(?:一覧|名簿|等)?\s*$/u;
/** An attendee section that points at an appendix: 別紙のとおり. */
export const SEE_APPENDIX = /別\s*紙\s*[0-9０-９]?\s*(?:の\s*とおり|参照)/u;
/** What stands for the agenda of the proceedings themselves: （次のとおり）. */
export const AS_FOLLOWS = /^\s*[（(]?\s*次\s*の\s*とおり\s*[)）]?\s*$/u;
/** Words that end a role heading: 本部長冒頭挨拶, 事務局より説明. */
export const ROLE_HEADING_END = String.raw`\s*(?:より|から|の)?\s*(?:冒頭|閉会|開会|締めくくり|御|ご)?(?:挨拶|あいさつ|説明|報告|発言|所感|講評)`;
/** A proceedings heading's numbering. */
export const HEADING_NUMBER = String.raw`(?:[（(]${DIGIT}{1,2}[)）]|${DIGIT}{1,2}[．.)）]|[①-⑳]|議題${DIGIT}{0,2}[：:．.]?|第[０-９0-9一二三四五六七八九十]{1,3}[．.\s])`;
/** The line that closes the minutes. */
export const CLOSE_LINE = /^\s*以\s*上\s*$/;
/** What follows the minutes on a ministry's page or last page: contacts, links. */
export const TRAILER = /^\s*[【［<＜]?\s*(?:お問(?:い)?合(?:わ)?せ先|問(?:い)?合(?:わ)?せ先|関連リンク|最終更新日)/u;
/** A material presented: 事務局より、資料３－１「…」を説明. */
export const PRESENTATION = new RegExp(String.raw`^\s*(?:[・○◯●]\s*)?(.+?)(?:より|から)、\s*(${MATERIAL_NUMBER})`);
export const ELIDED = /[（(]省略[)）]/;
/** An introduction that says whose comments follow: 委員からの主な意見は以下のとおり. */
export const WHO_COMMENTS =
  /(委員|構成員|出席者|参加者|有識者|本部員|オブザーバー?)(?:等)?(?:から|より|の)(?:主な)?(?:意見|発言|質問|コメント|質疑)/;
/**
 * A marked line in which the record reports what the meeting did, not what someone said: ○ 審議の結果、
 * 資料２のとおり決定した。, ・原案のとおり了承された。 It is a note, never an anonymous member's comment.
 */
export const RECORD_NARRATIVE =
  /^\s*(?:審議|議事|協議|検討|採決)の結果|(?:決定|了承|承認|採択|可決|決議|議了|閉会|開会|散会)(?:し|され|となっ)た。?\s*$/u;
/** Labels that name a group, not a person: 委員 alone is any member. */
export const GROUP_LABEL = /^(?:委員|構成員|出席者|有識者|オブザーバー?)$/;
