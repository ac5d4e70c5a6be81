/**
 * What a file that is not UTF-8 text looks like, for a refusal that says how to fix it: UTF-16
 * (with or without a byte-order mark), Shift_JIS, or binary data. Shared by the build's strict
 * reader (src/content/loaders/content-files.ts) and the importer (tools/import/decode.ts), so it
 * imports nothing.
 */

export interface EncodingGuess {
  /** What the bytes look like, e.g. "UTF-16 text (little-endian, with a byte-order mark)". */
  looks: string;
  /** The command or step that makes the file UTF-8, with FILE for the file's name. */
  fix: string;
}

/** How many bytes from the start are looked at: enough for a sure guess, bounded for a large file. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * UTF-16, with or without a byte-order mark. Ask only of bytes that are not UTF-8 or hold a NUL:
 * ASCII in UTF-16 is valid UTF-8 with a NUL after every letter, and ASCII read as UTF-16 would
 * look like Chinese.
 */
export function guessUtf16(bytes: Uint8Array): EncodingGuess | undefined {
  const fix = (from: string) => `convert it to UTF-8 (iconv -f ${from} -t UTF-8 FILE > FILE.utf8 && mv FILE.utf8 FILE)`;
  // A byte-order mark alone is no proof: random bytes start with FF FE one time in 65,536.
  if (bytes.length % 2 !== 0) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && looksLikeText(bytes.subarray(2, SAMPLE_BYTES), 'utf-16le')) {
    return { looks: 'UTF-16 text (little-endian, with a byte-order mark)', fix: fix('UTF-16') };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff && looksLikeText(bytes.subarray(2, SAMPLE_BYTES), 'utf-16be')) {
    return { looks: 'UTF-16 text (big-endian, with a byte-order mark)', fix: fix('UTF-16') };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  for (const [encoding, order, from] of [
    ['utf-16le', 'little', 'UTF-16LE'],
    ['utf-16be', 'big', 'UTF-16BE'],
  ] as const) {
    if (looksLikeText(sample, encoding)) {
      return { looks: `UTF-16 text (${order}-endian, without a byte-order mark)`, fix: fix(from) };
    }
  }
  return undefined;
}

/**
 * Characters of the minutes: ASCII, Latin-1, general punctuation, CJK symbols, kana, ideographs and
 * full-width forms. Random bytes read as UTF-16 fall in these about a third of the time.
 */
const COMMON_CHARACTER = /[\t\n\f\r\x20-\x7e\xa0-\xff\u2000-\u206f\u2460-\u24ff\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/g;

/** Whether the bytes decode without error to text nine tenths of whose characters are common ones. */
function looksLikeText(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return false;
  }
  return text.length > 0 && (text.match(COMMON_CHARACTER)?.length ?? 0) >= text.length * 0.9;
}

/**
 * What bytes that are neither UTF-16 nor valid UTF-8 look like: Shift_JIS text, data that is not
 * text, or (undefined) UTF-8 text with a few damaged characters, best named by their lines.
 */
export function guessNotUtf8(bytes: Uint8Array): EncodingGuess | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  try {
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(sample, { stream: true });
    // A cut in the sample's last character aside, Shift_JIS text decodes to Japanese, not controls.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/[\0-\x08\x0e-\x1f]/.test(text)) {
      return {
        looks: 'Shift_JIS text',
        fix: 'convert it to UTF-8 (iconv -f CP932 -t UTF-8 FILE > FILE.utf8 && mv FILE.utf8 FILE)',
      };
    }
  } catch {
    // Not Shift_JIS either.
  }
  const damaged = new TextDecoder('utf-8').decode(sample, { stream: true }).split('\uFFFD').length - 1;
  if (damaged <= 1 || damaged * 100 < sample.length) return undefined;
  return { looks: 'binary data, not text', fix: 'replace it with the text it should hold, saved as UTF-8' };
}
