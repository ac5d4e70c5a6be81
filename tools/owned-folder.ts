/**
 * Folders a script may delete: only those it made itself, marked by a file of ours inside them.
 * A mistyped `--out content` or `--dir .` must never `rm -rf` the record, so every script that
 * deletes a folder goes through this module, which refuses any folder without the marker.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The marker file's name; its presence makes a folder a script's own. */
export const OWNED_MARKER = '.made-by-record-script';

export class FolderNotOwnedError extends Error {
  override name = 'FolderNotOwnedError';
}

function refuse(dir: string, why: string): never {
  throw new FolderNotOwnedError(
    `refusing to delete or overwrite ${resolve(dir)}: ${why}. A script deletes only a folder it made itself, marked by a ${OWNED_MARKER} file. Fix: pass a new or empty folder, or delete this one yourself if nothing in it is needed.`,
  );
}

/**
 * Makes `dir` this script's own: creates it (or takes an empty one) and marks it, or checks the
 * mark of one a script made before. Throws FolderNotOwnedError for any other folder or a file.
 */
export function claimFolder(dir: string, owner: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
  } else if (!statSync(dir).isDirectory()) {
    refuse(dir, 'it is a file, not a folder');
  } else if (!existsSync(join(dir, OWNED_MARKER))) {
    if (readdirSync(dir).length > 0) refuse(dir, 'it holds files that no script of ours marked as its own');
  } else {
    return;
  }
  writeFileSync(join(dir, OWNED_MARKER), `Made by ${owner}; scripts of this project may delete this folder.\n`);
}

/** Claims `dir`, then deletes everything in it but the marker: a fresh folder that stays ours. */
export function emptyOwnedFolder(dir: string, owner: string): void {
  claimFolder(dir, owner);
  for (const name of readdirSync(dir)) {
    if (name !== OWNED_MARKER) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/** Deletes `name` (one entry, not a path) inside a folder this script owns. */
export function removeInOwnedFolder(dir: string, name: string, owner: string): void {
  if (name !== basename(name) || name === '.' || name === '..' || name === '') {
    throw new Error(`removeInOwnedFolder: "${name}" must be the name of one entry inside ${dir}`);
  }
  claimFolder(dir, owner);
  rmSync(join(dir, name), { recursive: true, force: true });
}

/** Deletes a folder this script owns, marker and all. Refuses any other folder. */
export function removeOwnedFolder(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) refuse(dir, 'it is a file, not a folder');
  if (!existsSync(join(dir, OWNED_MARKER))) refuse(dir, 'it has no marker');
  rmSync(dir, { recursive: true, force: true });
}

/** A new temporary folder, owned and marked, for removeOwnedFolder() when done. */
export function ownedTemporaryFolder(prefix: string, owner: string): string {
  const dir = mkdtempSync(prefix);
  claimFolder(dir, owner);
  return dir;
}

/** Runs a script's folder step; a refusal ends the script with its message and exit code 1, no stack. */
export function refuseOrRun<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof FolderNotOwnedError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
