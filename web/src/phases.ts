import type { SchoolPhase, TrustPolicy } from '@governance/contracts';
import { PHASE_LABELS } from './admin/admin-words.js';

/** The phases in the API's order. */
export const ALL_PHASES = Object.keys(PHASE_LABELS) as SchoolPhase[];

/** "All phases", or the phases named: "Secondary, All-through, Special". */
export function phasesText(appliesTo: readonly string[]): string {
  if (ALL_PHASES.every((phase) => appliesTo.includes(phase))) return 'All phases';
  return appliesTo.map((phase) => PHASE_LABELS[phase as SchoolPhase] ?? phase).join(', ');
}

const A_SCHOOL: Record<SchoolPhase, string> = {
  nursery: 'a nursery school',
  primary: 'a primary school',
  secondary: 'a secondary school',
  'all-through': 'an all-through school',
  special: 'a special school',
  'alternative-provision': 'an alternative provision school',
  'sixteen-plus': 'a sixteen plus school (sixth form)',
};

/** "a primary school", for a sentence. */
export function aSchoolOf(phase: string): string {
  return A_SCHOOL[phase as SchoolPhase] ?? `a ${phase} school`;
}

/** The trust's live policies that a school of this phase leaves out (none when the phase is not given), as the server decides. */
export function notApplying(policies: readonly TrustPolicy[], phase: string | null): TrustPolicy[] {
  if (!phase) return [];
  return policies.filter((policy) => !policy.retired && !policy.appliesTo.includes(phase as SchoolPhase));
}
