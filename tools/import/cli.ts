// npm run import -- <minutes.pdf|.html|.txt> [--out DIR] [--force] [--body SLUG]: writes a draft meeting record and stubs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../command-line.ts';
import { ImportError } from './errors.ts';
import { importMinutes } from './import-minutes.ts';
import { readKnownRecord } from './known-record.ts';
import { readMinutes } from './read-input.ts';
import { importReport } from './report.ts';
import { draftFiles } from './write-draft.ts';
import { writeDraftFiles, writeProblems } from './write-files.ts';

const usage = 'usage: npm run import -- <minutes.pdf|minutes.html|minutes.txt> [--out DIR] [--force] [--body SLUG]';

/** Slugs already used in the output folder, so that new stubs never overwrite an earlier draft's. */
function reservedIn(outDir: string) {
  const slugs = (collection: string) =>
    existsSync(join(outDir, collection))
      ? readdirSync(join(outDir, collection)).map((name) => name.replace(/\.(?:yaml|md)$/, ''))
      : [];
  return { people: slugs('people'), organizations: slugs('organizations'), bodies: slugs('bodies') };
}

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine(
    {
      options: {
        out: { type: 'string', default: 'content' },
        force: { type: 'boolean', default: false },
        body: { type: 'string' },
      },
      allowPositionals: true,
    },
    usage,
  );
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  try {
    const [outProblem] = writeProblems(values.out, [], false);
    if (outProblem) throw new ImportError(outProblem);
    const { text, format } = await readMinutes(readFileSync(file), file);
    // People and organizations are matched against the record the site builds from; stub names
    // are chosen against the output folder too.
    const record = { ...readKnownRecord('content'), reserved: reservedIn(values.out) };
    const draft = importMinutes(text, record, values.body ? { body: values.body } : {});
    // The copy in sources/ is the text read from the file: the site serves sources as UTF-8.
    const written = writeDraftFiles(values.out, draftFiles(draft, text), values.force);
    console.log(`${file} (${format}): wrote`);
    for (const path of written) console.log(`  ${path}`);
    console.log(importReport(draft, text));
    return 0;
  } catch (error) {
    if (error instanceof ImportError || (error instanceof Error && 'code' in error)) {
      console.error(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
