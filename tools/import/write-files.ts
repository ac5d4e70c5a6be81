import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ImportError } from './errors.ts';
import type { DraftFile } from './write-draft.ts';

/**
 * Writes a draft's files under a content folder. Checks every target first, so that a refusal
 * leaves nothing half-written: an existing record is the editors' work and is kept unless --force.
 */
export function writeDraftFiles(outDir: string, files: DraftFile[], force: boolean): string[] {
  const existing = files.map((file) => join(outDir, file.path)).filter((path) => existsSync(path));
  if (existing.length > 0 && !force) {
    throw new ImportError(
      `these files exist and were left alone; nothing was written. Pass --force to overwrite them:\n  ${existing.join('\n  ')}`,
    );
  }
  return files.map((file) => {
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    return path;
  });
}
