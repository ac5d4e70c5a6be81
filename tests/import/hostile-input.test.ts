import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_MINUTES_CHARS, MAX_PDF_PAGES } from '../../tools/import/pdf-lines';
import { readMinutes } from '../../tools/import/read-input';
import { SOURCES, sourceText } from './helpers';

/** Inputs that must be refused quickly and clearly, or handled: the file named, what is wrong, the fix. */
const scratch = mkdtempSync(join(tmpdir(), 'import-hostile-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const refusal = async (bytes: Uint8Array, name = 'minutes.txt') =>
  readMinutes(bytes, name).then(
    () => '',
    (error: unknown) => String(error),
  );

describe('UTF-16 text is named as such, with the command that converts it', () => {
  const text = sourceText(SOURCES.soumu);

  it('with a byte-order mark, and without one, in either byte order', async () => {
    const le = Buffer.from(text, 'utf16le');
    const cases: [Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16 text (little-endian, with a byte-order mark)'],
      [le, 'UTF-16 text (little-endian, without a byte-order mark)'],
      [Buffer.from(le).swap16(), 'UTF-16 text (big-endian, without a byte-order mark)'],
    ];
    for (const [bytes, looks] of cases) {
      const message = await refusal(bytes);
      expect(message).toContain(`the file is ${looks}, not UTF-8 or Shift_JIS. Fix: convert it to UTF-8 (iconv -f`);
      expect(message).not.toContain('binary');
    }
  });
});

/**
 * A PDF of a few kilobytes whose page tree doubles at every level: each of `levels` page-tree nodes
 * lists the next one twice, so the document has 2^levels pages, all one page object.
 */
function pdfOfDoublingPages(levels: number): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>'];
  for (let level = 0; level < levels; level += 1) {
    const self = objects.length + 1;
    const parent = level === 0 ? '' : `/Parent ${self - 1} 0 R `;
    objects.push(`<< /Type /Pages ${parent}/Kids [${self + 1} 0 R ${self + 1} 0 R] /Count ${2 ** (levels - level)} >>`);
  }
  objects.push(`<< /Type /Page /Parent ${objects.length} 0 R /MediaBox [0 0 595 842] >>`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('an input larger than any minutes is refused before it is read through', () => {
  it('a PDF of a few kilobytes with a billion pages', async () => {
    const bytes = pdfOfDoublingPages(30);
    expect(bytes.length).toBeLessThan(4_000);
    const message = await refusal(bytes, 'minutes.pdf');
    expect(message).toContain(
      `the PDF has 1,073,741,824 pages, more than the ${MAX_PDF_PAGES} the importer reads (minutes run to tens of pages). Fix:`,
    );
  });

  it('text of more characters than any minutes', async () => {
    const message = await refusal(Buffer.from('議事要旨\n'.repeat(Math.ceil(MAX_MINUTES_CHARS / 5) + 1)));
    expect(message).toContain(`the file holds more than ${MAX_MINUTES_CHARS.toLocaleString('en')} characters of text`);
  });
});

describe('npm run corpus refuses a count that is not a whole number', () => {
  const out = join(scratch, 'corpus');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['tools/corpus/cli.ts', ...args, '--out', out], { encoding: 'utf8' });

  it('names the option and the fix, and writes nothing', () => {
    for (const [option, value] of [
      ['--meetings', 'abc'],
      ['--meetings', '0'],
      ['--meetings', '-5'],
      ['--meetings', '2.5'],
      ['--seed', 'x'],
    ] as const) {
      const result = run(`${option}=${value}`);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toContain(`${option} ${value}: not a whole number of at least`);
      expect(result.stderr).toContain(`Fix: give one, e.g. ${option}`);
      expect(existsSync(out)).toBe(false);
    }
  });
});

/** /dev/shm is a disk of its own where it is a tmpfs mount, as on Linux. */
const shmIsOwnDisk = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync('/dev').dev;

describe('--out on a disk of its own', () => {
  it.skipIf(!shmIsOwnDisk)('writes the draft (a file cannot be renamed across disks: EXDEV)', () => {
    // --out is the mount point itself, so a folder beside it is on another disk.
    const input = join(scratch, 'minutes.txt');
    writeFileSync(input, sourceText(SOURCES.soumu));
    const written: string[] = [];
    try {
      const result = spawnSync(process.execPath, ['tools/import/cli.ts', input, '--out', '/dev/shm'], {
        encoding: 'utf8',
      });
      written.push(...[...result.stdout.matchAll(/^ {2}(\/dev\/shm\/\S+)$/gm)].map((match) => match[1] ?? ''));
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).not.toContain('EXDEV');
      expect(written.some((path) => path.startsWith('/dev/shm/meetings/'))).toBe(true);
      for (const path of written) expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0);
    } finally {
      for (const path of written) rmSync(path, { force: true });
      for (const folder of ['meetings', 'sources', 'people', 'organizations', 'bodies']) {
        // Only the folders the import made: rmdir leaves a folder that holds anything else.
        try {
          rmdirSync(join('/dev/shm', folder));
        } catch {
          // not made by this import, or not empty
        }
      }
    }
  });
});
