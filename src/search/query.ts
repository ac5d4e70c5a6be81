/**
 * Parsing a query into terms and expanding terms with topic aliases.
 *
 * A query is a list of terms separated by spaces; a result must contain every term. Quotes only
 * group words into one term ("food and drug"); around a single word they change nothing, so
 * 「"セキュアゲートウェイ"」 and 「セキュアゲートウェイ」 give the same answer.
 */
import { nestedNames } from '~/text/nested-names';
import { normalize } from '~/text/normalize';

export interface Term {
  /** The term as typed, normalised. */
  text: string;
  /** What a text may contain to match this term: the term itself, then any synonyms. */
  variants: string[];
  /** Title of the topic whose aliases expanded the term, so the UI can say so. */
  expandedBy: string | undefined;
  /** The synonyms as the topic file writes them, for that message. */
  synonyms: string[];
}

/** A topic's title and aliases: any of them finds the others. */
export interface SynonymGroup {
  title: string;
  names: string[];
}

/** The longest query the page searches; a longer one is refused with a message (issue: 100K characters took seconds). */
export const MAX_QUERY_LENGTH = 200;

/** The terms of a query, normalised, each with its first spelling as typed (for messages). */
export function parseQueryTyped(query: string): { text: string; typed: string }[] {
  const terms: { text: string; typed: string }[] = [];
  // Split before normalising: normalisation drops spaces next to Japanese text, and here a space
  // separates terms. Full-width and curly quotes count as quotes.
  const quoted = query.replace(/[＂“”]/gu, '"');
  for (const match of quoted.matchAll(/"([^"]*)"|([^\s"]+)/gu)) {
    const typed = (match[1] ?? match[2] ?? '').trim();
    const text = normalize(typed).trim();
    if (text.length > 0 && !terms.some((t) => t.text === text)) terms.push({ text, typed });
  }
  return terms;
}

export function parseQuery(query: string): string[] {
  return parseQueryTyped(query).map((t) => t.text);
}

/**
 * Expands each term that is (after normalisation) a topic's title or alias into that topic's other
 * names, its synonyms. Only whole-name matches expand (ファジ does not become Fuzzing), and never to
 * a name inside the term or around it: a broader word would drown a precise query in matches of
 * the broader one (topic files may not hold such aliases either, src/schemas/topic.ts).
 */
export function expandTerms(terms: string[], groups: SynonymGroup[]): Term[] {
  return terms.map((text) => {
    const group = groups.find((g) => g.names.some((name) => normalize(name) === text));
    if (!group) return { text, variants: [text], expandedBy: undefined, synonyms: [] };
    const others = group.names.filter((name) => normalize(name) !== text && !nestedNames(name, text));
    const names = [...new Set([text, ...others.map(normalize)])];
    // A name that holds another (fuzzing test, fuzzing) is found wherever that one is: searching it too adds nothing.
    const variants = names.filter(
      (name) => name === text || !names.some((other) => other !== name && name.includes(other)),
    );
    return { text, variants, expandedBy: group.title, synonyms: [...new Set(others)] };
  });
}
