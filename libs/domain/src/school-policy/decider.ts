import { Decider } from '../shared/decider';
import { SchoolPolicyCommand, decideSchoolPolicy } from './decide';
import {
  SchoolPolicyEvent,
  SchoolPolicyState,
  evolveSchoolPolicy,
  initialSchoolPolicyState,
} from './events';

/** One school's copy of one policy, stream `schoolpolicy-{schoolId}.{policyId}` (streamIds.schoolPolicy). */
export const schoolPolicyDecider: Decider<
  SchoolPolicyCommand,
  SchoolPolicyEvent,
  SchoolPolicyState
> = {
  decide: decideSchoolPolicy,
  evolve: evolveSchoolPolicy,
  initialState: initialSchoolPolicyState,
};
