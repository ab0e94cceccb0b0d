import type { StaffImportProblem } from '@governance/contracts';
import { DomainError } from '../shared/domain-error';
import { StaffFileReading } from './staff-file';

/** A file that cannot be read as a staff list at all (422, nothing applied). */
export function requireReadableStaffFile(reading: StaffFileReading): Extract<StaffFileReading, { ok: true }> {
  if (!reading.ok) throw new DomainError(reading.code, reading.message, { field: 'file' });
  return reading;
}

/**
 * Nothing is applied until the file is clean, unless the clean lines were asked for: the refusal
 * carries the same problem lines the dry run reports.
 */
export function requireCleanStaffList(problems: readonly StaffImportProblem[], applyCleanLines: boolean): void {
  if (problems.length === 0 || applyCleanLines) return;
  const count = new Set(problems.map((problem) => problem.line)).size;
  const lines = count === 1 ? 'a problem on 1 line' : `problems on ${count} lines`;
  throw new DomainError(
    'staff-list-has-problems',
    `The staff list has ${lines}, so nothing was applied. Correct the file and import it again, or apply only the clean lines (applyCleanLines=true).`,
    { problems: [...problems] },
  );
}
