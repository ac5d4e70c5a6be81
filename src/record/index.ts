import { deriveRecord, type DerivedRecord } from './derive';
import { findIntegrityProblems, RecordIntegrityError } from './integrity';
import type { RecordEntries } from './types';

/** Checks the record as a whole and derives its indexes; throws RecordIntegrityError listing every problem. */
export function buildRecord(entries: RecordEntries): DerivedRecord {
  const problems = findIntegrityProblems(entries);
  if (problems.length > 0) throw new RecordIntegrityError(problems);
  return deriveRecord(entries);
}

export type * from './derive';
export type * from './types';
export { findIntegrityProblems, RecordIntegrityError, type IntegrityProblem } from './integrity';
