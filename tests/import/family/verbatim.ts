import { type FamilyDocument, MinutesWriter, type Speaker, discuss, seeded, who } from './compose.ts';
import { CONSUMER, DIGITAL, HEALTH, NETWORK, PAYMENTS, TRUST_LAW } from './words.ts';

/** 法制審議会 部会 議事録 (法務省): 第１ 日 時 … 自/至, verbatim ○X部会長, 幹事, 関係官 with （俊）. */
export function justiceSubcommittee(): MinutesWriter {
  const w = new MinutesWriter();
  const random = seeded(12);
  w.add(
    '',
    '',
    '法制審議会',
    '信託法部会',
    '第１２回会議　議事録',
    '',
    '',
    '\f',
    '第１　日　時　　令和６年１０月２２日（火）自　午後１時３０分',
    '　　　　　　　　　　　　　　　　　　　　　至　午後４時５２分',
    '',
    '第２　場　所　　法務省大会議室',
    '',
    '第３　議　題　　信託法等の見直しに関する要綱案の取りまとめに向けた検討(2)',
    '',
    '第４　議　事　　（次のとおり）',
    '',
    '\f',
    '議　　　　　　　　事',
  );
  const chair = who('長谷川', '部会長');
  const secretary = who('杉本', '幹事');
  const official = { key: '小川', label: '小川（俊）関係官' };
  const members = [
    who('林', '委員'),
    who('大野', '委員'),
    who('横山', '幹事'),
    who('宮内', '委員'),
    who('石川', '委員'),
  ];
  w.say(
    chair,
    [
      '定刻になりましたので、法制審議会信託法部会の第１２回会議を開会いたします。',
      '本日は御多忙の中、御出席いただきまして誠にありがとうございます。',
      '本日は大野委員、横山幹事はウェブ会議の方法で御出席と伺っております。',
      'また、新たに石川委員が就任されましたので、一言御挨拶をお願いいたします。',
    ],
    'space',
  );
  w.add('（委員の自己紹介につき省略）');
  w.say(chair, ['ありがとうございました。', 'それでは、事務当局から配布資料の説明をお願いいたします。'], 'space');
  w.say(
    secretary,
    [
      '杉本でございます。本日は、部会資料１２「信託法等の見直しに関する要綱案のたたき台（２）」をお配りしております。',
      '資料の内容につきましては、後ほどの審議の中で御説明させていただきます。',
    ],
    'space',
  );
  w.say(
    chair,
    ['それでは、審議に入ります。まず、部会資料１２の第１について、事務当局から説明をお願いします。'],
    'space',
  );
  w.say(
    official,
    [
      '法務省の小川でございます。第１の受託者の義務につきましては、前回の御議論を踏まえまして、甲案と乙案の二つの案をお示ししております。',
      '甲案は、受託者に定期的な報告を義務付ける考え方であり、乙案は、受益者の請求があった場合に報告を求める考え方でございます。',
      '説明は以上でございます。',
    ],
    'space',
  );
  discuss(w, random, {
    chair,
    members,
    officials: [official, secretary],
    opinions: TRUST_LAW.opinions,
    answers: TRUST_LAW.answers,
    rounds: 12,
    form: 'space',
    selfIntroduce: true,
  });
  w.say(
    chair,
    [
      'ありがとうございました。ほかに御意見ございませんでしょうか。',
      'よろしいでしょうか。それでは、本日の御議論を踏まえて、事務当局において次回の資料を準備していただきます。',
      '最後に、今後のスケジュールについて、事務当局から説明をお願いします。',
    ],
    'space',
  );
  w.say(
    secretary,
    [
      '次回の部会は、１１月２６日火曜日の午後１時３０分から、場所は本日と同じこの会議室を予定しております。',
      '事務当局からは以上でございます。',
    ],
    'space',
  );
  w.say(
    chair,
    [
      'それでは、法制審議会信託法部会第１２回会議を閉会させていただきます。',
      '本日は熱心な御審議を賜りまして、ありがとうございました。',
    ],
    'space',
  );
  w.add('－了－');
  return w;
}

export function justiceExpectation(w: MinutesWriter) {
  return {
    date: '2024-10-22',
    session: 12,
    start: '13:30',
    end: '16:52',
    venue: '法務省大会議室',
    publisher: '法務省',
    persons: null,
    statements: w.turns,
  };
}

/** 総務省 分科会 議事録: １ 日時 (午前…から午前…まで), groups （１）構成員 （２）総務省 run together. */
export function networkPolicy(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(5);
  w.add(
    'ＩＣＴサイバーセキュリティ政策分科会（第５回）',
    '議事録',
    '',
    '１　日時',
    '　令和６年２月２日（金）午前１０時００分から午前１１時５０分まで',
    '',
    '２　場所',
    '　総務省第１会議室（中央合同庁舎第２号館１０階）及びＷｅｂ会議',
    '',
    '３　出席者',
    '（１）構成員',
    '　後藤主査、岡田主査代理、石井構成員、上野構成員、小島構成員、多田構成員、',
    '　中西構成員、森構成員',
    '（２）総務省',
    '　山田サイバーセキュリティ統括官、木下大臣官房審議官、坂本参事官（総括担当）、',
    '　村上参事官（政策担当）、吉川サイバーセキュリティ統括官室企画官',
    '',
    '４　議題',
    '（１）電気通信事業者による積極的なサイバー攻撃対策について',
    '（２）地域におけるセキュリティ人材の育成について',
    '（３）その他',
    '',
    '５　議事録',
    '【開会】',
  );
  const chair = who('後藤', '主査');
  const members = [
    '岡田主査代理',
    '石井構成員',
    '上野構成員',
    '小島構成員',
    '多田構成員',
    '中西構成員',
    '森構成員',
  ].map((label) => ({ key: label.slice(0, 2), label }));
  const officials = [who('坂本', '参事官'), who('村上', '参事官')];
  w.say(
    chair,
    [
      'おはようございます。定刻となりましたので、ＩＣＴサイバーセキュリティ政策分科会の第５回会合を開催いたします。',
      '本日は、構成員の皆様に会場とＷｅｂ会議の両方で御参加いただいております。',
      'まず、議事に入ります前に、事務局から資料の確認をお願いします。',
    ],
    'space',
  );
  w.say(
    officials[0] as Speaker,
    [
      '事務局でございます。本日の資料は、議事次第に記載のとおり、資料５－１から資料５－３まででございます。',
      '不足等ございましたら、事務局までお知らせください。',
    ],
    'space',
  );
  w.add('【議題（１）電気通信事業者による積極的なサイバー攻撃対策について】');
  w.say(chair, ['それでは、議題（１）について、事務局から説明をお願いします。'], 'space');
  w.say(
    officials[1] as Speaker,
    [
      '資料５－１に基づきまして御説明いたします。',
      '２ページ目を御覧ください。前回の会合で頂いた御意見を、通信の秘密との関係、事業者の負担、国際連携の三つに整理しております。',
      '３ページ目以降では、それぞれの論点について、対応の方向性をお示ししております。説明は以上でございます。',
    ],
    'space',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: NETWORK.opinions,
    answers: NETWORK.answers,
    rounds: 9,
    form: 'space',
  });
  w.add('【議題（２）地域におけるセキュリティ人材の育成について】');
  w.say(chair, ['続きまして、議題（２）について、事務局から説明をお願いします。'], 'space');
  w.say(
    officials[0] as Speaker,
    [
      '資料５－２を御覧ください。地域におけるセキュリティ人材の育成につきまして、今年度の実施状況を御報告いたします。',
      '全国１１か所で実践的な演習を実施し、延べ約１，２００名の方に御参加いただきました。',
    ],
    'space',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: NETWORK.opinions,
    answers: NETWORK.answers,
    rounds: 4,
    form: 'space',
  });
  w.say(
    chair,
    [
      'それでは、本日の議論はここまでとさせていただきます。頂いた御意見を踏まえて、事務局で取りまとめ案を作成していただきます。',
    ],
    'space',
  );
  w.add('（了承）');
  w.say(chair, ['最後に、事務局から連絡事項をお願いします。'], 'space');
  w.say(officials[0] as Speaker, ['次回の日程につきましては、別途御連絡させていただきます。'], 'space');
  w.say(chair, ['それでは、以上で本日の会合を閉会いたします。ありがとうございました。'], 'space');
  w.add('', '（以上）');
  return {
    file: '04-soumu-ict-bunkakai-05.txt',
    edition: 'utf-8-bom',
    about:
      '総務省 分科会 議事録: 午前…から午前…まで, attendee groups （１）（２） run together, agenda （１）（２）, 【議題（１）…】 headings, （了承）',
    lines: w.lines,
    expect: {
      date: '2024-02-02',
      session: 5,
      start: '10:00',
      end: '11:50',
      venue: '総務省第１会議室',
      publisher: '総務省',
      persons: 13,
      statements: w.turns,
    },
  };
}

/** デジタル庁 議事録 (PDF): a cover page, a 議事次第 page with 配付資料 and 出席者, then 〇X大臣： turns. */
export function digitalSociety(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(7);
  w.add('', '', 'デジタル社会構想会議', '（第７回）', '議事録', '', '', '令和６年５月２８日', 'デジタル庁', '\f');
  w.add(
    'デジタル社会構想会議（第７回）',
    '議事次第',
    '',
    '日時：令和６年５月２８日（火）１６時００分から１７時３０分まで',
    '場所：デジタル庁２０階会議室及びオンライン',
    '',
    '１　開会',
    '２　議事',
    '（１）デジタル社会の実現に向けた重点計画の改定について',
    '（２）構成員からの発表',
    '３　閉会',
    '',
    '【配付資料】',
    '資料１　重点計画の改定の方向性（事務局資料）',
    '資料２　松井構成員提出資料',
    '参考資料　構成員名簿',
    '',
    '【出席者】',
    '河合大臣',
    '深津副大臣',
    '村井座長',
    '松井座長代理',
    '青柳構成員',
    '石崎構成員',
    '今井構成員',
    '加納構成員',
    '國領構成員',
    '清水構成員',
    '土屋構成員',
    '（事務局）',
    '星野デジタル監',
    '浅沼統括官',
    '\f',
    '議事録',
  );
  const chair = who('村井', '座長');
  const minister = who('河合', '大臣');
  const deputy = who('深津', '副大臣');
  const members = [
    '松井座長代理',
    '青柳構成員',
    '石崎構成員',
    '今井構成員',
    '加納構成員',
    '國領構成員',
    '清水構成員',
    '土屋構成員',
  ].map((label) => ({ key: label.slice(0, 2), label }));
  const officials = [who('星野', 'デジタル監'), who('浅沼', '統括官')];
  w.say(
    chair,
    [
      'それでは、定刻になりましたので、ただいまからデジタル社会構想会議の第７回を開催いたします。',
      '本日は、河合大臣、深津副大臣に御出席いただいております。初めに、河合大臣から御挨拶をお願いいたします。',
    ],
    'colon',
  );
  w.say(
    minister,
    [
      '皆さん、こんにちは。お忙しいところお集まりいただき、ありがとうございます。',
      '重点計画の改定に向けて、本日は忌憚のない御意見を頂きたいと思います。よろしくお願いします。',
    ],
    'colon',
  );
  w.say(chair, ['ありがとうございました。それでは、議事（１）について、事務局から説明をお願いします。'], 'colon');
  w.say(
    officials[1] as Speaker,
    [
      '資料１に沿って御説明いたします。重点計画の改定の方向性として、三つの柱をお示ししております。',
      '第一に、利用者中心の行政サービスの実現、第二に、データ連携基盤の整備、第三に、デジタル人材の確保でございます。',
      '以上でございます。',
    ],
    'colon',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: DIGITAL.opinions,
    answers: DIGITAL.answers,
    rounds: 8,
    form: 'colon',
  });
  w.say(chair, ['続きまして、議事（２）として、松井座長代理から御発表をお願いします。'], 'colon');
  w.say(
    members[0] as Speaker,
    [
      '資料２を御覧ください。私からは、自治体のシステム標準化の現場で見えてきた課題を三点申し上げます。',
      '一点目は移行経費、二点目は人材、三点目はベンダーの供給能力でございます。',
    ],
    'colon',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: DIGITAL.opinions,
    answers: DIGITAL.answers,
    rounds: 5,
    form: 'colon',
  });
  w.say(deputy, ['本日頂いた御意見は、しっかりと重点計画に反映させてまいります。ありがとうございました。'], 'colon');
  w.say(
    minister,
    [
      '本日は多岐にわたる御意見を頂き、ありがとうございました。',
      '特に自治体の現場の課題については、私から関係省庁にも直接働きかけてまいります。',
    ],
    'colon',
  );
  w.say(chair, ['それでは、以上をもちまして、本日の会議を終了いたします。ありがとうございました。'], 'colon');
  w.add('', '以上');
  return {
    file: '06-digital-kousou-kaigi-07.pdf',
    edition: 'pdf',
    justify: true,
    about:
      'デジタル庁 議事録 as a PDF: a cover page, a 議事次第 page (agenda, 配付資料, 出席者), 〇X大臣： turns with a colon',
    lines: w.lines,
    runningHeader: 'デジタル社会構想会議（第７回）議事録',
    expect: {
      date: '2024-05-28',
      session: 7,
      start: '16:00',
      end: '17:30',
      venue: 'デジタル庁２０階会議室',
      publisher: 'デジタル庁',
      persons: 13,
      statements: w.turns,
    },
  };
}

/** 消費者庁 検討会 議事録: 日時：10:00～12:00 unnumbered, ≪１．開会≫ sections, ○X座長 with an ASCII space. */
export function consumerPlatforms(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(3);
  w.add(
    '第３回　取引デジタルプラットフォーム消費者保護検討会',
    '議事録',
    '',
    '日時：令和５年１０月１０日（火）10:00～12:00',
    '場所：消費者庁６階大会議室（オンライン併用）',
    '出席者：',
    '（委員）',
    '中川座長、野村座長代理、秋山委員、井口委員、江川委員、',
    '小野寺委員、北原委員、佐野委員',
    '（説明者）',
    'ミナトマーケット株式会社　白石執行役員',
    '（消費者庁）',
    '藤井審議官、高木取引対策課長、永田取引対策課企画官',
    '',
    '議事次第',
    '１．開会',
    '２．プラットフォーム事業者からのヒアリング',
    '３．意見交換',
    '４．閉会',
    '',
    '≪１．開会≫',
  );
  const chair = who('中川', '座長');
  const members = ['野村座長代理', '秋山委員', '井口委員', '江川委員', '小野寺委員', '北原委員', '佐野委員'].map(
    (label) => ({
      key: label.startsWith('小野寺') ? '小野寺' : label.slice(0, 2),
      label,
    }),
  );
  const officials = [who('高木', '取引対策課長'), who('永田', '取引対策課企画官')];
  const presenter = { key: '白石', label: 'ミナトマーケット株式会社白石執行役員' };
  w.say(
    chair,
    [
      '皆様、おはようございます。ただいまから第３回「取引デジタルプラットフォーム消費者保護検討会」を開催いたします。',
      '本日は、井口委員がオンラインで御出席です。',
    ],
    'half',
    '',
  );
  w.say(who('藤井', '審議官'), ['審議官の藤井でございます。本日もよろしくお願いいたします。'], 'half', '');
  w.add('', '≪２．プラットフォーム事業者からのヒアリング≫');
  w.say(chair, ['それでは、ミナトマーケット株式会社の白石様から御説明をお願いいたします。'], 'half', '');
  w.say(
    presenter,
    [
      'ミナトマーケットの白石でございます。本日はこのような機会を頂き、ありがとうございます。',
      '当社のマーケットプレイスでは、出店者の本人確認を出店時と年１回の更新時に行っております。',
      'また、消費者からの申出を受け付ける窓口を設けまして、平均２営業日以内に出店者への連絡を行っております。',
    ],
    'half',
    '',
  );
  for (let round = 0; round < 4; round += 1) {
    const member = random.pick(members);
    w.say(
      member,
      [`${random.pick(CONSUMER.opinions)}この点について、ミナトマーケットではどのように対応されていますか。`],
      'half',
      '',
    );
    w.say(
      presenter,
      [
        '御質問ありがとうございます。その点につきましては、社内で対応の手順を定めておりまして、状況に応じて出店者に是正を求めております。',
      ],
      'half',
      '',
    );
  }
  w.say(chair, ['白石様、ありがとうございました。'], 'half', '');
  w.add('', '≪３．意見交換≫');
  w.say(chair, ['それでは、意見交換に移ります。事務局から資料３の説明をお願いします。'], 'half', '');
  w.say(
    officials[0] as Speaker,
    ['取引対策課長の高木でございます。資料３は、前回までの御議論を論点ごとに整理したものでございます。'],
    'half',
    '',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: CONSUMER.opinions,
    answers: CONSUMER.answers,
    rounds: 10,
    form: 'half',
    indent: '',
  });
  w.add('', '≪４．閉会≫');
  w.say(
    chair,
    [
      'それでは、時間となりましたので、本日はこれにて閉会とさせていただきます。',
      '次回の日程については、事務局から追って御連絡いたします。',
    ],
    'half',
    '',
  );
  w.add('', '（以上）');
  return {
    file: '07-caa-platform-kentokai-03.txt',
    edition: 'utf-8',
    about:
      '消費者庁 検討会 議事録: 日時：10:00～12:00 with no numbering, a presenter from a company, ≪１．開会≫ sections, ○X座長 with an ASCII space',
    lines: w.lines,
    expect: {
      date: '2023-10-10',
      session: 3,
      start: '10:00',
      end: '12:00',
      venue: '消費者庁６階大会議室',
      publisher: '消費者庁',
      persons: 12,
      statements: w.turns,
    },
  };
}

/** 厚生労働省 部会 議事録: the web page's ○日時 / ○場所 / ○出席者 labels, then ○X部会長 turns. */
export function healthInformation(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(9);
  w.add(
    '２０２３年１２月１日　第６回厚生科学審議会医療情報安全部会　議事録',
    '',
    '医政局',
    '',
    '○日時',
    '令和５年１２月１日（金）１５：００～１７：００',
    '',
    '○場所',
    '厚生労働省　専用第２２会議室（１８階）',
    '',
    '○出席者',
    '【委員】',
    '田中部会長、石田委員、内山委員、大塚委員、神田委員、小林委員、',
    '高橋委員、中島委員、藤本委員、松岡委員',
    '【事務局】',
    '佐藤医政局長、鈴木医政局参事官、伊藤医療情報室長、渡部医療情報室長補佐',
    '',
    '○議題',
    '１．医療機関におけるサイバーセキュリティ対策の状況について',
    '２．医療情報システムの安全管理に関するガイドラインの改定について',
    '３．その他',
    '',
    '○議事',
  );
  const chair = who('田中', '部会長');
  const members = [
    '石田委員',
    '内山委員',
    '大塚委員',
    '神田委員',
    '小林委員',
    '高橋委員',
    '中島委員',
    '藤本委員',
    '松岡委員',
  ].map((label) => ({ key: label.slice(0, 2), label }));
  const officials = [who('伊藤', '医療情報室長'), who('渡部', '医療情報室長補佐'), who('鈴木', '医政局参事官')];
  w.say(
    chair,
    [
      'ただいまから、第６回「厚生科学審議会医療情報安全部会」を開催いたします。',
      '委員の皆様におかれましては、お忙しい中御出席いただき、ありがとうございます。',
      'まず、事務局から委員の出席状況と資料の確認をお願いします。',
    ],
    'space',
    '',
  );
  w.say(
    officials[1] as Speaker,
    [
      '事務局でございます。本日は、委員１０名全員に御出席いただいております。うち３名はオンラインでの御出席でございます。',
      '資料は、議事次第、資料１、資料２、参考資料１から３でございます。',
    ],
    'space',
    '',
  );
  w.say(chair, ['ありがとうございました。それでは、議題１について、事務局から説明をお願いします。'], 'space', '');
  w.say(
    officials[0] as Speaker,
    [
      '医療情報室長でございます。資料１を御覧ください。',
      '昨年度に実施した調査では、回答のあった病院のうち約７割がバックアップを取得しておりましたが、そのうちネットワークから切り離して保管しているものは約４割にとどまっておりました。',
    ],
    'space',
    '',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: HEALTH.opinions,
    answers: HEALTH.answers,
    rounds: 7,
    form: 'space',
    indent: '',
    asides: ['（「異議なし」と声あり）'],
  });
  w.say(chair, ['続きまして、議題２について、事務局から説明をお願いします。'], 'space', '');
  w.say(
    officials[1] as Speaker,
    [
      '資料２に基づきまして、ガイドラインの改定案の概要を御説明いたします。主な改定点は、クラウドサービスの利用に関する記載の追加でございます。',
    ],
    'space',
    '',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: HEALTH.opinions,
    answers: HEALTH.answers,
    rounds: 5,
    form: 'space',
    indent: '',
  });
  w.say(
    chair,
    ['それでは、改定案については、本日の御意見を踏まえた修正を部会長に御一任いただくということでよろしいでしょうか。'],
    'space',
    '',
  );
  w.add('（「異議なし」と声あり）');
  w.say(
    chair,
    [
      'ありがとうございます。それでは、そのようにさせていただきます。',
      '本日はこれで閉会いたします。ありがとうございました。',
    ],
    'space',
    '',
  );
  w.add('', '照会先', '医政局特定医薬品開発支援・医療情報担当参事官室', '代表03-5253-1111（内線4100）');
  return {
    file: '09-mhlw-iryojoho-bukai-06.txt',
    edition: 'shift_jis',
    about:
      '厚生労働省 部会 議事録 as on its web page: ○日時 / ○場所 / ○出席者 labels with the same ○ as the speakers, 【委員】【事務局】, （「異議なし」と声あり）, 照会先',
    lines: w.lines,
    expect: {
      date: '2023-12-01',
      session: 6,
      start: '15:00',
      end: '17:00',
      venue: '厚生労働省',
      publisher: '厚生労働省',
      persons: 14,
      statements: w.turns,
    },
  };
}

/**
 * 金融庁 ワーキング・グループ 議事録: 一 二 三 numbering, 開会/閉会 times, 五 配付資料 followed by the
 * proceedings with no heading, and ○X座長 run into the words as a PDF's text copy loses the space.
 */
export function paymentsWorkingGroup(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(10);
  w.add(
    '金融審議会「資金決済制度等に関するワーキング・グループ」（第３回）議事録',
    '',
    '一　日　時　　令和６年３月５日（火）　午後２時００分開会',
    '　　　　　　　　　　　　　　　　　　　　午後４時０５分閉会',
    '二　場　所　　中央合同庁舎第７号館１３階　共用第一特別会議室',
    '三　出席者',
    '　（委員）山川座長、石橋委員、植田委員、岡本委員、川口委員、佐々木委員、',
    '　　　　　武田委員、長尾委員',
    '　（金融庁）西村企画市場局長、三宅審議官、福田信用制度参事官',
    '四　議　題',
    '　（１）資金移動業者の送金上限について',
    '　（２）ステーブルコインの発行者の破綻時の取扱いについて',
    '五　配付資料',
    '　資料１　事務局説明資料',
    '　資料２　関係業界団体からの意見',
    '　参考資料　委員名簿',
  );
  const chair = who('山川', '座長');
  const members = ['石橋委員', '植田委員', '岡本委員', '川口委員', '佐々木委員', '武田委員', '長尾委員'].map(
    (label) => ({
      key: label.startsWith('佐々木') ? '佐々木' : label.slice(0, 2),
      label,
    }),
  );
  const officials = [who('福田', '信用制度参事官'), who('三宅', '審議官')];
  w.say(
    chair,
    [
      'それでは、定刻になりましたので、ただいまから金融審議会「資金決済制度等に関するワーキング・グループ」の第３回会合を開催いたします。',
      '本日も御多忙のところ御参集いただき、ありがとうございます。',
      'まず、事務局から資料の説明をお願いいたします。',
    ],
    'tight',
  );
  w.say(
    officials[0] as Speaker,
    [
      '福田でございます。資料１に沿って御説明いたします。',
      '前回の御議論では、送金上限の水準と、上限を超える送金を認める場合の条件について、様々な御意見を頂きました。',
      '本日は、これらの論点について、考えられる選択肢を三つお示ししております。',
    ],
    'tight',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: PAYMENTS.opinions,
    answers: PAYMENTS.answers,
    rounds: 14,
    form: 'tight',
  });
  w.say(
    chair,
    [
      '本日も大変活発な御議論をいただきまして、ありがとうございました。',
      '本日の議論を踏まえまして、事務局において報告書の骨子案を準備していただくようお願いいたします。',
      'それでは、以上をもちまして本日の会合を終了いたします。',
    ],
    'tight',
  );
  w.add('', '――　了　――');
  return {
    file: '10-fsa-kessai-wg-03.txt',
    edition: 'utf-8',
    about:
      '金融庁 WG 議事録: 一 二 三 numbering, 午後２時００分開会 / 午後４時０５分閉会, the proceedings straight after 五 配付資料, ○X座長 with no space before the words',
    lines: w.lines,
    expect: {
      date: '2024-03-05',
      session: 3,
      start: '14:00',
      end: '16:05',
      venue: '中央合同庁舎第７号館',
      publisher: '金融庁',
      persons: 11,
      statements: w.turns,
    },
  };
}

/** 総務省 審議会 部会 議事録 (PDF): a 議事次第 page with 配付資料, then (1) 日時 … ア 委員 / イ 総務省. */
export function regionalInfrastructure(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(14);
  w.add(
    '情報通信審議会　情報通信技術分科会',
    '地域デジタル基盤部会（第１０回）',
    '',
    '議事次第',
    '',
    '１　開会',
    '２　議題',
    '（１）地域における通信インフラの強靱化について',
    '（２）意見交換',
    '３　閉会',
    '',
    '（配付資料）',
    '資料１０－１　通信インフラの強靱化に関する検討状況（事務局）',
    '資料１０－２　構成員提出資料（片山委員）',
    '参考資料１０－１　部会構成員名簿',
    '\f',
    '情報通信審議会　情報通信技術分科会',
    '地域デジタル基盤部会（第１０回）議事録',
    '',
    '(1) 日時　令和５年９月１４日（木）１４時００分～１５時４５分',
    '(2) 場所　総務省８階第１特別会議室（Ｗｅｂ会議併用）',
    '(3) 出席者',
    '　ア　委員',
    '　　相田部会長、宇野部会長代理、片山委員、菊池委員、高松委員、野口委員、',
    '　　福島委員、三好委員',
    '　イ　総務省',
    '　　山下情報流通振興課長、大島地域通信振興課長、中沢地域通信振興課課長補佐',
    '(4) 議事',
  );
  const chair = who('相田', '部会長');
  const members = ['宇野部会長代理', '片山委員', '菊池委員', '高松委員', '野口委員', '福島委員', '三好委員'].map(
    (label) => ({
      key: label.slice(0, 2),
      label,
    }),
  );
  const officials = [who('大島', '地域通信振興課長'), who('山下', '情報流通振興課長')];
  w.say(
    chair,
    [
      'それでは、ただいまから情報通信審議会情報通信技術分科会地域デジタル基盤部会の第１０回会合を開催いたします。',
      '本日は、委員８名全員に御出席いただいております。',
      'それでは、議題（１）について、事務局から御説明をお願いします。',
    ],
    'space',
  );
  w.say(
    officials[0] as Speaker,
    [
      '地域通信振興課長の大島でございます。資料１０－１に基づいて御説明いたします。',
      '昨年度の豪雨災害では、延べ約３万回線に影響が生じ、復旧までに最大で６日を要した地域がございました。',
      'こうした状況を踏まえまして、予備電源の確保と、伝送路の冗長化について、支援の在り方を検討しております。',
    ],
    'space',
  );
  w.say(chair, ['ありがとうございました。続いて、片山委員から資料１０－２について御説明をお願いします。'], 'space');
  w.say(
    members[1] as Speaker,
    [
      '片山でございます。私からは、地方の中小通信事業者の立場から、強靱化に向けた課題を御説明いたします。',
      '最も大きな課題は、設備を更新する費用と、保守を担う技術者の確保でございます。',
    ],
    'space',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: NETWORK.opinions,
    answers: NETWORK.answers,
    rounds: 11,
    form: 'space',
  });
  w.say(
    chair,
    ['本日頂いた御意見を踏まえて、事務局で報告書の案を準備していただきます。以上で本日の会合を終了いたします。'],
    'space',
  );
  w.add('', '以上');
  return {
    file: '12-soumu-chiiki-bukai-10.pdf',
    edition: 'pdf',
    about:
      '総務省 部会 議事録 as a PDF: a 議事次第 page (agenda （１）（２）, 配付資料) first, a (1) (2) (3) header with ア 委員 / イ 総務省 groups',
    lines: w.lines,
    expect: {
      date: '2023-09-14',
      session: 10,
      start: '14:00',
      end: '15:45',
      venue: '総務省８階第１特別会議室',
      publisher: '総務省',
      persons: 11,
      statements: w.turns,
    },
  };
}

/** 総務省 タスクフォース 議事録: 【X座長】 markers, 【構成員】【オブザーバー】【総務省】 groups, observers that are organizations. */
export function cyberTaskForce(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(48);
  w.add(
    'サイバーセキュリティタスクフォース（第４８回）',
    '議事録',
    '',
    '１．日時　令和６年１１月２１日（木）１５時００分～１７時００分',
    '',
    '２．場所　Ｗｅｂ会議',
    '',
    '３．出席者',
    '【構成員】',
    '後藤座長、安藤構成員、井上構成員、梅原構成員、小山構成員、杉村構成員、戸川構成員',
    '【オブザーバー】',
    '内閣官房内閣サイバーセキュリティセンター、警察庁、経済産業省',
    '【総務省】',
    '竹内サイバーセキュリティ統括官、飯田参事官、佐伯参事官',
    '',
    '４．配付資料',
    '資料４８－１　ＩｏＴ機器の脆弱性調査の実施状況（事務局）',
    '資料４８－２　情報通信分野のサイバーセキュリティ対策の方向性（案）（事務局）',
    '',
    '５．議事',
    '（１）開会',
  );
  const chair = who('後藤', '座長');
  const members = ['安藤構成員', '井上構成員', '梅原構成員', '小山構成員', '杉村構成員', '戸川構成員'].map((label) => ({
    key: label.slice(0, 2),
    label,
  }));
  const officials = [who('飯田', '参事官'), who('佐伯', '参事官')];
  w.say(
    chair,
    [
      'それでは、定刻になりましたので、サイバーセキュリティタスクフォースの第４８回会合を開催いたします。',
      '本日もＷｅｂ会議での開催となります。まず、事務局から連絡事項をお願いします。',
    ],
    'bracket',
    '\u3000',
  );
  w.say(
    officials[0] as Speaker,
    ['事務局でございます。御発言の際は、お名前をおっしゃってから御発言いただきますようお願いいたします。'],
    'bracket',
  );
  w.add('（２）議題', '①ＩｏＴ機器の脆弱性調査の実施状況について');
  w.say(chair, ['それでは、資料４８－１について、事務局から御説明をお願いします。'], 'bracket');
  w.say(
    officials[1] as Speaker,
    [
      '資料４８－１に基づきまして、御説明いたします。',
      '今年度の調査では、約１１２万件のＩｏＴ機器にアクセスを試み、そのうち約２万件について、パスワードの設定に不備があることを確認いたしました。',
      '不備が確認された機器については、通信事業者を通じて利用者への注意喚起を行っております。',
    ],
    'bracket',
    '\u3000',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: NETWORK.opinions,
    answers: NETWORK.answers,
    rounds: 6,
    form: 'bracket',
  });
  w.add('②情報通信分野のサイバーセキュリティ対策の方向性（案）について');
  w.say(chair, ['続きまして、資料４８－２について、事務局から御説明をお願いします。'], 'bracket');
  w.say(
    officials[0] as Speaker,
    ['資料４８－２を御覧ください。これまでの御議論を踏まえまして、今後の対策の方向性を五つの柱に整理しております。'],
    'bracket',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: NETWORK.opinions,
    answers: NETWORK.answers,
    rounds: 7,
    form: 'bracket',
  });
  w.add('（３）閉会');
  w.say(chair, ['本日も活発な御議論をありがとうございました。以上で本日の会合を終了いたします。'], 'bracket');
  w.add('', '以上');
  return {
    file: '13-soumu-cyber-taskforce-48.txt',
    edition: 'utf-8',
    about:
      '総務省 タスクフォース 議事録: 【X座長】 markers, 【構成員】【オブザーバー】【総務省】 groups with observing organizations, ① ② items',
    lines: w.lines,
    expect: {
      date: '2024-11-21',
      session: 48,
      start: '15:00',
      end: '17:00',
      venue: 'Ｗｅｂ会議',
      publisher: '総務省',
      persons: 10,
      statements: w.turns,
    },
  };
}

/** 法制審議会 総会 議事録, 法務省's text edition in UTF-8 with a BOM: ○X会長, ○X司法法制課長, ○X民事局長, （了承）. */
export function justiceCouncil(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(201);
  w.add(
    '',
    '法制審議会',
    '第２０１回会議　議事録',
    '',
    '第１　日　時　　令和６年２月１５日（木）　自　午前１０時００分',
    '　　　　　　　　　　　　　　　　　　　　　至　午前１１時１２分',
    '',
    '第２　場　所　　東京高等検察庁第２会議室',
    '',
    '第３　議　題　　１　諮問第１２６号について',
    '　　　　　　　　２　信託法部会関係',
    '',
    '第４　議　事　　（次のとおり）',
    '',
    '議　　　　　　　　事',
  );
  const chair = who('高木', '会長');
  const clerk = who('加藤', '司法法制課長');
  const bureau = who('竹内', '民事局長');
  const reporter = who('長谷川', '部会長', '信託法部会');
  const members = [
    who('青井', '委員'),
    who('石黒', '委員'),
    who('内田', '委員'),
    who('江口', '委員'),
    who('奥村', '委員'),
  ];
  w.say(
    chair,
    [
      'ただいまから法制審議会第２０１回会議を開催いたします。',
      '本日は御多忙の中、御出席いただきまして、ありがとうございます。',
    ],
    'space',
  );
  w.say(
    clerk,
    [
      '司法法制課長の加藤でございます。まず、前回の会議以降に委員の異動がございましたので、御報告いたします。',
      '（委員の異動について省略）',
      '以上でございます。',
    ],
    'space',
  );
  w.say(
    chair,
    ['それでは、議題に入ります。まず、諮問第１２６号について、事務当局から諮問の趣旨等について説明をお願いします。'],
    'space',
  );
  w.say(
    bureau,
    [
      '民事局長の竹内でございます。諮問第１２６号について御説明いたします。',
      '近年、信託の利用が多様化する中で、受託者の義務や受益者の保護の在り方について見直しを求める声が高まっております。',
      'そこで、信託法等の規律を見直す必要があると考えられますことから、要綱を示していただきたく諮問するものでございます。',
    ],
    'space',
  );
  w.say(chair, ['ただいまの説明につきまして、御質問や御意見がございましたら、御発言をお願いいたします。'], 'space');
  for (let round = 0; round < 5; round += 1) {
    const member = random.pick(members);
    w.say(member, [random.pick(TRUST_LAW.opinions)], 'space');
    w.say(chair, ['ありがとうございました。事務当局から何かございますか。'], 'space');
    w.say(random.pick([bureau, clerk]), [random.pick(TRUST_LAW.answers)], 'space');
  }
  w.say(
    chair,
    [
      'ほかに御意見等はございませんでしょうか。',
      'それでは、諮問第１２６号につきましては、信託法部会において調査審議することとし、その部会長は長谷川委員にお願いするということでよろしいでしょうか。',
    ],
    'space',
  );
  w.add('（了承）');
  w.say(
    chair,
    [
      'ありがとうございました。次に、信託法部会関係の議題に移ります。長谷川部会長から審議の経過について御報告をお願いいたします。',
    ],
    'space',
  );
  w.say(
    reporter,
    [
      '信託法部会長の長谷川でございます。部会では、これまで１２回にわたって審議を行ってまいりました。',
      '本日は、要綱案の取りまとめに向けた検討状況について、概要を御報告いたします。',
    ],
    'space',
  );
  for (let round = 0; round < 3; round += 1) {
    w.say(random.pick(members), [random.pick(TRUST_LAW.opinions)], 'space');
    w.say(
      reporter,
      ['御指摘の点につきましては、部会においても議論がございましたので、引き続き検討してまいります。'],
      'space',
    );
  }
  w.say(
    chair,
    [
      'ありがとうございました。それでは、本日の審議はこれで終了といたします。',
      '本日は熱心な御審議を賜りまして、ありがとうございました。',
    ],
    'space',
  );
  w.add('－了－');
  return {
    file: '15-moj-hoseishingikai-201.txt',
    edition: 'utf-8-bom',
    about:
      "法制審議会 総会 議事録, 法務省's text edition in UTF-8 with a BOM: 第１ 日時 自/至 on two lines, ○X会長, ○X司法法制課長, ○X民事局長, ○信託法部会長 label, （了承）, －了－",
    lines: w.lines,
    expect: {
      date: '2024-02-15',
      session: 201,
      start: '10:00',
      end: '11:12',
      venue: '東京高等検察庁第２会議室',
      publisher: '法務省',
      persons: null,
      statements: w.turns,
    },
  };
}

/** 消費者庁 推進会議 議事録 (PDF): groups in 【】 with observing ministries, ≪２．議事≫ sections, a 問合せ先 unit. */
export function consumerEducation(): FamilyDocument {
  const w = new MinutesWriter();
  const random = seeded(35);
  w.add(
    '第３５回消費者教育推進会議',
    '議事録',
    '',
    '日時：令和６年３月１９日（火）１５時００分～１７時００分',
    '場所：消費者庁６階特別会議室（オンライン併用）',
    '出席者：',
    '【委員】',
    '西田会長、宮崎会長代理、荒井委員、植村委員、岡崎委員、金子委員、坂口委員、',
    '田村委員、中山委員、浜野委員',
    '【オブザーバー】',
    '文部科学省、金融庁、法務省',
    '【消費者庁】',
    '大野審議官、平井消費者教育推進課長、原田消費者教育推進課課長補佐',
    '',
    '≪１．開会≫',
  );
  const chair = who('西田', '会長');
  const members = [
    '宮崎会長代理',
    '荒井委員',
    '植村委員',
    '岡崎委員',
    '金子委員',
    '坂口委員',
    '田村委員',
    '中山委員',
    '浜野委員',
  ].map((label) => ({ key: label.slice(0, 2), label }));
  const officials = [who('平井', '消費者教育推進課長'), who('原田', '消費者教育推進課課長補佐')];
  w.say(
    chair,
    [
      'それでは、定刻になりましたので、第３５回消費者教育推進会議を開催いたします。',
      '本日は、荒井委員、金子委員がオンラインでの御出席です。',
    ],
    'space',
    '',
  );
  w.say(
    who('大野', '審議官'),
    ['審議官の大野でございます。本日も活発な御議論をよろしくお願いいたします。'],
    'space',
    '',
  );
  w.add('', '≪２．議事≫', '（１）成年年齢引下げ後の若年者への消費者教育について');
  w.say(chair, ['それでは、議事（１）について、事務局から説明をお願いします。'], 'space', '');
  w.say(
    officials[0] as Speaker,
    [
      '消費者教育推進課長の平井でございます。資料１を御覧ください。',
      '成年年齢の引下げから２年がたちましたが、１８歳、１９歳からの相談件数は、引下げ前と比べて大きな変化は見られておりません。',
      'ただし、ＳＮＳをきっかけとした副業や投資に関する相談が増えている点には注意が必要と考えております。',
    ],
    'space',
    '',
  );
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: CONSUMER.opinions,
    answers: CONSUMER.answers,
    rounds: 9,
    form: 'space',
    indent: '',
    asides: ['（「異議なし」の声あり）'],
  });
  w.add('（２）消費者教育の推進に関する基本的な方針の見直しについて');
  w.say(chair, ['続きまして、議事（２）について、事務局から説明をお願いします。'], 'space', '');
  w.say(officials[1] as Speaker, ['資料２に基づき、基本方針の見直しに向けた論点案を御説明いたします。'], 'space', '');
  discuss(w, random, {
    chair,
    members,
    officials,
    opinions: CONSUMER.opinions,
    answers: CONSUMER.answers,
    rounds: 6,
    form: 'space',
    indent: '',
  });
  w.say(chair, ['論点案については、本日の御意見を踏まえて修正することとしてよろしいでしょうか。'], 'space', '');
  w.add('（「異議なし」の声あり）', '', '≪３．閉会≫');
  w.say(chair, ['それでは、本日はこれで閉会といたします。ありがとうございました。'], 'space', '');
  w.add('', '（以上）', '', '問合せ先：消費者庁消費者教育推進課', '電話：03-3507-8800（代表）');
  return {
    file: '16-caa-kyoiku-suishin-35.pdf',
    edition: 'pdf',
    justify: true,
    runningHeader: '第３５回消費者教育推進会議　議事録',
    about:
      '消費者庁 推進会議 議事録 as a PDF: 【委員】【オブザーバー】【消費者庁】 groups with observing ministries, ≪２．議事≫ sections, unindented paragraphs, a 問合せ先 unit',
    lines: w.lines,
    expect: {
      date: '2024-03-19',
      session: 35,
      start: '15:00',
      end: '17:00',
      venue: '消費者庁６階特別会議室',
      publisher: '消費者庁',
      persons: 13,
      statements: w.turns,
    },
  };
}
