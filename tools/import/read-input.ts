import { decodeSource } from './decode.ts';
import { ImportError } from './errors.ts';
import { htmlText } from './html-lines.ts';
import { MAX_MINUTES_CHARS, pdfText, tooMuchText } from './pdf-lines.ts';

export type InputFormat = 'pdf' | 'html' | 'text (utf-8)' | 'text (shift_jis)';

/** The minutes' text, whatever form the editor has them in: a PDF, a ministry's HTML page, or text. */
export async function readMinutes(bytes: Uint8Array, fileName: string): Promise<{ text: string; format: InputFormat }> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) {
    const text = await pdfText(bytes).catch((error: unknown) => {
      if (error instanceof ImportError) throw error;
      throw new ImportError(`the PDF could not be read (${error instanceof Error ? error.message : String(error)})`);
    });
    if (text.replace(/\s/g, '') === '') {
      throw new ImportError('the PDF holds no text (a scan?): run it through OCR and import the text');
    }
    return { text, format: 'pdf' };
  }
  const decoded = decodeSource(bytes);
  if (decoded.text.length > MAX_MINUTES_CHARS) throw tooMuchText('the file holds');
  const looksHtml = /\.x?html?$/i.test(fileName) || /^\s*(?:<!doctype html|<html[\s>])/i.test(decoded.text);
  if (looksHtml) return { text: htmlText(decoded.text), format: 'html' };
  return { text: decoded.text, format: decoded.encoding === 'utf-8' ? 'text (utf-8)' : 'text (shift_jis)' };
}
