import { isPageNumberLine, joinPrintedLines } from '../import/pdf-text.ts';

/**
 * Characters that would mean something to Markdown or to the directive syntax if a sentence
 * were dropped into a statement as it is. Sentences holding them are left out rather than
 * escaped, so the corpus's text stays exactly what the sources wrote.
 */
const MARKUP = /[<>*_`[\]{}:#|\\"=~：【】]/;

/**
 * Sentences of running text from extracted 議事要旨 files, to build synthetic statements from
 * words the real minutes use. Lines are joined with the record's own rule, then split after 。.
 */
export function sentencesFromSources(texts: readonly string[]): string[] {
  const sentences = new Set<string>();
  for (const text of texts) {
    const lines = text.split('\n').filter((line) => !isPageNumberLine(line));
    const joined = joinPrintedLines(lines);
    for (const raw of joined.split(/(?<=。)/)) {
      // Drop the bullet glyphs and list markers the PDFs start items with.
      const sentence = raw.replace(/^[\s・●○◯〇■□◆◇※（(]*\d*[)）.．]?\s*/, '').trim();
      if (sentence.length < 12 || sentence.length > 160 || !sentence.endsWith('。') || MARKUP.test(sentence)) continue;
      sentences.add(sentence);
    }
  }
  return [...sentences];
}

/**
 * The vocabulary of a real content folder: sentences of its sources and its topic titles.
 * File access is passed in so that this stays a function of what it is given.
 */
export function realVocabulary(
  contentDir: string,
  readText: (path: string) => string,
  list: (dir: string) => string[],
): { sentences: string[]; topicTitles: string[] } {
  const sources = list(`${contentDir}/sources`).filter((name) => name.endsWith('.txt'));
  const topics = list(`${contentDir}/topics`).filter((name) => name.endsWith('.md'));
  return {
    sentences: sentencesFromSources(sources.sort().map((name) => readText(`${contentDir}/sources/${name}`))),
    topicTitles: topics
      .sort()
      .flatMap((name) => /^title: (.+)$/m.exec(readText(`${contentDir}/topics/${name}`))?.[1] ?? []),
  };
}
