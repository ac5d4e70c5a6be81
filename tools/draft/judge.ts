/**
 * Scores the draft command's suggestions against a record whose topics and recommendations an editor
 * chose (content/): precision and recall of the topic suggestions per statement, and of the
 * recommendation candidates per statement and per quote. `node --import ./tools/source-imports.ts tools/draft/judge.ts [content]`.
 */
import { readRecordEntries } from '../../src/content/read-record.ts';
import { recommendationCandidates, suggestTopics } from './suggest.ts';

const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));

const entries = readRecordEntries(process.argv[2] ?? 'content');
const topics = entries.topics.map((t) => ({ id: t.id, title: t.data.title, aliases: t.data.aliases }));
let suggested = 0;
let right = 0;
let chosen = 0;
const recommended = new Map(
  entries.recommendations.map((r) => [`${r.data.statement.meeting}#${r.data.statement.id}`, r.data.quote]),
);
const flagged = { statements: 0, right: 0, quotes: 0 };
for (const meeting of entries.meetings) {
  for (const item of meeting.data.proceedings) {
    if (item.type !== 'statement' && item.type !== 'presentation') continue;
    const truth = new Set(item.topics.map((t) => t.id));
    const found = suggestTopics(item.text, topics).map((s) => s.topic);
    suggested += found.length;
    right += found.filter((t) => truth.has(t)).length;
    chosen += truth.size;
    const candidates = recommendationCandidates(item.text);
    const quote = recommended.get(`${meeting.id}#${item.id}`);
    if (candidates.length > 0) flagged.statements += 1;
    if (candidates.length > 0 && quote !== undefined) flagged.right += 1;
    if (
      quote !== undefined &&
      candidates.some((c) => c.sentence.includes(quote) || quote.includes(c.sentence) || overlaps(c.sentence, quote))
    )
      flagged.quotes += 1;
  }
}
function overlaps(a: string, b: string) {
  return (a.length > 8 && b.includes(a.slice(0, 8))) || (b.length > 8 && a.includes(b.slice(-8)));
}
const recommendedStatements = new Set(recommended.keys()).size;
console.log(
  `topics: ${suggested} suggested, ${right} chosen by the editor, ${chosen} chosen in all: precision ${ratio(right, suggested)}, recall ${ratio(right, chosen)}`,
);
console.log(
  `recommendations: ${flagged.statements} statements flagged, ${flagged.right} of the ${recommendedStatements} with a recommendation: precision ${ratio(flagged.right, flagged.statements)}, recall ${ratio(flagged.right, recommendedStatements)}; the quote's sentence among the candidates for ${flagged.quotes}`,
);
