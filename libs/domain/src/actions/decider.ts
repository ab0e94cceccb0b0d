import { Decider } from '../shared/decider';
import { ActionCommand, decideAction } from './decide';
import { ActionEvent, ActionState, evolveAction, initialActionState } from './events';

/** One action: opened, reassigned, given a new due date, done. Stream `action-{actionId}` (streamIds.action). */
export const actionDecider: Decider<ActionCommand, ActionEvent, ActionState> = {
  decide: decideAction,
  evolve: evolveAction,
  initialState: initialActionState,
};
