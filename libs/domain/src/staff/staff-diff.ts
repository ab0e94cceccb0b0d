import type { StaffImportPerson, StaffImportProblem } from '@governance/contracts';
import { StaffLine, staffEmailKey } from './staff-lines';

/** A person of the trust the directory knows by this email. */
export interface KnownPerson {
  personId: string;
  name: string;
  email: string;
  /** Their job title in the directory, or null. */
  role: string | null;
  /** True when they hold the staff role at this school now. */
  staffHere: boolean;
}

export interface StaffDiffInput {
  lines: readonly StaffLine[];
  /** Every email the file names, problem lines included: nobody on a problem line is leaving. */
  emailsInFile: ReadonlySet<string>;
  /** People of this trust, by lower-cased email. */
  trustPeople: ReadonlyMap<string, KnownPerson>;
  /** Lower-cased emails that belong to people of other trusts. */
  elsewhere: ReadonlySet<string>;
}

export interface StaffDiff {
  added: StaffImportPerson[];
  changed: StaffImportPerson[];
  leaving: StaffImportPerson[];
  unchanged: number;
  problems: StaffImportProblem[];
}

/**
 * What applying the file would do to the school's staff: people to add (new, or of the trust
 * without the staff role here), staff whose name or job title changed, staff missing from the
 * file (leaving) and the rest unchanged. An address of someone in another trust is a problem line.
 */
export function diffStaff({ lines, emailsInFile, trustPeople, elsewhere }: StaffDiffInput): StaffDiff {
  const diff: StaffDiff = { added: [], changed: [], leaving: [], unchanged: 0, problems: [] };
  for (const line of lines) {
    const key = staffEmailKey(line.email);
    const known = trustPeople.get(key);
    if (!known) {
      if (elsewhere.has(key))
        diff.problems.push({
          line: line.line,
          column: 'email',
          message: `${line.email} is already used by an account this school cannot add. Ask the person for another work address, or ask the platform's support to move the account.`,
        });
      else diff.added.push({ personId: null, name: line.name, email: line.email, role: line.role });
      continue;
    }
    const changed: ('name' | 'role')[] = [];
    if (known.name !== line.name) changed.push('name');
    if (known.role !== line.role) changed.push('role');
    const person: StaffImportPerson = { personId: known.personId, name: line.name, email: known.email, role: line.role };
    if (!known.staffHere) diff.added.push(changed.length > 0 ? { ...person, changed } : person);
    else if (changed.length > 0) diff.changed.push({ ...person, changed });
    else diff.unchanged += 1;
  }
  for (const known of trustPeople.values()) {
    if (known.staffHere && !emailsInFile.has(staffEmailKey(known.email)))
      diff.leaving.push({ personId: known.personId, name: known.name, email: known.email, role: known.role });
  }
  return diff;
}

/** True when applying would change nothing: applying it again appends nothing. */
export function isEmptyDiff(diff: StaffDiff): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.leaving.length === 0;
}
