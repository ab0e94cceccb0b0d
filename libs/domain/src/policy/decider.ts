import { Decider } from '../shared/decider';
import { PolicyCommand, decidePolicy } from './decide';
import { PolicyEvent, PolicyState, evolvePolicy, initialPolicyState } from './events';

/** The trust's catalogue entry for one policy, stream `policy-{policyId}` (streamIds.policy). */
export const policyDecider: Decider<PolicyCommand, PolicyEvent, PolicyState> = {
  decide: decidePolicy,
  evolve: evolvePolicy,
  initialState: initialPolicyState,
};
