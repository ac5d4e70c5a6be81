/**
 * The search-quality set. Only the queries are written by hand; the right answer to each is
 * computed from the content by tests/site/search-quality.test.ts.
 */
export const qualityQueries: string[] = [
  // Katakana compounds, quoted and not (stock Pagefind found nothing when quoted).
  'セキュアゲートウェイ',
  '"セキュアゲートウェイ"',
  'サイバーセキュリティ',
  '"サイバーセキュリティ"',
  'ガイドライン',
  'スマートホーム',
  'サプライチェーン',
  // Phrases with particles (stock Pagefind highlighted only の).
  '通信の秘密',
  '"通信の秘密"',
  '責任分界点',
  '重要インフラ',
  '医療機器',
  // Mixed scripts and symbols.
  'C&Cサーバ',
  '"C&Cサーバ"',
  'C&C',
  'IoT機器',
  'IoT 機器',
  'C&C サーバ',
  '情報共有',
  'JPCERT/CC',
  // ASCII terms, any case.
  'IoT',
  '"IoT"',
  'FDA',
  'ENISA',
  'Fuzzing',
  'fuzzing',
  'VLAN',
  'NATO',
  'ISP',
  '"Tallinn Manual"',
  // Full-width and half-width input.
  'ＩｏＴ',
  'ｾｷｭﾘﾃｨ',
  // Several terms: all must occur.
  '通信 秘密',
  'IoT 標準化',
  'セキュリティ 保険',
  // One character, including a particle.
  '法',
  'の',
  // Synonyms from topic aliases.
  'ファジング',
  'タリン・マニュアル',
  'C2',
  // Nothing matches.
  '量子暗号',
  'xyzzy',
];
