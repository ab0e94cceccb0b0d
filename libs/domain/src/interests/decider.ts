import { Decider } from '../shared/decider';
import { decideInterests, InterestsCommand } from './decide';
import { evolveInterests, initialInterestsState, InterestsEvent, InterestsState } from './events';

/** The trust's declarations of interests. Stream `interests-{trustId}` (streamIds.interests). */
export const interestsDecider: Decider<InterestsCommand, InterestsEvent, InterestsState> = {
  decide: decideInterests,
  evolve: evolveInterests,
  initialState: initialInterestsState,
};
