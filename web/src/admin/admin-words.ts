import type { Role, SchoolPhase } from '@governance/contracts';
import { Option } from '../forms/form-kit.js';
import { ROLE_LABELS } from '../vocabulary.js';

/** The trust-admin area's words for the API's codes. */

export const PHASE_LABELS: Record<SchoolPhase, string> = {
  nursery: 'Nursery',
  primary: 'Primary',
  secondary: 'Secondary',
  'all-through': 'All-through',
  special: 'Special',
  'alternative-provision': 'Alternative provision',
  'sixteen-plus': 'Sixteen plus (sixth form)',
};

export function phaseLabel(phase: string | null | undefined): string {
  return phase ? (PHASE_LABELS[phase as SchoolPhase] ?? phase) : '';
}

export const PHASE_OPTIONS: Option[] = Object.entries(PHASE_LABELS).map(([value, label]) => ({ value, label }));

/** Roles held at one school (the rest are trust-wide). */
export const SCHOOL_ROLES: Role[] = ['headteacher', 'governor', 'staff'];

/** What the roles do, in one line beside the choice. */
export const ROLE_HINT =
  'A trust administrator sets up the trust; a trustee sees every school’s figures; a clerk prepares meeting papers and assigns link governors; a headteacher or staff member records the school’s policy work; a governor sees the school’s register.';

export const ROLE_OPTIONS: Option[] = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** "Governor at Ravens Wood Primary", "Trust administrator". */
export function roleText(role: Role, schoolName?: string): string {
  return schoolName ? `${ROLE_LABELS[role]} at ${schoolName}` : ROLE_LABELS[role];
}
