import { DomainEvent } from '../shared/decider';
import { Approver } from '../policy/policy-values';
import { ApproverException } from '../delegation/scheme';
import { PolicyReviewed, withReview, withoutReview } from '../policy/policy-reviewed';
import { ReviewRecord } from '../review-status/review-facts';
import { LocalDate } from '../time/local-date';
import { EiaAudience, EiaImpacts } from './eia';
import { ChecklistItem } from './evaluation';
import { EntryWithdrawn } from '../withdrawal/events';
import { withoutOne } from '../withdrawal/without-one';

/**
 * Events of one school's copy of one policy, stream `schoolpolicy-{schoolId}.{policyId}`:
 * its adoptions, local reviews, EIAs, evaluations and the review reminders of the scheduler.
 * Data are plain JSON; an absent optional value is `null`.
 */
export type PolicyAdoptedData = {
  schoolId: string;
  policyId: string;
  version: number;
  adoptedOn: LocalDate;
  /** The body that approved it locally ("ratified by the FGB" is `local-governing-body`). */
  approvedBy: Approver | null;
  localAmendments: string | null;
  /** The body the trust's scheme of delegation gave when it was recorded; absent before a scheme was set. */
  approvedByExpected?: Approver | null;
  /** Recorded when `approvedBy` is not the expected body on purpose: it counts, flagged. */
  exception?: ApproverException | null;
  /** The meeting that adopted it and the minute reference; absent when recorded directly. */
  meetingId?: string;
  minuteRef?: string;
};
export type PolicyAdopted = DomainEvent<'PolicyAdopted', PolicyAdoptedData>;

export type EIACompletedData = {
  schoolId: string;
  policyId: string;
  /** The version assessed, when given. */
  version: number | null;
  completedOn: LocalDate;
  impacts: EiaImpacts;
  fullAssessmentRequired: boolean;
  conclusion: string;
  /** Opaque person id of whoever approved the EIA (names stay out of the log). */
  approvedBy: string | null;
  approvedOn: LocalDate | null;
  affects: EiaAudience[];
};
export type EIACompleted = DomainEvent<'EIACompleted', EIACompletedData>;

export type PolicyEvaluatedData = {
  schoolId: string;
  policyId: string;
  evaluatedOn: LocalDate;
  checklist: ChecklistItem[];
  effectivenessStatement: string;
};
export type PolicyEvaluated = DomainEvent<'PolicyEvaluated', PolicyEvaluatedData>;

/** The review falling due on `dueOn` was noticed on `asOf` (once per due date). */
export type ReviewReminderData = {
  schoolId: string;
  policyId: string;
  dueOn: LocalDate;
  asOf: LocalDate;
};
export type ReviewDue = DomainEvent<'ReviewDue', ReviewReminderData>;
export type ReviewOverdue = DomainEvent<'ReviewOverdue', ReviewReminderData>;

/** The staff lead for this policy at this school, reminded of its reviews with the headteacher. */
export type PolicyOwnerAssignedData = { schoolId: string; policyId: string; personId: string };
export type PolicyOwnerAssigned = DomainEvent<'PolicyOwnerAssigned', PolicyOwnerAssignedData>;

export type SchoolPolicyEvent =
  | PolicyAdopted
  | PolicyReviewed<'school'>
  | EIACompleted
  | PolicyEvaluated
  | ReviewDue
  | ReviewOverdue
  | EntryWithdrawn
  | PolicyOwnerAssigned;

/** Every event type of the school-policy stream (`PolicyReviewed` is also a policy-stream type; see `level`). */
export const SCHOOL_POLICY_EVENT_TYPES: readonly SchoolPolicyEvent['type'][] = [
  'PolicyAdopted',
  'PolicyReviewed',
  'EIACompleted',
  'PolicyEvaluated',
  'ReviewDue',
  'ReviewOverdue',
  'EntryWithdrawn',
  'PolicyOwnerAssigned',
];

export interface SchoolPolicyState {
  adoptions: { version: number; adoptedOn: LocalDate }[];
  reviews: ReviewRecord[];
  eias: { completedOn: LocalDate; fullAssessmentRequired: boolean }[];
  evaluations: { evaluatedOn: LocalDate }[];
  /** Due dates already marked ReviewDue / ReviewOverdue: one mark per review cycle. */
  markedDue: LocalDate[];
  markedOverdue: LocalDate[];
  /** The person named by the last PolicyOwnerAssigned, or null. */
  ownerId: string | null;
}

export function initialSchoolPolicyState(): SchoolPolicyState {
  return {
    adoptions: [],
    reviews: [],
    eias: [],
    evaluations: [],
    markedDue: [],
    markedOverdue: [],
    ownerId: null,
  };
}

export function evolveSchoolPolicy(
  state: SchoolPolicyState,
  event: SchoolPolicyEvent,
): SchoolPolicyState {
  switch (event.type) {
    case 'PolicyAdopted':
      return { ...state, adoptions: [...state.adoptions, adoptionOf(event.data)] };
    case 'PolicyReviewed':
      return { ...state, reviews: withReview(state.reviews, event) };
    case 'EIACompleted':
      return { ...state, eias: [...state.eias, eiaOf(event.data)] };
    case 'PolicyEvaluated':
      return { ...state, evaluations: [...state.evaluations, evaluationOf(event.data)] };
    case 'EntryWithdrawn':
      return withoutEntry(state, event);
    case 'ReviewDue':
      return { ...state, markedDue: [...state.markedDue, event.data.dueOn] };
    case 'ReviewOverdue':
      return { ...state, markedOverdue: [...state.markedOverdue, event.data.dueOn] };
    case 'PolicyOwnerAssigned':
      return { ...state, ownerId: event.data.personId };
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event;
      return state;
    }
  }
}

const adoptionOf = (data: PolicyAdoptedData) => ({ version: data.version, adoptedOn: data.adoptedOn });
const eiaOf = (data: EIACompletedData) => ({
  completedOn: data.completedOn,
  fullAssessmentRequired: data.fullAssessmentRequired,
});
const evaluationOf = (data: PolicyEvaluatedData) => ({ evaluatedOn: data.evaluatedOn });

/** A withdrawn entry stops counting: the state is as if it had never been recorded. */
function withoutEntry(state: SchoolPolicyState, { data }: EntryWithdrawn): SchoolPolicyState {
  switch (data.entryType) {
    case 'PolicyAdopted':
      return { ...state, adoptions: withoutOne(state.adoptions, adoptionOf(data.entry as PolicyAdoptedData)) };
    case 'PolicyReviewed':
      return { ...state, reviews: withoutReview(state.reviews, data.entry as PolicyReviewed['data']) };
    case 'EIACompleted':
      return { ...state, eias: withoutOne(state.eias, eiaOf(data.entry as EIACompletedData)) };
    case 'PolicyEvaluated':
      return { ...state, evaluations: withoutOne(state.evaluations, evaluationOf(data.entry as PolicyEvaluatedData)) };
    default:
      return state;
  }
}

/** The version adopted last (the highest: a school never adopts an older one), or null. */
export function adoptedVersionOf(state: SchoolPolicyState): number | null {
  return state.adoptions.length === 0 ? null : Math.max(...state.adoptions.map((a) => a.version));
}
