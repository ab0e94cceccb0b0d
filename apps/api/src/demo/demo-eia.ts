import { EiaImpacts, protectedCharacteristics } from '@governance/domain';

/** An EIA grid as most policies' initial assessment reads: no negative impact anywhere. */
export function noImpactEia(): EiaImpacts {
  return grid(() => ({ negativeImpact: 'no', promotesEquality: 'yes', dataPositive: 'not-sure' }));
}

/** A grid that finds a possible negative impact on disabled pupils: a full assessment is needed. */
export function disabilityConcernEia(): EiaImpacts {
  return grid((c) => ({ negativeImpact: c === 'disability' ? 'not-sure' : 'no', promotesEquality: 'yes', dataPositive: 'not-sure' }));
}

function grid(answer: (characteristic: string) => EiaImpacts[keyof EiaImpacts]): EiaImpacts {
  return Object.fromEntries(protectedCharacteristics.map((c) => [c, answer(c)])) as EiaImpacts;
}
