/**
 * The Astro floor: a bare Astro project that renders `pages` pages of `pageBytes` bytes each from
 * a one-line template, the least any Astro site of that many pages of that size can take to build.
 * Our build is measured against it (docs/benchmarks.md).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Writes the floor project into `dir` (a new folder) and returns the command that builds it. */
export function writeFloorProject(dir: string, pages: number, pageBytes: number): string[] {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n`,
  );
  // Japanese text, three bytes a character in UTF-8, like the record's; the page's markup is the rest.
  const text = '会議の記録です。'.repeat(Math.max(1, Math.round((pageBytes - 60) / 24)));
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nexport const getStaticPaths = () => Array.from({ length: ${String(pages)} }, (_, n) => ({ params: { n: String(n) } }));\nconst text = ${JSON.stringify(text)};\n---\n<html lang="ja"><body><p>{Astro.params.n} {text}</p></body></html>\n`,
  );
  return ['node', resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', dir];
}
