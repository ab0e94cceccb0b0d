import { Decider } from '../shared/decider';
import { LinkGovernanceCommand, decideLinkGovernance } from './decide';
import {
  LinkGovernanceEvent,
  LinkGovernanceState,
  evolveLinkGovernance,
  initialLinkGovernanceState,
} from './events';

/** A school's link governors, their visits and reports, stream `linkgov-{schoolId}` (streamIds.linkGovernance). */
export const linkGovernanceDecider: Decider<
  LinkGovernanceCommand,
  LinkGovernanceEvent,
  LinkGovernanceState
> = {
  decide: decideLinkGovernance,
  evolve: evolveLinkGovernance,
  initialState: initialLinkGovernanceState,
};
