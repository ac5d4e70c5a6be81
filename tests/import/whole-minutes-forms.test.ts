/* eslint-disable no-irregular-whitespace -- the minutes are written with their own ideographic spaces */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../tools/import/report';
import type { Draft } from '../../tools/import/types';
import { importText } from './helpers';

/**
 * Whole minutes in forms the real fixtures do not all show, each written here in a layout of its
 * own: 第N and kanji numbering, 開会/閉会 times, a 議事録 whose turns follow 配付資料 with no heading,
 * 議事概要 turns (X委員より、…との意見があった), asides and end marks, a 別紙 in a text edition.
 */
const turns = (draft: Draft) =>
  draft.items.flatMap((item) =>
    item.type === 'statement' ? [[item.label, item.paragraphs.join(''), 'anonymous' in item.speaker]] : [],
  );
const notes = (draft: Draft) => draft.items.flatMap((item) => (item.type === 'note' ? [item.paragraphs.join('')] : []));

const verbatim = `消費者委員会　架空調査部会
第１２回　議事録

一　日　時　　令和６年１１月５日（火）　午後２時００分開会　午後３時３０分閉会
二　場　所　　中央合同庁舎第４号館　共用第１会議室
三　出席者　　（委員）　東 一郎 部会長、西田 花子 委員
　　　　　　　（事務局）　北村参事官
四　配付資料
　　資料１　架空制度の見直しについて
○東部会長　それでは、時間になりましたので始めます。
　　本日は資料１について御議論いただきます。
○北村参事官　資料１について御説明いたします。
（説明につき省略）
○西田委員　一点だけ、
　　確認させてください。
○東部会長　ありがとうございました。
（了承）
－了－
`;

describe('a verbatim 議事録 with kanji numbering and no proceedings heading', () => {
  const draft = importText(verbatim);

  it('reads 一 日 時 with 開会 and 閉会 as the start and the end', () => {
    expect([draft.session, draft.date, draft.start, draft.end]).toEqual([12, '2024-11-05', '14:00', '15:30']);
    expect(draft.venue).toBe('中央合同庁舎第４号館　共用第１会議室');
  });

  it('starts the proceedings at the first ○ turn after 配付資料, and keeps the materials', () => {
    expect(draft.materials.map((material) => material.title)).toEqual(['架空制度の見直しについて']);
    expect(turns(draft)).toEqual([
      ['東部会長', 'それでは、時間になりましたので始めます。本日は資料１について御議論いただきます。', false],
      ['北村参事官', '資料１について御説明いたします。', false],
      ['西田委員', '一点だけ、確認させてください。', false],
      ['東部会長', 'ありがとうございました。', false],
    ]);
  });

  it('keeps asides as notes of their own and ends at －了－', () => {
    expect(notes(draft)).toEqual(['（説明につき省略）', '（了承）']);
  });

  it('attributes each turn to the attendee listed: a 部会長 is the member, a 参事官 the official', () => {
    const party = (label: string) => draft.attendees.flatMap((g) => g.members).find((m) => m.label === label)?.party;
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
    expect(speakers).toEqual([
      party('東 一郎 部会長'),
      party('北村参事官'),
      party('西田 花子 委員'),
      party('東 一郎 部会長'),
    ]);
  });
});

const summary = `架空戦略会議（第３回）議事概要

第１　日時　令和７年２月３日（月）自 午前１０時 至 午前１１時
第２　場所　架空庁会議室
第３　出席者：別紙のとおり
第４　議事概要
○ 開会に当たり、事務局から資料の確認があった。
・山本架空担当大臣から、「架空制度を速やかに整えたい。
　関係省庁と連携する。」といった発言があった。
・川口委員より、地方の実情に配慮すべきとの意見があった。
　・特に小規模な自治体について
　・人材の確保について
〇 審議の結果、原案のとおり了承された。
（別紙）
出席者名簿
山本 太郎　架空担当大臣
　　　　　　内閣府特命担当大臣（架空政策）
川口 次郎　委員
`;

describe('a 議事概要 with its attendees on a 別紙 and turns reported as speech', () => {
  const draft = importText(summary);

  it('reads 第１ 日時 with 自 … 至 … times', () => {
    expect([draft.session, draft.date, draft.start, draft.end]).toEqual([3, '2025-02-03', '10:00', '11:00']);
  });

  it('reads the 別紙 as the attendee list: one entry a row, indented titles continuing it', () => {
    const members = draft.attendees.flatMap((group) => group.members);
    expect(members.map((member) => member.name)).toEqual(['山本 太郎', '川口 次郎']);
    expect(members.some((member) => /別紙/.test(member.label))).toBe(false);
  });

  it('makes each reported speech one turn of its speaker, with the bullets under it', () => {
    expect(turns(draft).map(([label, text]) => [label, text])).toEqual([
      ['山本架空担当大臣', '「架空制度を速やかに整えたい。関係省庁と連携する。」といった発言があった。'],
      ['川口委員', '地方の実情に配慮すべきとの意見があった。・特に小規模な自治体について・人材の確保について'],
    ]);
    const members = draft.attendees.flatMap((group) => group.members);
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
    expect(speakers).toEqual(members.map((member) => member.party));
  });

  it('keeps ○ lines that name no speaker as notes, not turns of a catch-all 出席者', () => {
    expect(notes(draft)).toEqual([
      '開会に当たり、事務局から資料の確認があった。',
      '審議の結果、原案のとおり了承された。',
    ]);
  });

  it('reports the markers against the turns, and warns where a marked speaker opened no turn', () => {
    const report = importReport(draft, summary);
    expect(report).toMatch(
      /speakers: 4 speaker markers in the source \(2 naming a speaker\), 2 turns written, 2 attributed/,
    );
    expect(report).not.toMatch(/WARNING/);
    const lostOne: Draft = { ...draft, turns: { ...draft.turns, lost: [{ line: 9, text: '・川口委員より、…' }] } };
    expect(importReport(lostOne, summary)).toMatch(
      /WARNING: the markers and the turns disagree[\s\S]*line 9: ・川口委員より/,
    );
  });
});

describe('lines padded with spaces', () => {
  it('are read in time linear in their length: 50,000 spaces before one character', () => {
    const padded = (line: string) => `${summary.split('第４')[0] ?? ''}第４　議事概要\n${line}\n`;
    for (const line of [`${' '.repeat(50_000)}x`, `○${' '.repeat(50_000)}x`, `○川口委員${'\u3000'.repeat(50_000)}x`]) {
      const started = performance.now();
      const draft = importText(padded(line));
      // The behaviour: the words after the padding are kept; the time bound is generous, linearity is by construction.
      expect(draft.items.length).toBeGreaterThan(0);
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });
});

const runTogether = `架空会議（第２回）議事要旨
１．日時：平成２６年５月１日（木）１０：００～１１：００
２．場所：架空庁会議室
３．出席者：
（委員）大西 隆(東京大学教授、座長)笠原 久嗣(架空株式会社代表取締役)鈴木 花子(架空大学准教授)
（事務局）松井官房審議官吉田情報セキュリティ対策室長
４．議事概要
○大西座長　本日はよろしくお願いします。
○吉田情報セキュリティ対策室長　資料を説明します。
`;

describe('attendee lists a PDF ran together into one line', () => {
  const draft = importText(runTogether);
  const members = draft.attendees.flatMap((group) => group.members);

  it('splits members after their brackets and officials after their titles', () => {
    expect(members.map((member) => [member.name, member.role])).toEqual([
      ['大西 隆', '座長'],
      ['笠原 久嗣', '委員'],
      ['鈴木 花子', '委員'],
      ['松井', '事務局'],
      ['吉田', '事務局'],
    ]);
  });

  it('attributes the turns to the entries split out', () => {
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
    expect(speakers).toEqual([members[0]?.party, members[4]?.party]);
  });
});

const cabinet = `架空戦略本部
第９回会合　議事概要

１　日時
　令和６年７月１０日（水）８時１５分～８時３５分
２　場所
　総理大臣官邸４階大会議室
３　出席者
本部長　　　北村　正道　内閣官房長官
本部員　　　南雲　賢一　国家公安委員会委員長　　西岡　秀明　デジタル大臣
メンバー　　大友　啓介　架空株式会社執行役員
オブザーバー　日本銀行、預金保険機構
４　議事
○北村本部長それでは、会合を開催します。
○南雲国家公安委員会委員長から、警察の取組について説明があった。
○大友メンバー
・経営層の関与を確保すべき。
・人材の育成が必要。
○渡部医療情報室長補佐　資料４８－１に基づき御説明します。
資料４８－１に基づきまして、補足いたします。
`;

describe('a 議事概要 with roles before the names and turns in several forms', () => {
  const draft = importText(cabinet);
  const members = draft.attendees.flatMap((group) => group.members);

  it('reads a role printed before the first entry of its group (本部長　　北村…) as the group', () => {
    expect(members.map((member) => [member.name, member.role])).toEqual([
      ['北村　正道', '本部長'],
      ['南雲 賢一', '本部員'],
      ['西岡 秀明', '本部員'],
      ['大友　啓介', '構成員'],
      [undefined, 'オブザーバー'],
      [undefined, 'オブザーバー'],
    ]);
    expect(members.slice(-2).every((member) => 'organization' in member.party)).toBe(true);
  });

  it('reads labels run into the words, labels alone over bullets, and 室長補佐; the turns hold the lines after them', () => {
    expect(turns(draft).map(([label, text]) => [label, text])).toEqual([
      ['北村本部長', 'それでは、会合を開催します。'],
      ['南雲国家公安委員会委員長', '警察の取組について説明があった。'],
      ['大友メンバー', '・経営層の関与を確保すべき。・人材の育成が必要。'],
      ['渡部医療情報室長補佐', '資料４８－１に基づき御説明します。資料４８－１に基づきまして、補足いたします。'],
    ]);
  });

  it('gives each listed speaker the attendee, and keeps a role held elsewhere (委員長 of a commission) out of the list', () => {
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
    expect(speakers.slice(0, 3)).toEqual([members[0]?.party, members[1]?.party, members[3]?.party]);
    expect(members[1]?.role).toBe('本部員');
  });
});

const appendixWithRoles = `架空本部（第３回）議事概要

日　時：令和６年１２月２４日（火）９：００～９：１５
場　所：総理大臣官邸
出席者：別紙のとおり。
議事概要：
・浜田内閣総理大臣から、「取組を進める。」といった発言があった。
（別紙）
架空本部 第３回会合 出席者
本部長 浜田 昭彦 内閣総理大臣
本部員 南雲 賢一 国家公安委員会委員長
本部員 稲葉 和也 総務大臣
`;

describe('a 別紙 whose rows open with the role and whose title names the meeting', () => {
  it('reads one entry a row with its role, and the title as no attendee', () => {
    const draft = importText(appendixWithRoles);
    const members = draft.attendees.flatMap((group) => group.members);
    expect(members.map((member) => [member.name, member.role])).toEqual([
      ['浜田 昭彦', '本部長'],
      ['南雲 賢一', '本部員'],
      ['稲葉 和也', '本部員'],
    ]);
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
    expect(speakers).toEqual([members[0]?.party]);
  });
});

/** A 議事録 whose attendee groups carry the list's numbering: （１）委員 / ア 委員 / １．委員. */
const numberedGroups = (members: string, officials: string) => `架空審議会　架空部会（第４回）
議事録

１　日時
　令和６年４月９日（火）１０時００分～１１時００分
２　場所
　架空省第２会議室
３　出席者
${members}
${officials}
４　議事
○東部会長　開会します。
○南委員　一点、申し上げます。
○北村課長　御説明します。
`;

describe('attendee groups headed with the list numbering', () => {
  const forms: [string, string, string][] = [
    ['（１）委員', '（２）架空省', '（１） and （２）'],
    [' ア 委員', ' イ　架空省', 'ア and イ'],
    ['１．委員', '２．架空省', '１． and ２．'],
    ['(a) 委員', '(b) 架空省', '(a) and (b)'],
  ];
  for (const [first, second, name] of forms) {
    it(`reads ${name} as numbering: each group its own, each speaker the listed attendee`, () => {
      const draft = importText(
        numberedGroups(`${first}\n　東部会長、西田委員、\n　南委員`, `${second}\n　北村課長、中島企画官`),
      );
      expect(draft.attendees.map((group) => [group.group, group.members.map((member) => member.label)])).toEqual([
        ['委員', ['東部会長', '西田委員', '南委員']],
        ['架空省', ['北村課長', '中島企画官']],
      ]);
      const members = draft.attendees.flatMap((group) => group.members);
      const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
      expect(speakers).toEqual([members[0]?.party, members[2]?.party, members[3]?.party]);
    });
  }

  it('reads a ministry in round brackets as the group of the entries after it on its line', () => {
    const draft = importText(
      numberedGroups('（委員）東部会長、西田委員、\n　　　　南委員', '（架空省）北村課長、中島企画官'),
    );
    expect(draft.attendees.map((group) => [group.group, group.members.map((member) => member.label)])).toEqual([
      ['委員', ['東部会長', '西田委員', '南委員']],
      ['架空省', ['北村課長', '中島企画官']],
    ]);
  });
});

const presentersAndProfessions = `架空検討会（第２回）議事録

日時：令和６年５月１３日（月）10:00～11:00
場所：架空庁会議室
出席者：
（委員）
東 一郎　座長　架空大学教授
南 花子　弁護士（架空法律事務所）
西田 次郎　公認会計士
（説明者）
架空マーケット株式会社　北村執行役員
架空商事株式会社　中島部長

○東座長　開会します。
○架空マーケット株式会社北村執行役員　御説明します。
○架空商事株式会社中島部長　補足します。
○南委員　質問します。
○西田委員　意見です。
`;

describe('speakers named with their organization, and members whose title is a profession', () => {
  const draft = importText(presentersAndProfessions);
  const members = draft.attendees.flatMap((group) => group.members);

  it('reads a profession after the name (弁護士, 公認会計士) as a title, not as the name', () => {
    expect(members.slice(0, 3).map((member) => member.name)).toEqual(['東 一郎', '南 花子', '西田 次郎']);
  });

  it('gives a label that prints the organization before the name the listed attendee', () => {
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [item.speaker] : []));
    expect(speakers).toEqual([0, 3, 4, 1, 2].map((index) => members[index]?.party));
  });
});

const outcomes = `架空専門調査会（第５回）議事概要

１　日時　令和６年６月３日（月）１０：００～１１：００
２　場所　架空会議室
３　出席者
（委員）
東 一郎(架空大学教授、会長)、西田 花子(架空研究所長)
４　議事概要
（１）取組方針について
○ 若年層への啓発を強化すべきである。
○西田委員より、指標を設けるべきとの意見があった。
○ 審議の結果、資料２のとおり今年度の取組方針を決定した。
（２）報告書について
○ 原案のとおり了承された。
`;

describe('marked lines that report what the meeting did', () => {
  it('are notes, while an unnamed opinion stays an anonymous comment', () => {
    const draft = importText(outcomes);
    expect(turns(draft)).toEqual([
      ['委員', '若年層への啓発を強化すべきである。', true],
      ['西田委員', '指標を設けるべきとの意見があった。', false],
    ]);
    expect(notes(draft)).toEqual([
      '審議の結果、資料２のとおり今年度の取組方針を決定した。',
      '原案のとおり了承された。',
    ]);
  });
});

const listedTitles = `架空構想会議（第７回）議事録

日時：令和６年５月２８日（火）１６時００分から１７時３０分まで
場所：架空庁会議室
【出席者】
村井座長
土屋構成員
（説明者）
架空商事株式会社　中島部長
（事務局）
星野デジタル監
議事録
〇村井座長：開会します。
〇星野デジタル監：御説明します。
〇架空商事株式会社 中島部長：補足します。
〇土屋構成員：意見です。
〇星野技監：この方は名簿にありません。
`;

describe('labels whose title the vocabulary lacks, vouched for by the attendee list', () => {
  const draft = importText(listedTitles);
  const members = draft.attendees.flatMap((group) => group.members);

  it('reads a listed label after a mark as a turn of that attendee, spaced as the list or not', () => {
    const speakers = draft.items.flatMap((item) => (item.type === 'statement' ? [[item.label, item.speaker]] : []));
    expect(speakers).toEqual([
      ['村井座長', members[0]?.party],
      ['星野デジタル監', members[3]?.party],
      ['架空商事株式会社 中島部長', members[2]?.party],
      ['土屋構成員', members[1]?.party],
    ]);
  });

  it('leaves a label neither the vocabulary nor the list knows out of the turns, and counts its marker', () => {
    expect(notes(draft).join('')).toContain('星野技監');
    expect(draft.turns.markers).toBe(5);
    expect(draft.turns.turns).toBe(4);
  });
});

const orderOfBusinessPage = `架空審議会　架空部会（第３回）
議事次第
（１）架空制度について
（２）意見交換
（配付資料）
資料３－１　架空制度の検討状況
参考資料３－１　部会名簿
架空審議会　架空部会（第３回）議事録
(1) 日時 令和５年９月１４日（木）１４時００分～１５時００分
(2) 場所 架空省会議室
(3) 議事
○東部会長 開会します。
`;

describe('a 議事次第 page whose materials are headed （配付資料）, before the title printed again', () => {
  const draft = importText(orderOfBusinessPage);

  it('ends the agenda at （配付資料） and reads the materials, without the title printed again', () => {
    expect(draft.agenda).toEqual(['架空制度について', '意見交換']);
    expect(draft.materials.map((material) => [material.number, material.title])).toEqual([
      ['資料３－１', '架空制度の検討状況'],
      ['参考資料３－１', '部会名簿'],
    ]);
    expect(draft.title).toBe('架空審議会　架空部会（第３回）');
  });
});
