/**
 * Checks the built site in dist/ against registry/urls.json: fails when a published URL or
 * statement anchor disappeared without an entry in registry/redirects.json.
 * `--update` adds what the site now publishes to the registry (it never removes anything).
 * Run with Node 24 (type stripping): `node tools/check/registry.ts [--update] [dist-dir]`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extendRegistry,
  findRegistryProblems,
  readSite,
  type Redirects,
  type Registry,
} from '../../src/site/registry.ts';

const REGISTRY = 'registry/urls.json';
const REDIRECTS = 'registry/redirects.json';

const readJson = <T>(file: string, empty: T): T =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : empty;

const args = process.argv.slice(2);
const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/ has no site: run \`npm run build\` first.`);
  process.exit(1);
}
const site = readSite(dist);
const registry = readJson<Registry>(REGISTRY, { urls: [], anchors: {} });
const redirects = readJson<Redirects>(REDIRECTS, {});

if (args.includes('--update')) {
  writeFileSync(REGISTRY, `${JSON.stringify(extendRegistry(registry, site), null, 2)}\n`);
  console.log(`${REGISTRY} updated.`);
}
const current = readJson<Registry>(REGISTRY, registry);
const problems = findRegistryProblems(current, redirects, site);
if (problems.length > 0) {
  console.error(`Permalink registry: ${problems.length} published URL(s) or anchor(s) would break:\n`);
  for (const problem of problems) console.error(`- ${problem}`);
  process.exit(1);
}
const anchorCount = Object.values(current.anchors).reduce((n, ids) => n + ids.length, 0);
console.log(`Permalink registry: all ${current.urls.length} URLs and ${anchorCount} anchors resolve.`);
