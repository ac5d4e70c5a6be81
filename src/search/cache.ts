/**
 * Pagefind's answers, remembered for as long as the search page stays open.
 *
 * Why: runSearch() asks Pagefind once per distinct bigram of the query (engine.ts), and for a
 * common bigram of a large archive one such search returns thousands of results with their
 * positions, which costs tens of milliseconds in Pagefind's WebAssembly and JSON each time. The
 * index is static, so the same search always gets the same answer: a search made again on the
 * same page (the same query, or another query sharing bigrams) reuses the answers it already has.
 * Pagefind itself keeps the index chunks and fragments it fetched; this keeps its answers.
 *
 * Bounded by the number of results held (`budget`): the least recently used answers go first.
 */
import type { Engine } from './engine';

type Response = Awaited<ReturnType<Engine['search']>>;

export function remembering(engine: Engine, budget = 500_000): Engine {
  const answers = new Map<string, { response: Promise<Response>; size: number }>();
  let held = 0;
  const evict = () => {
    for (const [key, entry] of answers) {
      if (held <= budget || answers.size <= 1) break;
      answers.delete(key);
      held -= entry.size;
    }
  };
  return {
    search: (query, options) => {
      const key = JSON.stringify([query, options.filters, options.sort ?? null]);
      const known = answers.get(key);
      if (known) {
        // Most recently used last, so eviction takes the oldest first.
        answers.delete(key);
        answers.set(key, known);
        return known.response;
      }
      const entry = { response: engine.search(query, options), size: 0 };
      answers.set(key, entry);
      entry.response.then(
        (response) => {
          if (answers.get(key) !== entry) return;
          entry.size = response?.results.length ?? 0;
          held += entry.size;
          evict();
        },
        // A failed search (a chunk that did not load) is asked again next time.
        () => {
          if (answers.get(key) === entry) answers.delete(key);
        },
      );
      return entry.response;
    },
  };
}
