import { type FamilyDocument, MinutesWriter, type Speaker, deal, seeded, who } from './compose.ts';
import { FINANCIAL_CYBER, SUPPLY_CHAIN, WORKFORCE } from './words.ts';

/** サイバーセキュリティ戦略本部 議事概要: ministers in pairs on a line, ○ narrative, ・X大臣から、「…」. */
export function strategyHeadquarters(): FamilyDocument {
  const w = new MinutesWriter();
  w.add(
    'サイバーセキュリティ戦略本部',
    '第４１回会合　議事概要',
    '',
    '１　日時',
    '　令和６年７月１０日（水）８時１５分～８時３５分',
    '',
    '２　場所',
    '　総理大臣官邸４階大会議室',
    '',
    '３　出席者',
    '本部長　　　北村　正道　内閣官房長官',
    '副本部長　　東条　佳代　サイバーセキュリティ戦略担当大臣',
    '本部員　　　南雲　賢一　国家公安委員会委員長　　西岡　秀明　デジタル大臣',
    '　　　　　　稲葉　和也　総務大臣　　　　　　　　丸山　孝　外務大臣',
    '　　　　　　久保　律子　経済産業大臣　　　　　　田島　浩二　防衛大臣',
    '　　　　　　遠藤　真理　慶應義塾大学教授　　　　大森　広志　東西電機株式会社代表取締役会長',
    '　　　　　　井出　達彦　法務大臣　　　　　　　　吉住　昌平　厚生労働大臣',
    '　　　　　　有村　達郎　国土交通大臣　　　　　　松下　由紀夫　経済安全保障担当大臣',
    '　　　　　　菅原　悠　株式会社北斗総合研究所理事長',
    '',
    '４　議事概要',
    '（１）サイバーセキュリティ２０２４（案）について',
  );
  const chief = who('東条', 'サイバーセキュリティ戦略担当大臣');
  w.say(chief, ['議題について説明が行われた。'], 'explain');
  w.add('○ 審議の結果、原案のとおり決定された。', '（２）意見交換', '○ 出席者からの発言は以下のとおり。');
  const quotes: [Speaker, string][] = [
    [
      who('南雲', '国家公安委員会委員長'),
      '警察としては、サイバー特別捜査部を中心に、国際共同捜査への参画を一層進め、ランサムウェア事案への対処能力を高めてまいる。',
    ],
    [
      who('西岡', 'デジタル大臣'),
      'デジタル庁では、ガバメントクラウドのセキュリティ評価を強化するとともに、各府省庁の情報システムの監視体制を整備してまいる。',
    ],
    [
      who('稲葉', '総務大臣'),
      '総務省では、通信事業者と連携したＩｏＴ機器の脆弱性調査を継続し、地方公共団体の対策の底上げに取り組んでまいる。',
    ],
    [
      who('丸山', '外務大臣'),
      '同志国との連携の下、サイバー分野の能力構築支援を進め、国際的なルール作りに積極的に貢献してまいる。',
    ],
    [
      who('久保', '経済産業大臣'),
      '経済産業省では、サプライチェーンのセキュリティ対策評価制度の構築を進め、中小企業の対策を後押ししてまいる。',
    ],
    [
      who('田島', '防衛大臣'),
      '防衛省・自衛隊としては、サイバー防衛隊の体制を拡充し、関係省庁との共同訓練を通じて対処能力の向上を図ってまいる。',
    ],
    [
      who('井出', '法務大臣'),
      '法務省では、サイバー犯罪に関する条約の締結国との捜査共助を円滑に進めるための体制整備を進めてまいる。',
    ],
    [
      who('吉住', '厚生労働大臣'),
      '医療機関へのサイバー攻撃が相次いでいることを踏まえ、病院の対策状況の点検と専門家の派遣を強化してまいる。',
    ],
    [
      who('有村', '国土交通大臣'),
      '港湾や空港のシステムの停止が物流に与える影響は大きく、重要インフラとしての対策の強化を急いでまいる。',
    ],
    [
      who('松下', '経済安全保障担当大臣'),
      '基幹インフラ制度の運用を通じて、重要な設備のサプライチェーンリスクへの対応を着実に進めてまいる。',
    ],
    [
      who('遠藤', '本部員'),
      '新たな戦略の実行に当たっては、官民の人材の流動性を高めることが重要であり、大学としても実践的な教育に力を入れていきたい。',
    ],
    [
      who('大森', '本部員'),
      '産業界としても、経営層がサイバーセキュリティを経営課題として捉え、投資を進めることが重要と考えている。',
    ],
    [
      who('菅原', '本部員'),
      '重要インフラ事業者の間での情報共有が進みつつあるが、中小の事業者にも情報が届く仕組みを整えることが必要である。',
    ],
  ];
  for (const [speaker, words] of quotes) w.say(speaker, [words], 'quote');
  w.say(chief, ['本日の御意見を踏まえ、関係省庁と連携して年度内に具体的な工程を取りまとめてまいる。'], 'quote');
  w.add('（３）本部長締めくくり発言');
  w.say(
    who('北村', '内閣官房長官'),
    [
      '本日決定したサイバーセキュリティ２０２４に基づき、各府省庁は緊密に連携して施策を着実に実行していただきたい。',
      '特に、重要インフラ分野における対策の強化と、人材の確保・育成に政府一丸となって取り組んでいただきたい。',
      '東条大臣を中心に、年度内の進捗を本部に報告していただくようお願いする。',
    ],
    'nested',
  );
  w.add('', '以上');
  return {
    file: '01-nisc-honbu-41.txt',
    edition: 'utf-8',
    about:
      "サイバーセキュリティ戦略本部 議事概要: ministers two to a line, ○ narrative lines, ・X大臣から、「…」, the chief's closing words as bullets",
    lines: w.lines,
    expect: {
      date: '2024-07-10',
      session: 41,
      start: '08:15',
      end: '08:35',
      venue: '総理大臣官邸４階大会議室',
      publisher: '内閣サイバーセキュリティセンター',
      persons: 15,
      statements: w.turns,
    },
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 経済産業省's 議事要旨 page: 日時 and 場所 in one <h2>, 出席者 run together in a <p>, ・X委員より、…との意見があった。 */
export function supplyChainPage(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(4);
  const members = [
    '松本座長',
    '青木委員',
    '石原委員',
    '伊藤委員',
    '岩崎委員',
    '梶屋委員',
    '北川委員',
    '戸田委員',
    '西田委員',
    '渡部委員',
  ];
  const speakers = members.map((label) => ({ key: label.slice(0, 2), label }));
  const opinions = random.some(SUPPLY_CHAIN.opinions, SUPPLY_CHAIN.opinions.length);
  const firstItem: string[] = [];
  const secondItem: string[] = [];
  for (const [index, opinion] of opinions.entries()) {
    const before = w.lines.length;
    w.say(random.pick(speakers), [opinion], 'bullet-yori');
    (index < 6 ? firstItem : secondItem).push(...w.lines.slice(before));
  }
  for (const opinion of random.some(SUPPLY_CHAIN.opinions, 6)) {
    const before = w.lines.length;
    w.say(random.pick(speakers), [`${opinion}。また、${random.pick(SUPPLY_CHAIN.opinions)}`], 'bullet-yori');
    secondItem.push(...w.lines.slice(before));
  }
  const list = (lines: string[]) => [
    '<ul>',
    ...lines.map((line) => `<li>${escapeHtml(line.replace(/^・/, ''))}</li>`),
    '</ul>',
  ];
  const html = [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="UTF-8">',
    '<title>サプライチェーン・サイバーセキュリティ対策評価制度検討会（第4回）‐議事要旨 (METI/経済産業省)</title>',
    '</head>',
    '<body>',
    '<header id="header"><nav><ul><li><a href="/">ホーム</a></li><li><a href="/shingikai/">審議会・研究会</a></li><li><a href="/english/">English</a></li></ul></nav></header>',
    '<div id="main">',
    '<div class="main w1000">',
    '<h1>サプライチェーン・サイバーセキュリティ対策評価制度検討会（第4回）‐議事要旨</h1>',
    '<h2 class="gray">日時：令和5年11月20日（月曜日）15時00分～17時00分<br>',
    '場所：経済産業省本館17階第1特別会議室及びオンライン</h2>',
    '<h3>出席者</h3>',
    `<p>${members.join('、')}<br>`,
    '経済産業省：三角審議官、奥田サイバーセキュリティ課長</p>',
    '<h3>議題</h3>',
    '<ol>',
    '<li>評価制度の基本的な枠組みについて</li>',
    '<li>制度の普及に向けた取組について</li>',
    '</ol>',
    '<h3>議事概要</h3>',
    '<p>事務局から資料3及び資料4に基づき説明を行い、その後、自由討議を行った。委員からの主な意見は以下のとおり。</p>',
    '<h4>（1）評価制度の基本的な枠組みについて</h4>',
    ...list(firstItem),
    '<h4>（2）制度の普及に向けた取組について</h4>',
    ...list(secondItem),
    '<p class="right">以上</p>',
    '<h3>お問合せ先</h3>',
    '<p>商務情報政策局 サイバーセキュリティ課<br>',
    '電話：03-3501-1511（内線3964）</p>',
    '<p>最終更新日：2023年12月5日</p>',
    '</div>',
    '</div>',
    '<footer><p>© Ministry of Economy, Trade and Industry.</p></footer>',
    '</body>',
    '</html>',
  ];
  return {
    file: '05-meti-supply-chain-04.html',
    edition: 'html',
    about:
      '経済産業省 議事要旨 page: 日時 and 場所 in one <h2>, attendees run together in a <p>, opinions as list items ・X委員より、…との意見があった。, site navigation and footer',
    lines: html,
    expect: {
      date: '2023-11-20',
      session: 4,
      start: '15:00',
      end: '17:00',
      venue: '経済産業省本館17階第1特別会議室',
      publisher: '経済産業省',
      persons: 12,
      statements: w.turns,
    },
  };
}

/** 内閣府 本部 議事概要 (PDF): 出席者：別紙のとおり。, ・X大臣から、「…」, the Prime Minister's words as bullets, the 別紙 list. */
export function spaceHeadquarters(): FamilyDocument {
  const w = new MinutesWriter();
  w.add(
    '宇宙開発戦略本部　第３２回会合　議事概要',
    '',
    '１．日時：令和６年１２月２４日（火）９：００～９：１５',
    '２．場所：総理大臣官邸４階大会議室',
    '３．出席者：別紙のとおり。',
    '４．議事概要',
    '（１）宇宙基本計画工程表の改訂について',
  );
  w.say(who('城島', '宇宙政策担当大臣'), ['資料に基づき説明が行われた。'], 'explain');
  w.add('○ 審議の結果、原案のとおり決定された。', '（２）意見交換', '○ 出席者からの発言は以下のとおり。');
  const ministers: [string, string, string][] = [
    [
      '稲葉',
      '総務大臣',
      '総務省では、衛星通信を活用した災害時の通信確保に向けて、地方公共団体との実証を進めてまいる。',
    ],
    ['丸山', '外務大臣', '宇宙空間の安定的な利用の確保に向けて、同志国と連携し、国際的な規範作りを主導してまいる。'],
    ['岡部', '文部科学大臣', '基幹ロケットの打上げ能力の強化と、月面探査に向けた研究開発を着実に進めてまいる。'],
    ['久保', '経済産業大臣', '宇宙産業の市場規模の拡大に向け、スタートアップへの支援と人材の育成を強化してまいる。'],
    ['中原', '農林水産大臣', '衛星データを活用したスマート農業の普及を進め、農業の生産性の向上を図ってまいる。'],
    ['有村', '国土交通大臣', '準天頂衛星システムの機能向上を進め、測位情報の利用拡大を図ってまいる。'],
    ['田島', '防衛大臣', '宇宙領域の把握能力の強化に向け、宇宙作戦群の体制を拡充してまいる。'],
    ['谷口', '環境大臣', '温室効果ガス観測技術衛星のデータを国際的に提供し、気候変動対策に貢献してまいる。'],
    ['西岡', 'デジタル大臣', '衛星データの利活用に向けて、政府のデータ基盤との連携を進めてまいる。'],
    [
      '南雲',
      '国家公安委員会委員長',
      '衛星を狙ったサイバー攻撃への対処に向けて、関係機関との情報共有を強化してまいる。',
    ],
    [
      '井出',
      '法務大臣',
      '宇宙活動に関する法制度について、民間事業者の参入を促す観点から必要な見直しを検討してまいる。',
    ],
    ['加賀谷', '財務大臣', '宇宙関連予算については、成果を見極めつつ、重点的かつ効率的な配分に努めてまいる。'],
    ['吉住', '厚生労働大臣', '衛星を活用した遠隔医療の取組について、へき地や離島での実証を支援してまいる。'],
    [
      '松下',
      '経済安全保障担当大臣',
      '宇宙分野の重要技術の育成に向けて、経済安全保障重要技術育成プログラムを活用してまいる。',
    ],
    [
      '東条',
      'サイバーセキュリティ戦略担当大臣',
      '衛星システムのサイバーセキュリティ対策について、ガイドラインの策定を進めてまいる。',
    ],
  ];
  for (const [key, role, words] of ministers) w.say(who(key, role), [words], 'quote');
  w.say(
    { key: '北村', label: '北村内閣官房長官' },
    ['宇宙安全保障の観点からも、関係省庁が連携して工程表の着実な実施に努めていただきたい。'],
    'quote',
  );
  w.add('（３）本部長締めくくり発言');
  w.say(
    who('浜田', '内閣総理大臣'),
    [
      '本日、宇宙基本計画工程表を改訂いたしました。',
      '宇宙は、安全保障、経済、科学のいずれの面においても重要性を増しております。',
      '宇宙戦略基金を活用して、民間の技術開発を強力に後押ししてまいります。',
      '各大臣におかれては、城島大臣を中心に、工程表の着実な実施に取り組んでいただきたい。',
    ],
    'nested',
  );
  w.add('', '（以上）', '\f', '（別紙）', '', '宇宙開発戦略本部　第３２回会合　出席者', '');
  const roster: [string, string][] = [
    ['本部長', '浜田　昭彦　内閣総理大臣'],
    ['副本部長', '北村　正道　内閣官房長官'],
    ['副本部長', '城島　由美　宇宙政策担当大臣'],
    ['本部員', '南雲　賢一　国家公安委員会委員長'],
    ['本部員', '稲葉　和也　総務大臣'],
    ['本部員', '井出　達彦　法務大臣'],
    ['本部員', '丸山　孝　外務大臣'],
    ['本部員', '加賀谷　俊　財務大臣'],
    ['本部員', '岡部　美奈子　文部科学大臣'],
    ['本部員', '吉住　昌平　厚生労働大臣'],
    ['本部員', '中原　大輔　農林水産大臣'],
    ['本部員', '久保　律子　経済産業大臣'],
    ['本部員', '有村　達郎　国土交通大臣'],
    ['本部員', '谷口　智子　環境大臣'],
    ['本部員', '田島　浩二　防衛大臣'],
    ['本部員', '西岡　秀明　デジタル大臣'],
    ['本部員', '東条　佳代　サイバーセキュリティ戦略担当大臣'],
    ['本部員', '松下　由紀夫　経済安全保障担当大臣'],
  ];
  for (const [role, entry] of roster) w.add(`${role}\u3000\u3000${entry}`);
  return {
    file: '08-cao-uchu-honbu-32.pdf',
    edition: 'pdf',
    pageMark: (page) => `－${page}－`,
    about:
      "内閣府 本部 議事概要 as a PDF: 出席者：別紙のとおり。, ○ narrative lines, ・X大臣から、「…」, the chief's words as bullets, a 別紙 page listing 18 attendees, －N－ page marks",
    lines: w.lines,
    expect: {
      date: '2024-12-24',
      session: 32,
      start: '09:00',
      end: '09:15',
      venue: '総理大臣官邸４階大会議室',
      publisher: '内閣府',
      persons: roster.length,
      statements: w.turns,
    },
  };
}

/** NISC 専門調査会 議事概要: attendees a PDF ran together, ４ 資料, X委員より、…との意見があった。 and ○ 審議の結果. */
export function workforceCommittee(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(18);
  w.add(
    'サイバーセキュリティ戦略本部',
    '普及啓発・人材育成専門調査会（第１８回）議事概要',
    '',
    '１　日時　令和５年６月２日（金）１０：００～１２：００',
    '２　場所　中央合同庁舎第４号館１１階　共用第１特別会議室',
    '３　出席者',
    '（委員）',
    '大川 隆(東都大学教授、会長)笠原 久志(北辰電気株式会社執行役員)佐久間 由香(一般社団法人架空情報セキュリティ協会理事)',
    '竹中 亮(南洋大学准教授)中條 恵(株式会社ミライ総研主席研究員)野田 雅人(関東情報技術専門学校長)',
    '（事務局）',
    '松井内閣審議官吉田参事官林田企画官',
    '- 1 -',
    '４　資料',
    '資料１　人材育成プログラムの取組状況',
    '資料２　普及啓発に関する今年度の取組方針（案）',
    '参考資料　委員名簿',
    '５　議事概要',
    '（１）人材育成プログラムの取組状況について',
    '事務局から資料１に基づき説明が行われた後、意見交換が行われた。主な意見は以下のとおり。',
  );
  const members = [
    { key: '大川', label: '大川会長' },
    { key: '笠原', label: '笠原委員' },
    { key: '佐久間', label: '佐久間委員' },
    { key: '竹中', label: '竹中委員' },
    { key: '中條', label: '中條委員' },
    { key: '野田', label: '野田委員' },
  ];
  const opinions = random.some(WORKFORCE.opinions, WORKFORCE.opinions.length);
  for (const opinion of opinions.slice(0, 6)) w.say(random.pick(members), [opinion], 'yori');
  w.add('- 2 -');
  w.say(
    { key: '吉田', label: '吉田参事官' },
    ['御指摘の点については来年度の施策の検討に反映したい旨の回答があった。'],
    'explain',
  );
  w.add('（２）普及啓発に関する今年度の取組方針（案）について', '事務局から資料２に基づき説明が行われた。');
  for (const opinion of opinions.slice(6)) w.say(random.pick(members), [opinion], 'yori');
  w.add(
    '○ 審議の結果、資料２のとおり今年度の取組方針を決定した。',
    '（３）その他',
    '事務局から、次回は１０月頃に開催する予定である旨の説明があった。',
    '',
    '以上',
  );
  return {
    file: '11-nisc-jinzai-chosakai-18.txt',
    edition: 'utf-8',
    about:
      'NISC 専門調査会 議事概要: attendees a PDF ran together on one line, officials with no separator, ４ 資料, X委員より、…との意見があった。, ○ 審議の結果, - N - page marks',
    lines: w.lines,
    expect: {
      date: '2023-06-02',
      session: 18,
      start: '10:00',
      end: '12:00',
      venue: '中央合同庁舎第４号館',
      publisher: '内閣サイバーセキュリティセンター',
      persons: 9,
      statements: w.turns,
    },
  };
}

/** 金融庁 有識者会議 議事要旨: full names with titles, observers, ○X メンバー alone on a line and bullets under it. */
export function financialCyberPanel(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(2);
  w.add(
    '金融分野におけるサイバーセキュリティに関する有識者会議（第２回）議事要旨',
    '',
    '1．日時：令和６年８月２７日（火）１０時００分～１２時００分',
    '2．場所：金融庁　共用第三特別会議室（オンライン併用）',
    '3．出席者：',
    '　座長　　　　岩田　真一　　東邦大学大学院教授',
    '　メンバー　　大友　啓介　　株式会社西日本セキュリティ研究所代表取締役',
    '　　　　　　　小池　理恵　　弁護士（北斗法律事務所）',
    '　　　　　　　佐藤　弘樹　　一般社団法人架空金融ＩＳＡＣ専務理事',
    '　　　　　　　徳永　亜紀　　中央情報大学教授',
    '　　　　　　　水野　隆　　　南海銀行執行役員ＣＩＳＯ',
    '　オブザーバー　日本銀行、預金保険機構',
    '4．議事',
    '　事務局より資料に基づき説明の後、意見交換を行った。主な意見は以下のとおり。',
    '',
  );
  const speakers = ['岩田座長', '大友メンバー', '小池メンバー', '佐藤メンバー', '徳永メンバー', '水野メンバー'].map(
    (label) => ({
      key: label.slice(0, 2),
      label,
    }),
  );
  const points = deal(random, FINANCIAL_CYBER);
  for (let turn = 0; turn < 16; turn += 1) {
    w.say(speakers[(turn * 5 + 1) % speakers.length] as Speaker, points(1 + (turn % 2)), 'own-line-bullets');
  }
  w.add(
    '',
    '（以上）',
    '',
    'お問い合わせ先',
    '金融庁　Tel 03-3506-6000(代表)',
    '総合政策局リスク分析総括課（内線3224）',
  );
  return {
    file: '14-fsa-cyber-yushikisha-02.txt',
    edition: 'utf-8',
    about:
      '金融庁 有識者会議 議事要旨: full names with titles, observing organizations, ○X メンバー alone on a line with its points as ・ bullets under it, お問い合わせ先',
    lines: w.lines,
    expect: {
      date: '2024-08-27',
      session: 2,
      start: '10:00',
      end: '12:00',
      venue: '金融庁',
      publisher: '金融庁',
      persons: 6,
      statements: w.turns,
    },
  };
}
