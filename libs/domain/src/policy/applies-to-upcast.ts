import type { UpcastStep } from '../upcasting/upcaster';
import { SCHOOL_PHASES } from '../trust/school-values';

/**
 * PolicyRegistered version 2 says which phases of school the policy applies to (`appliesTo`).
 * A version-1 policy was registered when every policy applied to every school, so it reads as
 * applying to every phase: existing registers and figures stay as they were.
 */
export const policyRegisteredAppliesToV2: UpcastStep = {
  type: 'PolicyRegistered',
  fromVersion: 1,
  upcast: (data) => ({ data: { ...data, appliesTo: [...SCHOOL_PHASES] } }),
};
