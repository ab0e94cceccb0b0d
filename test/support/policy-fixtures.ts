import { EiaAnswer, EiaImpacts, EiaQuestion, protectedCharacteristics } from '@governance/domain';

/** A complete EIA grid: no negative impact, promotes equality, data not sure (unless overridden). */
export function fullEia(answers: Partial<Record<EiaQuestion, EiaAnswer>> = {}): EiaImpacts {
  return Object.fromEntries(
    protectedCharacteristics.map((c) => [c, { negativeImpact: 'no', promotesEquality: 'yes', dataPositive: 'not-sure', ...answers }]),
  ) as EiaImpacts;
}
