import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBrokenCopy } from '../helpers/broken-build';

/**
 * A source text is published as the verbatim words of the minutes, so it is read as strictly as a
 * record file: bytes that are not UTF-8 text fail the build, naming the file, what it looks like and
 * how to convert it.
 */
const scratch = mkdtempSync(join(tmpdir(), 'record-source-texts-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const SOURCE = 'sources/test-minutes.txt';

function rewriteSource(content: string, encode: (text: string) => Buffer) {
  const path = join(content, SOURCE);
  writeFileSync(path, encode(readFileSync(path, 'utf8')));
}

describe('a source text that is not UTF-8 text fails the build', () => {
  it('UTF-16 without a byte-order mark', () => {
    const { status, output } = buildBrokenCopy(scratch, 'source-utf16', (content) => {
      rewriteSource(content, (text) => Buffer.from(text, 'utf16le'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${SOURCE}: the file is UTF-16 text (little-endian, without a byte-order mark), where the record reads UTF-8 text. Fix: convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8`,
    );
  });

  it('random bytes', () => {
    const { status, output } = buildBrokenCopy(scratch, 'source-random', (content) => {
      let seed = 11;
      rewriteSource(content, () =>
        Buffer.from(Array.from({ length: 2048 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23)),
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`${SOURCE}: the file is binary data, not text, where the record reads UTF-8 text.`);
  });
});
