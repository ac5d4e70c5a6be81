import { describe, expect, it } from 'vitest';
import { recordContent } from '~/search/tokenize';
import { verify } from '~/search/verify';

/**
 * Record text has a size limit per field, but no code may depend on it to stay on the call stack:
 * spreading an array into arguments (push(...words), Math.max(...times)) overflows it at some
 * hundred thousand elements, a long topic body's words.
 */
describe('text longer than any limit', { timeout: 30_000 }, () => {
  const long = 'セキュリティ対策 '.repeat(30_000);

  it('tokenizes for the index without overflowing the stack', () => {
    const { positions } = recordContent([long, '短い本文']);
    expect(positions[0]).toBeGreaterThan(100_000);
  });

  it('verifies a term found hundreds of thousands of times', () => {
    const text = 'ab'.repeat(300_000);
    const result = verify(text, [{ text: 'a', variants: ['a'], typed: 'a' } as never]);
    expect(result?.occurrences).toBe(300_000);
  });
});
