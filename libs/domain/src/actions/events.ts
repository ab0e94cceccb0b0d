import { DomainEvent } from '../shared/decider';
import { LocalDate } from '../time/local-date';

/** Where an action came from: a link governor's visit, a meeting, or an evaluation's "no" answer. */
export const actionSourceKinds = ['visit', 'meeting', 'evaluation'] as const;
export type ActionSourceKind = (typeof actionSourceKinds)[number];

/**
 * The source as recorded on the action: its kind and id (the event id of the visit or the
 * evaluation; a meeting's id), the day it happened when known, and for an evaluation the point
 * that was answered "no" (null when the evaluation had none or it was not named).
 */
export interface ActionSource {
  kind: ActionSourceKind;
  id: string;
  on: LocalDate | null;
  point: string | null;
}

/**
 * Events of one action, stream `action-{actionId}`. An action agreed at a visit has no
 * ActionOpened: the visit's LinkGovernorVisitLogged (its `followUp`) opened it, in the same
 * append as the visit, so later events of that action start its stream here.
 */
export type ActionOpenedData = {
  actionId: string;
  trustId: string;
  schoolId: string | null;
  title: string;
  ownerId: string;
  dueOn: LocalDate;
  source: ActionSource | null;
  openedBy: string;
};
export type ActionOpened = DomainEvent<'ActionOpened', ActionOpenedData>;

export type ActionCompletedData = {
  actionId: string;
  completedOn: LocalDate;
  note: string | null;
  completedBy: string;
};
export type ActionCompleted = DomainEvent<'ActionCompleted', ActionCompletedData>;

export type ActionReassignedData = { actionId: string; ownerId: string; previousOwnerId: string };
export type ActionReassigned = DomainEvent<'ActionReassigned', ActionReassignedData>;

export type ActionDueDateChangedData = { actionId: string; dueOn: LocalDate; previousDueOn: LocalDate };
export type ActionDueDateChanged = DomainEvent<'ActionDueDateChanged', ActionDueDateChangedData>;

export type ActionEvent = ActionOpened | ActionCompleted | ActionReassigned | ActionDueDateChanged;

export const ACTION_EVENT_TYPES: readonly ActionEvent['type'][] = [
  'ActionOpened',
  'ActionCompleted',
  'ActionReassigned',
  'ActionDueDateChanged',
];

/** What an action is, however it was opened. */
export interface ActionFacts {
  actionId: string;
  trustId: string;
  schoolId: string | null;
  title: string;
  ownerId: string;
  dueOn: LocalDate;
  source: ActionSource | null;
}

export interface ActionState {
  /** From this stream's ActionOpened; null for an action agreed at a visit (its facts come with the command). */
  opened: ActionFacts | null;
  /** Changes made since it was opened (null: as opened). */
  ownerId: string | null;
  dueOn: LocalDate | null;
  completed: { completedOn: LocalDate; note: string | null } | null;
}

export function initialActionState(): ActionState {
  return { opened: null, ownerId: null, dueOn: null, completed: null };
}

export function evolveAction(state: ActionState, event: ActionEvent): ActionState {
  switch (event.type) {
    case 'ActionOpened': {
      const { openedBy: _by, ...facts } = event.data;
      return { ...state, opened: facts };
    }
    case 'ActionCompleted':
      return { ...state, completed: { completedOn: event.data.completedOn, note: event.data.note } };
    case 'ActionReassigned':
      return { ...state, ownerId: event.data.ownerId };
    case 'ActionDueDateChanged':
      return { ...state, dueOn: event.data.dueOn };
    default: {
      const _unknown: never = event;
      return state;
    }
  }
}

/** The action as it stands: its opening facts with any reassignment or new due date applied. */
export function currentAction(state: ActionState, agreedElsewhere: ActionFacts | null): ActionFacts | null {
  const opened = state.opened ?? agreedElsewhere;
  if (!opened) return null;
  return { ...opened, ownerId: state.ownerId ?? opened.ownerId, dueOn: state.dueOn ?? opened.dueOn };
}
