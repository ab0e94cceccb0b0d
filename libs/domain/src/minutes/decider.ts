import { Decider } from '../shared/decider';
import { MinutesCommand, decideMinutes } from './decide';
import { MinutesEvent, MinutesState, evolveMinutes, initialMinutesState } from './events';

/** The record of generated minutes inputs, stream `minutes-{trustId}.{term}` (minutesStreamId). */
export const minutesDecider: Decider<MinutesCommand, MinutesEvent, MinutesState> = {
  decide: decideMinutes,
  evolve: evolveMinutes,
  initialState: initialMinutesState,
};
