import { LocalDate, compareDates, isAfter } from '../time/local-date';

export const eiaStatuses = [
  'complete',
  'missing',
  'full-assessment-required',
  'not-required',
] as const;
export type EiaStatus = (typeof eiaStatuses)[number];

export interface EiaFacts {
  /** The catalogue entry's `eiaRequired`. */
  eiaRequired: boolean;
  /** The school's EIAs of the policy (SchoolPolicyState.eias). */
  eias: readonly { completedOn: LocalDate; fullAssessmentRequired: boolean }[];
}

/**
 * The EIA column of the register. The latest EIA (by `completedOn`; on the same day the one
 * recorded last) decides: `full-assessment-required` when it concluded that a full
 * assessment is needed (a later EIA recording the full assessment makes it `complete`),
 * else `complete`. Without any EIA: `missing` when the policy requires one, else
 * `not-required`. An EIA recorded for a policy that does not require one still counts.
 * EIAs completed after `asOf`, when given, are ignored.
 */
export function eiaStatus(facts: EiaFacts, asOf: LocalDate | null = null): EiaStatus {
  const eias = facts.eias.filter((e) => asOf === null || !isAfter(e.completedOn, asOf));
  const latest = eias.reduce<EiaFacts['eias'][number] | null>(
    (last, eia) =>
      last === null || compareDates(eia.completedOn, last.completedOn) >= 0 ? eia : last,
    null,
  );
  if (latest === null) return facts.eiaRequired ? 'missing' : 'not-required';
  return latest.fullAssessmentRequired ? 'full-assessment-required' : 'complete';
}
