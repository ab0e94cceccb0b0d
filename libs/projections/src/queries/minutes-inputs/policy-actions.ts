import type { Approver, LocalDate, ReviewOutcome } from '@governance/domain';
import type { PersonRef, PolicyAction } from './types';

/** An approval, adoption or review as the audit trail holds it. */
export interface PolicyEventRow {
  type: string;
  data: Record<string, unknown>;
  actorId: string | null;
}

export interface PolicyActionsByLevel {
  trust: PolicyAction[];
  bySchool: Map<string, PolicyAction[]>;
}

/**
 * The approvals, adoptions and reviews dated within `[from, to]` (the date the body decided,
 * not the day it was recorded), split into the trust's own and each school's, by date then title.
 */
export function policyActionsBetween(
  rows: readonly PolicyEventRow[],
  from: LocalDate,
  to: LocalDate,
  titleOf: (policyId: string) => string,
  person: (personId: string) => PersonRef,
): PolicyActionsByLevel {
  const trust: PolicyAction[] = [];
  const bySchool = new Map<string, PolicyAction[]>();
  for (const row of rows) {
    const action = toAction(row, titleOf, person);
    if (!action || action.on < from || action.on > to) continue;
    const schoolId = typeof row.data.schoolId === 'string' ? row.data.schoolId : null;
    if (action.level === 'trust' || schoolId === null) trust.push(action);
    else bySchool.set(schoolId, [...(bySchool.get(schoolId) ?? []), action]);
  }
  const sort = (actions: PolicyAction[]) =>
    actions.sort((a, b) => a.on.localeCompare(b.on) || a.title.localeCompare(b.title));
  sort(trust);
  bySchool.forEach(sort);
  return { trust, bySchool };
}

function toAction(
  { type, data, actorId }: PolicyEventRow,
  titleOf: (policyId: string) => string,
  person: (personId: string) => PersonRef,
): PolicyAction | null {
  const policyId = text(data.policyId);
  if (policyId === null) return null;
  const common = {
    policyId,
    title: titleOf(policyId),
    recordedBy: actorId ? person(actorId) : null,
    // Only on actions a meeting decided, so the pack of a trust without meetings is as before.
    ...(text(data.meetingId) !== null ? { meetingId: text(data.meetingId) } : {}),
  };
  switch (type) {
    case 'PolicyApproved':
      return {
        ...common,
        level: 'trust',
        action: 'approved',
        on: text(data.approvedOn) ?? '',
        version: number(data.version),
        approvedBy: text(data.body) as Approver | null,
        minuteRef: text(data.minuteRef),
        outcome: null,
        nextReviewDue: null,
        notes: null,
      };
    case 'PolicyAdopted':
      return {
        ...common,
        level: 'school',
        action: 'adopted',
        on: text(data.adoptedOn) ?? '',
        version: number(data.version),
        approvedBy: text(data.approvedBy) as Approver | null,
        minuteRef: text(data.minuteRef),
        outcome: null,
        nextReviewDue: null,
        notes: text(data.localAmendments),
      };
    case 'PolicyReviewed':
      return {
        ...common,
        level: data.level === 'trust' ? 'trust' : 'school',
        action: 'reviewed',
        on: text(data.reviewedOn) ?? '',
        version: null,
        approvedBy: null,
        minuteRef: text(data.minuteRef),
        outcome: text(data.outcome) as ReviewOutcome | null,
        nextReviewDue: text(data.nextReviewDue),
        notes: text(data.notes),
      };
    default:
      return null;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function number(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
