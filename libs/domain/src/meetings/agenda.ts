import { LocalDate } from '../time/local-date';

/**
 * An item of a meeting's agenda. Items the product finds due carry a stable id made of what they
 * are about (`review:{policyId}:{schoolId}`), so the clerk's edits (removed, moved) keep
 * applying while the agenda is rebuilt; an item the clerk adds has id `added:{n}`. People are
 * named by id only (names stay out of the log; readers add them).
 */
export type AgendaItemKind =
  | 'policy-approval'
  | 'policy-review'
  | 'eia'
  | 'link-governor-report'
  | 'termly-report'
  | 'action'
  | 'added';

export interface AgendaItem {
  id: string;
  kind: AgendaItemKind;
  title: string;
  /** A line under the title (the clerk's text for an added item); null when none. */
  details: string | null;
  schoolId: string | null;
  policyId: string | null;
  /** The person the item is about (the link governor, the headteacher, the action's owner). */
  personId: string | null;
  /** A date the item turns on: a review's due date, a report's date, an action's due date. */
  on: LocalDate | null;
  /** For a review or an action: past due by the meeting date. */
  overdue: boolean;
}

/** The clerk's changes to the agenda, in the order made (folded from the meeting's stream). */
export interface AgendaEdits {
  added: AgendaItem[];
  removed: string[];
  /** The latest order the clerk gave (ids; the others follow in their own order); null when never reordered. */
  order: string[] | null;
}

export function noAgendaEdits(): AgendaEdits {
  return { added: [], removed: [], order: null };
}

/** The agenda: the items due (or as sent with the papers) with the clerk's additions, removals and order. */
export function composeAgenda(base: readonly AgendaItem[], edits: AgendaEdits): AgendaItem[] {
  const removed = new Set(edits.removed);
  const known = new Set(base.map((item) => item.id));
  const items = [...base, ...edits.added.filter((item) => !known.has(item.id))].filter((item) => !removed.has(item.id));
  if (edits.order === null) return items;
  const rank = new Map(edits.order.map((id, index) => [id, index]));
  const ranked = items.filter((item) => rank.has(item.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...ranked, ...items.filter((item) => !rank.has(item.id))];
}

/** The id for the clerk's next added item. */
export function nextAddedItemId(edits: AgendaEdits): string {
  return `added:${edits.added.length + 1}`;
}
