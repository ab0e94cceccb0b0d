/** Where an action came from, as a request names it. */
export interface ActionSourceRef {
  kind: 'visit' | 'meeting' | 'evaluation';
  /** The event id of the visit or evaluation (as the audit trail gives it), or the meeting's id. */
  id: string;
}

/** POST /api/trusts/{trustId}/actions. */
export interface OpenActionRequest {
  title: string;
  ownerId: string;
  dueOn: string;
  schoolId?: string;
  source?: ActionSourceRef;
  /** For an evaluation source: the point answered "no" that this action follows up (default: its only one). */
  point?: string;
}

/** POST /api/trusts/{trustId}/actions/{actionId}/completion. */
export interface CompleteActionRequest {
  completedOn: string;
  note?: string;
}

/** PATCH /api/trusts/{trustId}/actions/{actionId}: another owner, another due date, or both. */
export interface ChangeActionRequest {
  ownerId?: string;
  dueOn?: string;
}

export type ActionStatus = 'open' | 'overdue' | 'done';

/** One action as the lists give it. */
export interface ActionItem {
  id: string;
  title: string;
  ownerId: string;
  /** The owner's name, or null when the person was erased. */
  ownerName: string | null;
  schoolId: string | null;
  dueOn: string;
  /** `overdue`: open and due before today (the server's today). */
  status: ActionStatus;
  source: (ActionSourceRef & { on: string | null; point: string | null }) | null;
  /** "Link governor visit on 6 October 2026". */
  sourceInWords: string;
  completedOn: string | null;
  note: string | null;
}

/** Open and overdue actions, counted per school and in the dashboard's totals. */
export interface ActionCounts {
  openActions: number;
  overdueActions: number;
}
