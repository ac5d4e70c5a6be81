// node tests/import/family/write-family.ts: writes the family's documents and expect.json from documents.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { FamilyDocument } from './compose.ts';
import { familyDocuments } from './documents.ts';
import { printPages } from './print-pages.ts';

const folder = 'tests/import/family';

async function documentBytes(document: FamilyDocument): Promise<Uint8Array> {
  const text = (newline: string) =>
    `${document.lines.map((line) => (line === '\f' ? '' : line)).join(newline)}${newline}`;
  switch (document.edition) {
    case 'utf-8':
    case 'html':
      return Buffer.from(text('\n'), 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\ufeff${text('\r\n')}`, 'utf8');
    case 'shift_jis':
      return iconv.encode(text('\r\n'), 'Shift_JIS');
    case 'pdf':
      return printPages(document.lines, {
        runningHeader: document.runningHeader,
        justify: document.justify,
        pageMark: document.pageMark ?? ((page) => `- ${page} -`),
      });
  }
}

const documents = familyDocuments();
const only = process.argv.slice(2);
for (const document of documents) {
  if (only.length > 0 && !only.includes(document.file)) continue;
  writeFileSync(join(folder, document.file), await documentBytes(document));
  console.log(`${document.file}: ${document.expect.statements.length} turns`);
}
const expect = Object.fromEntries(documents.map((document) => [document.file, document.expect]));
writeFileSync(join(folder, 'expect.json'), `${JSON.stringify(expect, null, 1)}\n`);
