import { Injectable } from '@nestjs/common';
import { diffStaff, KnownPerson, readStaffFile, requireReadableStaffFile, StaffDiff, staffEmailKey } from '@governance/domain';
import type { StaffImportReport } from '@governance/contracts';
import { createHash } from 'node:crypto';
import { JobTitles } from '../directory/job-titles';
import { PeopleDirectory } from '../directory/people-directory';
import { PersonReader } from '../people/person-reader';

/** What an import of this file would do at this school, and what applying needs to know. */
export interface StaffImportPlan {
  rows: number;
  diff: StaffDiff;
  /** Problem lines: the file's own and addresses of other trusts' people, in line order. */
  problems: StaffImportReport['problems'];
  /** Person ids of the trust whose PersonRegistered is in the log (a directory row may be a registration undone). */
  registered: ReadonlySet<string>;
  sha256: string;
}

/**
 * Reads a staff file and compares it with the school's staff and the trust's people. A read:
 * the dry run answers it as it is, and the apply command starts from it.
 */
@Injectable()
export class StaffImportPlanQuery {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly jobTitles: JobTitles,
    private readonly people: PersonReader,
  ) {}

  async execute(trustId: string, schoolId: string, bytes: Uint8Array): Promise<StaffImportPlan> {
    const reading = requireReadableStaffFile(readStaffFile(bytes));
    const entries = this.directory.listByTrust(trustId).filter((entry) => entry.erasedAt === null && entry.email !== null);
    const states = await Promise.all(entries.map((entry) => this.people.load(entry.personId)));
    const titles = this.jobTitles.ofTrust(trustId);
    const trustPeople = new Map<string, KnownPerson>();
    const registered = new Set<string>();
    entries.forEach((entry, i) => {
      const state = states[i];
      const isRegistered = state.exists && state.trustId === trustId;
      if (isRegistered) registered.add(entry.personId);
      const staffHere = isRegistered && state.roles.some((grant) => grant.role === 'staff' && grant.schoolId === schoolId);
      trustPeople.set(staffEmailKey(entry.email as string), {
        personId: entry.personId,
        name: entry.name ?? '',
        email: entry.email as string,
        role: titles.get(entry.personId) ?? null,
        staffHere,
      });
    });
    const elsewhere = new Set<string>();
    for (const line of reading.clean) {
      const key = staffEmailKey(line.email);
      if (trustPeople.has(key)) continue;
      const holder = this.directory.findByEmail(key);
      if (holder && holder.trustId !== trustId) elsewhere.add(key);
    }
    const diff = diffStaff({ lines: reading.clean, emailsInFile: reading.emailsInFile, trustPeople, elsewhere });
    const problems = [...reading.problems, ...diff.problems].sort((a, b) => a.line - b.line);
    return { rows: reading.rows, diff, problems, registered, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
}

/** The answer for a plan, applied or not. */
export function staffImportReport(schoolId: string, plan: StaffImportPlan, applied: boolean, position: string | null = null): StaffImportReport {
  const { added, changed, leaving, unchanged } = plan.diff;
  return { schoolId, applied, rows: plan.rows, added, changed, leaving, unchanged, problems: plan.problems, position };
}
