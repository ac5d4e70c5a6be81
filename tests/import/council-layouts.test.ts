import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../tools/import/import-minutes';
import type { Draft } from '../../tools/import/types';
import { record } from './helpers';

/**
 * Minutes in the structures real councils printed, with invented names and words: a NISC committee
 * of 2008 (two members to a PDF line, ministries separated by spaces, page numbers in brackets), the
 * strategy headquarters (full names with titles, several to a line, 本部長冒頭挨拶), a recent study
 * group page (one member a line, role in 【】, ※ remarks), and a 総務省 page (groups in brackets on the
 * entries' line, 【…部会長】 speakers, 議事録).
 */
const nisc = `(1)
情報セキュリティ政策会議 基本計画検討委員会 第 13 回会合議事要旨
1.日 時
平成20年10月14日(火) 13 時 00 分~ 15 時 40 分 2.場 所
合同庁舎9号館12階 共用第2特別会議室 3.出席者
【委 員】
青海 一郎 委員 東西電算株式会社代表取締役副社長 赤井 次郎 委員 北南新聞論説委員
石岡 花子 委員 中央技研株式会社常勤監査役
上田 康二 委員 架空通信推進会議委員
(西東株式会社情報セキュリティフェロー)
(五十音順)
【技術戦略専門委員会委員長】
佐伯 良一 委員長
【政 府】
内閣官房情報セキュリティセンター 警察庁
総務省 経済産業省 防衛省
(2)
4.議事概要
(1) 地方公共団体における情報セキュリティ対策の現状について
○ 報告にあったように、対策を講じている市町村はまだ少ないのではないか。
○ 中小の自治体には、共同で対策を進める仕組みが必要である。
(2) 企業・個人分野について
○ 企業内の対応体制の構築を促すべきである。
以上
`;

const headquarters = `サイバーセキュリティ戦略本部 第 16 回会合 議事概要
1 日時
平成 30 年1月 17 日(水) 8:00~9:00
2 場所
総理大臣官邸4階大会議室
3 出席者(敬称略)
北 義男 内閣官房長官
南田 俊一 架空競技大会担当大臣 東山 八郎 国家公安委員会委員長
西川 政司 情報通信技術(IT)政策担当大臣 中村 正久 外務副大臣
森 正 東西通信株式会社取締役会長
林田 佐和子 株式会社架空研究所代表取締役社長
4 議事概要
(1)本部長冒頭挨拶
早朝からお集まりいただき、感謝申し上げる。
本日は、2点について御議論をいただきたい。
(2)意見交換
○ 戦略の策定に当たっては、民間との連携を重視すべきである。
以上
`;

const studyGroup = `トラスト検討サブワーキンググループ(第8回)議事概要
- 日時:令和4年4月8日(金)16時から17時45分まで
- 場所:オンライン開催
出席者
構成員
大田洋(西村東法律事務所パートナー弁護士)
手島悟(南北大学環境情報学部教授)【主査】
浜口総志(南北大学研究所上席所員)
高山信(総務省サイバーセキュリティ統括官付参事官)
希代浩正(法務省民事局商事課補佐官)※代理出席
オブザーバー
一般財団法人架空データ通信協会
議事概要
事務局から資料1に基づき説明があった。
主な意見は以下のとおり。
・認定の仕組みについて、利用者にわかりやすく示すべきである。
・国際的な相互承認を視野に入れて検討を進めてほしい。
以上
`;

const soumuPage = `第9回 架空制度委員会 評価部会議事録
日時
平成28年6月14日(火)15時20分から15時35分まで
場所
中央合同庁舎第2号館8階 総務省第一特別会議室
出席者
(委員)樫山隆夫部会長、岡田義朗部会長代理、原口久委員
(事務局等)上野行政管理局長、長谷官房審議官
議事録
【樫山部会長】 ただ今から第9回の評価部会を開催いたしたいと思います。
【上野行政管理局長】 要点だけ御説明いたします。
【原口委員】 目標の変更について、異論はありません。
`;

const itHeadquarters = `第25回架空戦略本部 議事録
1.日 時:平成16年5月20日(木)17:20〜18:20
2.場 所:内閣総理大臣官邸大会議室
3.出席者:
【本部員】
茂本 敏夫 IT担当大臣、山口 英二 情報セキュリティ補佐官
4.会議の模様
(1)茂本IT担当大臣から開会の辞
【茂本IT担当大臣】
 それでは、ただいまから会合を開会する。
【山口補佐官】
 ただいま御紹介いただきました山口です。
`;

const read = (text: string, options = {}): Draft => importMinutes(text, record, options);
const attendees = (draft: Draft) =>
  draft.attendees.flatMap((group) =>
    group.members.map((member) => [group.group, member.label, member.role, member.name ?? 'organization']),
  );
const statements = (draft: Draft) =>
  draft.items.flatMap((item) => (item.type === 'statement' ? [[item.label, item.paragraphs.join('')]] : []));

describe('minutes in the structures real councils printed', () => {
  it('a NISC committee: two members to a line, ministries separated by spaces, page numbers in brackets', () => {
    const draft = read(nisc);
    expect([draft.session, draft.date, draft.start, draft.end, draft.venue]).toEqual([
      13,
      '2008-10-14',
      '13:00',
      '15:40',
      '合同庁舎9号館12階 共用第2特別会議室',
    ]);
    expect(attendees(draft)).toEqual([
      ['委員', '青海 一郎 委員 東西電算株式会社代表取締役副社長', '委員', '青海 一郎'],
      ['委員', '赤井 次郎 委員 北南新聞論説委員', '委員', '赤井 次郎'],
      ['委員', '石岡 花子 委員 中央技研株式会社常勤監査役', '委員', '石岡 花子'],
      ['委員', '上田 康二 委員 架空通信推進会議委員(西東株式会社情報セキュリティフェロー)', '委員', '上田 康二'],
      ['技術戦略専門委員会委員長', '佐伯 良一 委員長', '委員長', '佐伯 良一'],
      ['政府', '内閣官房情報セキュリティセンター', '省庁', 'organization'],
      ['政府', '警察庁', '省庁', 'organization'],
      ['政府', '総務省', '省庁', 'organization'],
      ['政府', '経済産業省', '省庁', 'organization'],
      ['政府', '防衛省', '省庁', 'organization'],
    ]);
    expect(statements(draft)).toEqual([
      ['委員', '報告にあったように、対策を講じている市町村はまだ少ないのではないか。'],
      ['委員', '中小の自治体には、共同で対策を進める仕組みが必要である。'],
      ['委員', '企業内の対応体制の構築を促すべきである。'],
    ]);
    expect(draft.items.filter((item) => item.type === 'heading').map((item) => item.text)).toEqual([
      '地方公共団体における情報セキュリティ対策の現状について',
      '企業・個人分野について',
    ]);
  });

  it('asks for the publisher the minutes do not name, and the draft cannot be published until it is written', () => {
    const draft = read(nisc);
    expect(draft.source.publisher).toBe('TODO-publisher');
    expect(draft.warnings.join('\n')).toMatch(/do not say who published them.*--body SLUG/);
  });

  it('takes the body, and with it the publisher, from --body', () => {
    const draft = read(nisc, { body: 'soumu-cybersecurity-task-force' });
    expect([draft.body, draft.source.publisher]).toEqual(['soumu-cybersecurity-task-force', 'soumu']);
    expect(() => read(nisc, { body: 'no-such-body' })).toThrow(
      /--body no-such-body: there is no content\/bodies\/no-such-body\.yaml/,
    );
  });

  it('flags attendees that look wrong instead of passing them as names', () => {
    const odd = nisc.replace('佐伯 良一 委員長', '大臣官房審議官、架空情報通信政策研究');
    const warnings = read(odd).warnings.filter((warning) => warning.includes('looks wrong'));
    expect(warnings).toEqual([
      'attendee "大臣官房審議官" looks wrong: the name "大臣" ends in a title or role',
      'attendee "架空情報通信政策研究" looks wrong: the name "架空情報通信政策研究" has over 8 characters without a space',
    ]);
  });

  it('the strategy headquarters: full names with titles, several to a line, the chief’s opening remarks', () => {
    const draft = read(headquarters);
    expect(attendees(draft).map(([, label, , name]) => [label, name])).toEqual([
      ['北 義男 内閣官房長官', '北 義男'],
      ['南田 俊一 架空競技大会担当大臣', '南田 俊一'],
      ['東山 八郎 国家公安委員会委員長', '東山 八郎'],
      ['西川 政司 情報通信技術(IT)政策担当大臣', '西川 政司'],
      ['中村 正久 外務副大臣', '中村 正久'],
      ['森 正 東西通信株式会社取締役会長', '森 正'],
      ['林田 佐和子 株式会社架空研究所代表取締役社長', '林田 佐和子'],
    ]);
    expect(statements(draft)).toEqual([
      ['本部長', '早朝からお集まりいただき、感謝申し上げる。本日は、2点について御議論をいただきたい。'],
    ]);
    // A ○ line that names no one, where the list names no group of members either, is no one's turn.
    expect(draft.items.filter((item) => item.type === 'note').map((item) => item.paragraphs.join(''))).toEqual([
      '戦略の策定に当たっては、民間との連携を重視すべきである。',
    ]);
    expect(draft.items.find((item) => item.type === 'heading')).toMatchObject({ text: '本部長冒頭挨拶' });
  });

  it('a study group page: one member a line with the role in 【】 and ※ remarks kept out of names', () => {
    const draft = read(studyGroup);
    expect([draft.session, draft.date, draft.start, draft.end, draft.venue]).toEqual([
      8,
      '2022-04-08',
      '16:00',
      '17:45',
      'オンライン開催',
    ]);
    expect(attendees(draft)).toEqual([
      ['構成員', '大田洋(西村東法律事務所パートナー弁護士)', '構成員', '大田洋'],
      ['構成員', '手島悟(南北大学環境情報学部教授)【主査】', '主査', '手島悟'],
      ['構成員', '浜口総志(南北大学研究所上席所員)', '構成員', '浜口総志'],
      ['構成員', '高山信(総務省サイバーセキュリティ統括官付参事官)', '構成員', '高山信'],
      ['構成員', '希代浩正(法務省民事局商事課補佐官)', '構成員', '希代浩正'],
      ['オブザーバー', '一般財団法人架空データ通信協会', 'オブザーバー', 'organization'],
    ]);
    expect(statements(draft)).toEqual([
      ['構成員', '認定の仕組みについて、利用者にわかりやすく示すべきである。'],
      ['構成員', '国際的な相互承認を視野に入れて検討を進めてほしい。'],
    ]);
    expect(draft.items[0]).toMatchObject({
      type: 'note',
      paragraphs: ['事務局から資料1に基づき説明があった。', '主な意見は以下のとおり。'],
    });
  });

  it('a headquarters 議事録: 会議の模様, speakers in 【】 with their titles', () => {
    const draft = read(itHeadquarters);
    expect([draft.session, draft.date, draft.start, draft.end]).toEqual([25, '2004-05-20', '17:20', '18:20']);
    expect(attendees(draft)).toEqual([
      ['本部員', '茂本 敏夫 IT担当大臣', '本部員', '茂本 敏夫'],
      ['本部員', '山口 英二 情報セキュリティ補佐官', '本部員', '山口 英二'],
    ]);
    expect(statements(draft)).toEqual([
      ['茂本IT担当大臣', 'それでは、ただいまから会合を開会する。'],
      ['山口補佐官', 'ただいま御紹介いただきました山口です。'],
    ]);
    const members = draft.attendees.flatMap((group) => group.members.map((member) => member.party));
    expect(draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []))).toEqual(members);
  });

  it('a 総務省 page: groups in brackets before their entries, 【…部会長】 speakers, 議事録', () => {
    const draft = read(soumuPage);
    expect(draft.session).toBe(9);
    expect(attendees(draft).map(([group, label]) => [group, label])).toEqual([
      ['委員', '樫山隆夫部会長'],
      ['委員', '岡田義朗部会長代理'],
      ['委員', '原口久委員'],
      ['事務局等', '上野行政管理局長'],
      ['事務局等', '長谷官房審議官'],
    ]);
    expect(statements(draft).map(([label]) => label)).toEqual(['樫山部会長', '上野行政管理局長', '原口委員']);
    const members = draft.attendees.flatMap((group) => group.members);
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
    expect(speakers).toEqual([members[0]?.party, members[3]?.party, members[2]?.party]);
  });
});
