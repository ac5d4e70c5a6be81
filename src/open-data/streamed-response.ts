/**
 * Responses written piece by piece. The open data holds every statement of the archive: built as
 * one array and one string, it would cost the build gigabytes at archive scale (docs/benchmarks.md),
 * and a JavaScript string stops at 2^29 characters, which a large archive would pass. Streamed, only the pieces not yet collected are held: Astro joins
 * them into the file's bytes, and each record exists only while it is written.
 */

/** Pieces joined into one chunk of the stream: large enough that chunks are few, small enough to stay small. */
const PIECES_PER_CHUNK = 1000;

/** A stream of the pieces' UTF-8 bytes, produced only as the reader asks for them. */
export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk: string[] = [];
      let next = iterator.next();
      while (!next.done) {
        chunk.push(next.value);
        if (chunk.length === PIECES_PER_CHUNK) break;
        next = iterator.next();
      }
      if (chunk.length > 0) controller.enqueue(encoder.encode(chunk.join('')));
      if (next.done) controller.close();
    },
    cancel() {
      iterator.return?.();
    },
  });
}

/** The pieces of `JSON.stringify([...items])`, one per item: the same text, without the array or the string. */
export function* jsonArrayPieces(items: Iterable<unknown>): Generator<string> {
  let separator = '[';
  for (const item of items) {
    yield separator + JSON.stringify(item);
    separator = ',';
  }
  yield separator === '[' ? '[]' : ']';
}

/** A response with the same bytes as `Response.json([...items])`, written item by item. */
export const jsonArrayResponse = (items: Iterable<unknown>): Response =>
  new Response(textStream(jsonArrayPieces(items)), { headers: { 'Content-Type': 'application/json' } });

/** A response of the pieces joined, written piece by piece. */
export const textResponse = (pieces: Iterable<string>, contentType: string): Response =>
  new Response(textStream(pieces), { headers: { 'Content-Type': contentType } });
