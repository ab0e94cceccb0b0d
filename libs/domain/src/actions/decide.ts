import { optionalText, requireRecordDate, requireText } from '../input';
import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError, InvalidValueError, NotFoundError } from '../shared/domain-error';
import { refuseFutureDate } from '../time/not-in-future';
import { ActionEvent, ActionFacts, ActionSource, ActionState, currentAction } from './events';

/**
 * Commands on one action (stream `action-{actionId}`). The owner (a person of the trust) and
 * the source (found in the trust's log) are checked by the application with
 * requireActionOwner and checkActionSource before the decider runs; who may send each command
 * is the access table's (mayOpenAction, mayCompleteAction, mayChangeAction).
 *
 * `agreed` carries the facts of an action agreed at a visit, which has no ActionOpened of its
 * own (the visit event opened it); the application reads them from the visit.
 */
export interface OpenAction {
  type: 'OpenAction';
  data: { actionId: string; trustId: string; schoolId: string | null; title: unknown; ownerId: string; dueOn: unknown; source: ActionSource | null };
}

export interface CompleteAction {
  type: 'CompleteAction';
  data: { actionId: string; completedOn: unknown; note?: unknown; agreed: ActionFacts | null };
}

/** Another owner (checked by requireActionOwner), another due date, or both, in one append. */
export interface ChangeAction {
  type: 'ChangeAction';
  data: { actionId: string; ownerId?: string; dueOn?: unknown; agreed: ActionFacts | null };
}

export type ActionCommand = OpenAction | CompleteAction | ChangeAction;

export function decideAction(command: ActionCommand, state: ActionState, context: DecisionContext): ActionEvent[] {
  switch (command.type) {
    case 'OpenAction':
      return open(command, state, context);
    case 'CompleteAction':
      return complete(command, state, context);
    case 'ChangeAction':
      return change(command, state);
    default:
      return assertNever(command);
  }
}

/** The title and due date every action needs (400 when missing or malformed). */
export function parseActionTitle(value: unknown): string {
  return requireText(value, 'title', { max: 500 });
}

export function parseDueOn(value: unknown): string {
  return requireRecordDate(value, 'dueOn');
}

function open({ data }: OpenAction, state: ActionState, context: DecisionContext): ActionEvent[] {
  const title = parseActionTitle(data.title);
  const dueOn = parseDueOn(data.dueOn);
  if (state.opened) return [];
  return [
    {
      type: 'ActionOpened',
      data: { actionId: data.actionId, trustId: data.trustId, schoolId: data.schoolId, title, ownerId: data.ownerId, dueOn, source: data.source, openedBy: context.actorId },
    },
  ];
}

/**
 * Marking an action done. Sending the same completion again (a double click, a retried form)
 * changes nothing (200); a different completion of a done action is refused, because the
 * first one is what the board was told.
 */
function complete({ data }: CompleteAction, state: ActionState, context: DecisionContext): ActionEvent[] {
  const completedOn = requireRecordDate(data.completedOn, 'completedOn');
  refuseFutureDate(completedOn, 'completedOn', context.today);
  const note = optionalText(data.note, 'note', { max: 2000 });
  existing(state, data);
  if (state.completed) {
    if (state.completed.completedOn === completedOn && state.completed.note === note) return [];
    throw new DomainError('action-already-done', `This action was marked done on ${state.completed.completedOn}; it cannot be marked done again.`, {
      actionId: data.actionId,
      completedOn: state.completed.completedOn,
    });
  }
  return [{ type: 'ActionCompleted', data: { actionId: data.actionId, completedOn, note, completedBy: context.actorId } }];
}

/** What is already so changes nothing; a done action is refused (it keeps what it was done under). */
function change({ data }: ChangeAction, state: ActionState): ActionEvent[] {
  if (data.ownerId === undefined && data.dueOn === undefined) {
    throw new InvalidValueError('ownerId', 'Give a new ownerId, a new dueOn, or both.');
  }
  const dueOn = data.dueOn === undefined ? null : parseDueOn(data.dueOn);
  const action = stillOpen(state, data);
  const events: ActionEvent[] = [];
  if (dueOn !== null && dueOn !== action.dueOn) {
    events.push({ type: 'ActionDueDateChanged', data: { actionId: data.actionId, dueOn, previousDueOn: action.dueOn } });
  }
  if (data.ownerId !== undefined && data.ownerId !== action.ownerId) {
    events.push({ type: 'ActionReassigned', data: { actionId: data.actionId, ownerId: data.ownerId, previousOwnerId: action.ownerId } });
  }
  return events;
}

function existing(state: ActionState, data: { actionId: string; agreed: ActionFacts | null }): ActionFacts {
  const action = currentAction(state, data.agreed);
  if (!action) throw new NotFoundError('Action', data.actionId);
  return action;
}

/** A done action keeps the owner and due date it was done under. */
function stillOpen(state: ActionState, data: { actionId: string; agreed: ActionFacts | null }): ActionFacts {
  const action = existing(state, data);
  if (state.completed) {
    throw new DomainError('action-done', `This action was marked done on ${state.completed.completedOn}; a done action keeps its owner and due date.`, { actionId: data.actionId });
  }
  return action;
}
