// npm run import -- <file.txt> [--out DIR] [--force]: writes a draft meeting record and stubs.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeSource } from './decode.ts';
import { ImportError } from './errors.ts';
import { characterCounts, importMinutes } from './import-minutes.ts';
import { readKnownRecord } from './known-record.ts';
import { draftFiles } from './write-draft.ts';
import { writeDraftFiles } from './write-files.ts';

const usage = 'usage: npm run import -- <file.txt> [--out DIR] [--force]';

function main(): number {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string', default: 'content' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  try {
    const { text, encoding } = decodeSource(readFileSync(file));
    // People and organizations are matched against the record the site builds from, not the output folder.
    const draft = importMinutes(text, readKnownRecord('content'));
    // The copy in sources/ is the decoded text: the site serves sources as UTF-8.
    const written = writeDraftFiles(values.out, draftFiles(draft, text), values.force);
    console.log(`${file} (${encoding}, ${draft.layout} layout): wrote`);
    for (const path of written) console.log(`  ${path}`);
    const statements = draft.items.filter((item) => item.type === 'statement').length;
    const { total = 0, ...byKind } = characterCounts(draft.pieces);
    const sourceCharacters = text.replace(/\s/g, '').length;
    console.log(`${statements} statements, ${draft.stubs.length} stubs.`);
    console.log(
      `${total} of ${sourceCharacters} non-whitespace source characters accounted for: ${Object.entries(byKind)
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ')}`,
    );
    if (draft.warnings.length > 0) {
      console.log('Not classified or needing a check:');
      for (const warning of draft.warnings) console.log(`  ${warning}`);
    } else {
      console.log('Everything in the source was classified.');
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportError || (error instanceof Error && 'code' in error)) {
      console.error(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
