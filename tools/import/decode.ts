import { guessUtf16 } from '../../src/content/text-encoding.ts';
import { ImportError } from './errors.ts';

export interface DecodedSource {
  text: string;
  encoding: 'utf-8' | 'shift_jis';
}

/**
 * Decodes the bytes of an extracted 議事要旨 text. Ministries often publish these as Shift_JIS, so a
 * file that is not valid UTF-8 is tried as Shift_JIS (WHATWG's, which is CP932 and so covers the
 * ①② and ｰ that Windows tools write). Anything else is refused rather than read as mojibake.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d))) {
    throw new ImportError('the file is empty: there is no text to import', 1);
  }
  // UTF-16 holds NUL bytes (ASCII) or is not UTF-8: named as what it is, with the command that converts it.
  // Shift_JIS kanji read as UTF-16BE look like ideographs too: text that decodes as UTF-8 or Shift_JIS is that.
  const utf16 = bytes.includes(0) || !decodesAs(bytes, 'utf-8', 'shift_jis') ? guessUtf16(bytes) : undefined;
  if (utf16)
    throw new ImportError(`the file is ${utf16.looks}, not UTF-8 or Shift_JIS. Fix: ${utf16.fix}, and import that`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ImportError(
      'the file is binary (it holds a NUL byte), not extracted text: run the PDF through a text extractor first',
      lineOf(bytes, nul),
    );
  }
  for (const encoding of ['utf-8', 'shift_jis'] as const) {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
      // Text never holds C0 controls other than tab and line ends; their presence means binary data.
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      const control = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(text);
      if (control) {
        throw new ImportError(
          `the file is binary (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}), not extracted text`,
          text.slice(0, control.index).split('\n').length,
        );
      }
      return { text, encoding };
    } catch (error) {
      if (error instanceof ImportError) throw error;
    }
  }
  throw new ImportError('the file is neither UTF-8 nor Shift_JIS text: it looks binary', 1);
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** Whether the bytes decode without error in one of the encodings. */
function decodesAs(bytes: Uint8Array, ...encodings: string[]): boolean {
  return encodings.some((encoding) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  });
}
