/**
 * Builds the site twice and fails unless both dist/ trees are identical, byte for byte. Citations
 * carry version IDs derived from the build output, so the same commit must always build the same site.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function hashTree(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return hashes;
}

function build(): Map<string, string> {
  execSync('npm run build --silent', { stdio: ['ignore', 'ignore', 'inherit'] });
  return hashTree('dist');
}

const first = build();
const second = build();
const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
  (file) => first.get(file) !== second.get(file),
);

console.log(`files: ${first.size}`);
console.log(`differing: ${differing.length}`);
if (differing.length > 0) {
  console.error(`Two builds of the same tree differ:\n${differing.slice(0, 20).join('\n')}`);
  process.exit(1);
}
