import { InvalidValueError } from '../shared/domain-error';
import { SCHOOL_PHASES, SchoolPhase, isSchoolPhase } from '../trust/school-values';

/** Every phase: what a policy applies to unless the trust says otherwise. */
export const ALL_PHASES: readonly SchoolPhase[] = SCHOOL_PHASES;

/**
 * The phases a policy applies to, from a request: absent means every phase; otherwise a
 * non-empty list of known phases (each once, in the contract's order).
 */
export function appliesToList(raw: unknown, field = 'appliesTo'): SchoolPhase[] {
  if (raw === undefined || raw === null) return [...ALL_PHASES];
  if (!Array.isArray(raw)) throw new InvalidValueError(field, `${field} must be a list of phases: ${SCHOOL_PHASES.join(', ')}.`);
  if (raw.length === 0) {
    throw new InvalidValueError(field, `${field} must name at least one phase (leave it out for a policy that applies to every phase).`);
  }
  const unknown = raw.filter((phase) => typeof phase !== 'string' || !isSchoolPhase(phase));
  if (unknown.length > 0) {
    throw new InvalidValueError(
      field,
      `${field} has phases that do not exist: ${unknown.map((phase) => JSON.stringify(phase)).join(', ')}. The phases are ${SCHOOL_PHASES.join(', ')}.`,
    );
  }
  return SCHOOL_PHASES.filter((phase) => raw.includes(phase));
}

/**
 * Whether a policy belongs in a school's register and figures. A school whose phase is not
 * given keeps every policy (schools added before phases mattered); a policy with no list
 * (stored before appliesTo existed) applies to every phase.
 */
export function policyAppliesTo(appliesTo: readonly string[] | null | undefined, phase: string | null | undefined): boolean {
  if (phase === null || phase === undefined || phase === '') return true;
  if (appliesTo === null || appliesTo === undefined) return true;
  return appliesTo.includes(phase);
}

/** Whether two lists name the same phases. */
export function samePhases(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((phase) => b.includes(phase));
}
