import { Decider } from '../shared/decider';
import { TermDatesCommand, decideTermDates } from './decide';
import { TermDatesEvent, TermDatesState, evolveTermDates, initialTermDatesState } from './events';

/** A trust's own term dates, stream `termdates-{trustId}` (termDatesStreamId). */
export const termDatesDecider: Decider<TermDatesCommand, TermDatesEvent, TermDatesState> = {
  decide: decideTermDates,
  evolve: evolveTermDates,
  initialState: initialTermDatesState,
};

/** The stream of a trust's term dates (kept apart from `trust-{trustId}`, which holds its schools). */
export const termDatesStreamId = (trustId: string) => `termdates-${trustId}`;
