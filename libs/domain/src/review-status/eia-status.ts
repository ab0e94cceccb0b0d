import { LocalDate, compareDates, isAfter } from '../time/local-date';

export const eiaStatuses = [
  'complete',
  'missing',
  'full-assessment-required',
  'not-required',
  'out-of-date',
] as const;
export type EiaStatus = (typeof eiaStatuses)[number];

export interface EiaFacts {
  /** The catalogue entry's `eiaRequired`. */
  eiaRequired: boolean;
  /** The school's adoptions of the policy; without them every EIA counts for the policy as a whole. */
  adoptions?: readonly { version: number; adoptedOn: LocalDate }[];
  /** The school's EIAs of the policy; `version` null (or absent) when recorded without one. */
  eias: readonly { completedOn: LocalDate; fullAssessmentRequired: boolean; version?: number | null }[];
}

export interface EiaAssessment {
  status: EiaStatus;
  /** The version the EIA that decided the status was for (null without one, or when unknown). */
  version: number | null;
}

/**
 * The version an EIA completed on `completedOn` counts for when it names none: the version
 * the school had adopted by then (its highest adoption on or before that day), else, for an
 * EIA done ahead of the first adoption, the first version adopted. Null before any adoption.
 */
export function eiaVersionAt(
  adoptions: readonly { version: number; adoptedOn: LocalDate }[],
  completedOn: LocalDate,
): number | null {
  const byThen = adoptions.filter((a) => !isAfter(a.adoptedOn, completedOn));
  if (byThen.length > 0) return Math.max(...byThen.map((a) => a.version));
  return adoptions.length === 0 ? null : Math.min(...adoptions.map((a) => a.version));
}

/**
 * The EIA column of the register. An EIA belongs to a version (the one it names, or the one
 * adopted when it was completed, see `eiaVersionAt`), and only EIAs of the adopted version
 * count: the latest of them (by `completedOn`; on the same day the one recorded last) is
 * `full-assessment-required` when it concluded that a full assessment is needed, else
 * `complete`. When a later version was adopted and no EIA names it, an earlier version's EIA
 * makes it `out-of-date` (when the policy requires an EIA; else `not-required`). Without any
 * EIA of the adopted or an earlier version: `missing` when required, else `not-required`.
 * Before any adoption the latest EIA decides. Entries dated after `asOf`, when given, are ignored.
 */
export function eiaAssessment(facts: EiaFacts, asOf: LocalDate | null = null): EiaAssessment {
  const known = (date: LocalDate) => asOf === null || !isAfter(date, asOf);
  const adoptions = (facts.adoptions ?? []).filter((a) => known(a.adoptedOn));
  const eias = facts.eias
    .filter((e) => known(e.completedOn))
    .map((e) => ({ ...e, version: e.version ?? eiaVersionAt(adoptions, e.completedOn) }));
  const adopted = adoptions.length === 0 ? null : Math.max(...adoptions.map((a) => a.version));
  const forAdopted = adopted === null ? eias : eias.filter((e) => e.version === adopted);
  const latest = latestOf(forAdopted);
  if (latest !== null) {
    return {
      status: latest.fullAssessmentRequired ? 'full-assessment-required' : 'complete',
      version: latest.version,
    };
  }
  const earlier = latestOf(eias.filter((e) => adopted !== null && e.version !== null && e.version < adopted));
  if (earlier !== null) {
    return { status: facts.eiaRequired ? 'out-of-date' : 'not-required', version: earlier.version };
  }
  return { status: facts.eiaRequired ? 'missing' : 'not-required', version: null };
}

/** The register's EIA status alone (see `eiaAssessment`). */
export function eiaStatus(facts: EiaFacts, asOf: LocalDate | null = null): EiaStatus {
  return eiaAssessment(facts, asOf).status;
}

function latestOf<E extends { completedOn: LocalDate }>(eias: readonly E[]): E | null {
  return eias.reduce<E | null>(
    (last, eia) => (last === null || compareDates(eia.completedOn, last.completedOn) >= 0 ? eia : last),
    null,
  );
}
