import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ImportError } from './errors.ts';
import type { DraftFile } from './write-draft.ts';

/** Why a draft cannot be written to outDir, one line per problem; empty when it can. */
export function writeProblems(outDir: string, files: DraftFile[], force: boolean): string[] {
  if (outDir.trim() === '') return ['--out is empty: name the folder to write into (it would be the current folder)'];
  const root = resolve(outDir);
  const problems = new Set<string>();
  const rootStat = lstatSync(root, { throwIfNoEntry: false });
  if (rootStat && !rootStat.isDirectory() && !(rootStat.isSymbolicLink() && existsSync(root))) {
    return [`--out ${outDir} is not a folder`];
  }
  const existing: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    const steps = relative(root, target).split(sep);
    let path = root;
    for (const [index, step] of steps.entries()) {
      path = join(path, step);
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (!stat) break;
      const last = index === steps.length - 1;
      const problem = stat.isSymbolicLink()
        ? `${path} is a symbolic link: the importer does not write through links inside --out`
        : !last && !stat.isDirectory()
          ? `${path} is a file where a folder is needed`
          : last && !stat.isFile()
            ? `${path} exists and is not a file`
            : undefined;
      if (problem) {
        problems.add(problem);
        break;
      }
      if (last) existing.push(path);
    }
  }
  if (existing.length > 0 && !force) {
    problems.add(`these files exist and were left alone. Pass --force to overwrite them:\n  ${existing.join('\n  ')}`);
  }
  return [...problems];
}

/**
 * Writes a draft's files under a content folder, all or nothing: every target is checked first,
 * the files are written into a temporary folder inside it and then moved into place; a failure
 * while moving puts back what was there. An existing record is the editors' work: kept unless --force.
 */
export function writeDraftFiles(outDir: string, files: DraftFile[], force: boolean): string[] {
  const problems = writeProblems(outDir, files, force);
  if (problems.length > 0) throw new ImportError(`nothing was written: ${problems.join('; ')}`);
  const root = resolve(outDir);
  // Inside --out, not beside it: --out may be a disk of its own (a mount point), and a file cannot
  // be renamed from one disk to another (EXDEV).
  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, '.import-staging-'));
  try {
    files.forEach((file, index) => {
      writeFileSync(join(staging, `${index}`), file.contents);
    });
    return moveIntoPlace(staging, root, files);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function moveIntoPlace(staging: string, root: string, files: DraftFile[]): string[] {
  const done: { target: string; backup?: string; madeDirs: string[] }[] = [];
  try {
    files.forEach((file, index) => {
      const target = join(root, file.path);
      const madeDir = mkdirSync(dirname(target), { recursive: true });
      const step: (typeof done)[number] = { target, madeDirs: madeDir ? [madeDir] : [] };
      if (existsSync(target)) {
        step.backup = join(staging, `backup-${index}`);
        moveFile(target, step.backup);
      }
      done.push(step);
      moveFile(join(staging, `${index}`), target);
    });
  } catch (error) {
    for (const step of done.reverse()) {
      rmSync(step.target, { force: true });
      if (step.backup) moveFile(step.backup, step.target);
      for (const dir of step.madeDirs) rmSync(dir, { recursive: true, force: true });
    }
    throw new ImportError(`nothing was written: moving the draft into ${root} failed (${String(error)})`);
  }
  return done.map((step) => step.target);
}

/** Renames a file, or copies it where a folder inside --out is a disk of its own (EXDEV). */
function moveFile(from: string, to: string) {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
    rmSync(from);
  }
}
