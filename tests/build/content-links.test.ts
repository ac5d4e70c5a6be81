import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBrokenCopy } from '../helpers/broken-build';

/**
 * Nothing from outside the record's folder reaches dist/: a link in the folder, to a file or to a
 * folder, fails the build naming it, and what it points to is published nowhere.
 */
const scratch = mkdtempSync(join(tmpdir(), 'record-content-links-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const SECRET = 'SECRET-7f3a9c-not-for-publication';
/** A file outside the record's folder: text a source or a record could pass for. */
const outside = join(scratch, 'outside.txt');
writeFileSync(outside, `${SECRET}\n`);

/** Every file under dist/ that holds the secret. */
function filesWithSecret(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => readFileSync(path).includes(SECRET));
}

/** Replaces `file` of the copy by a link to `target`. */
function replaceByLink(content: string, file: string, target: string) {
  rmSync(join(content, file), { recursive: true });
  symlinkSync(target, join(content, file));
}

const LINK_FIX = 'Fix: put the file itself there instead of the link';

describe('a link in the record folder fails the build and publishes nothing from outside', () => {
  it('a source text that links to a file outside', () => {
    const { status, output, outDir } = buildBrokenCopy(scratch, 'source-link', (content) => {
      replaceByLink(content, 'sources/test-minutes.txt', outside);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('sources/test-minutes.txt: a symbolic link; the build reads only files inside');
    expect(output).toContain(LINK_FIX);
    expect(filesWithSecret(outDir)).toEqual([]);
  });

  it('a link beside the sources that no meeting names, hidden or not', () => {
    const { status, output } = buildBrokenCopy(scratch, 'source-extra-link', (content) => {
      symlinkSync('/proc/self/environ', join(content, 'sources/.environ.txt'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('sources/.environ.txt: a symbolic link');
  });

  it('a record file that links to a file outside', () => {
    const { status, output, outDir } = buildBrokenCopy(scratch, 'record-link', (content) => {
      const person = join(scratch, 'person-outside.yaml');
      writeFileSync(
        person,
        readFileSync(join(content, 'people/tanaka.yaml'), 'utf8').replace(/^name: .*$/m, `name: ${SECRET}`),
      );
      replaceByLink(content, 'people/tanaka.yaml', person);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('people/tanaka.yaml: a symbolic link');
    expect(filesWithSecret(outDir)).toEqual([]);
  });

  it('a record folder that links to a folder outside', () => {
    const { status, output, outDir } = buildBrokenCopy(scratch, 'folder-link', (content) => {
      const sources = join(scratch, 'sources-outside');
      renameSync(join(content, 'sources'), sources);
      writeFileSync(join(sources, 'test-minutes.txt'), `${SECRET}\n`);
      symlinkSync(sources, join(content, 'sources'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('sources: the folder is a symbolic link');
    expect(filesWithSecret(outDir)).toEqual([]);
  });

  it('a folder named like a source text', () => {
    const { status, output } = buildBrokenCopy(scratch, 'source-folder', (content) => {
      rmSync(join(content, 'sources/test-minutes.txt'));
      mkdirSync(join(content, 'sources/test-minutes.txt'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('sources/test-minutes.txt: a folder where the record');
    expect(output).not.toContain('EISDIR');
  });
});
