import { describe, expect, it } from 'vitest';
import { jsonArrayResponse, textResponse } from '~/open-data/streamed-response';

const records = (count: number) =>
  Array.from({ length: count }, (_, n) => ({
    id: `s${String(n).padStart(3, '0')}`,
    text: '「通信の秘密」は\u2028"守られる"べきだ\\',
    speaker: n % 2 ? { person: 'maeda' } : { anonymous: true },
    material: null,
    skipped: undefined,
    topics: n % 3 ? ['secure-gateway'] : [],
  }));

/** Counts the items a consumer has taken, so laziness can be observed. */
function* counted<T>(items: readonly T[], taken: { count: number }): Generator<T> {
  for (const item of items) {
    taken.count++;
    yield item;
  }
}

describe('jsonArrayResponse', () => {
  it.each([0, 1, 2, 999, 1000, 1001, 2500])('writes the bytes of Response.json for %i records', async (count) => {
    const items = records(count);
    // Both bodies are UTF-8, so equal text is equal bytes.
    expect(await jsonArrayResponse(items).text()).toBe(await Response.json(items).text());
  });

  it('reads the records only as the file is written, a chunk at a time', async () => {
    const taken = { count: 0 };
    const response = jsonArrayResponse(counted(records(2500), taken));
    expect(taken.count).toBe(0);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(taken.count).toBeLessThan(2500);
    while (!(await reader.read()).done);
    expect(taken.count).toBe(2500);
  });

  it('says it is JSON', () => {
    expect(jsonArrayResponse([]).headers.get('Content-Type')).toBe('application/json');
  });
});

describe('textResponse', () => {
  it('writes the pieces joined, with the media type given', async () => {
    const pieces = Array.from({ length: 2345 }, (_, n) => `"${String(n)}","発言"\r\n`);
    const response = textResponse(pieces, 'text/csv; charset=utf-8');
    expect(await response.text()).toBe(pieces.join(''));
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  });

  it('writes an empty body for no pieces', async () => {
    expect(await textResponse([], 'text/plain').text()).toBe('');
  });
});
