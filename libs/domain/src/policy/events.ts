import { DomainEvent } from '../shared/decider';
import { ReviewRecord } from '../review-status/review-facts';
import { LocalDate } from '../time/local-date';
import { Approver, PolicyScope } from './policy-values';
import { ApproverException } from '../delegation/scheme';
import { PolicyReviewed, withReview, withoutReview } from './policy-reviewed';
import { EntryWithdrawn } from '../withdrawal/events';
import { withoutOne } from '../withdrawal/without-one';
import type { SchoolPhase } from '../trust/school-values';
import { ALL_PHASES } from './applies-to';
import type { AcknowledgementRequirementChanged } from '../acknowledgement/requirement-changed';

/**
 * Events of a trust's catalogue entry, stream `policy-{policyId}`: the policy, its versions,
 * and (for trust-scope policies) the trust-level approvals and reviews. Data are plain JSON;
 * an absent optional value is `null`.
 */
export type PolicyRegisteredData = {
  policyId: string;
  trustId: string;
  title: string;
  scope: PolicyScope;
  reviewCycleMonths: number;
  /** The body that usually approves it. */
  approver: Approver;
  statutory: boolean;
  eiaRequired: boolean;
  category: string | null;
  legislation: string[];
  linkedPolicies: string[];
  /** The starter-catalogue entry it was created from, if any. */
  catalogueKey: string | null;
  /** The phases of school it applies to (since schema version 2; earlier events read as every phase). */
  appliesTo: SchoolPhase[];
  /** Whether staff must read and acknowledge each adopted version (since schema version 3; earlier events read as the catalogue's default). */
  acknowledgementRequired: boolean;
};
export type PolicyRegistered = DomainEvent<'PolicyRegistered', PolicyRegisteredData>;

/** What the log records about an attached document: enough to find, check and name the stored bytes. */
export type PolicyDocument = {
  /** Lower-case hex SHA-256 of the bytes: the stored file's name, checked again on every download. */
  sha256: string;
  /** The name it was uploaded with, shown and offered when it is downloaded. */
  fileName: string;
  mediaType: string;
  bytes: number;
};

export type PolicyVersionDraftedData = {
  policyId: string;
  /** 1 for the first draft, then 2, 3, ... */
  version: number;
  summary: string;
  documentUrl: string | null;
  /** The document itself, when one was attached (its bytes are stored by hash, never in the log). Since schema version 2. */
  document: PolicyDocument | null;
};
export type PolicyVersionDrafted = DomainEvent<'PolicyVersionDrafted', PolicyVersionDraftedData>;

export type PolicyApprovedData = {
  policyId: string;
  version: number;
  approvedOn: LocalDate;
  body: Approver;
  minuteRef: string | null;
  /** The body the scheme of delegation gave; absent before a scheme was set. */
  bodyExpected?: Approver | null;
  /** Recorded when `body` is not the expected one on purpose. */
  exception?: ApproverException | null;
  /** The meeting that approved it (its minute reference is `minuteRef`); absent when recorded directly. */
  meetingId?: string;
};
export type PolicyApproved = DomainEvent<'PolicyApproved', PolicyApprovedData>;

export type PolicyRetiredData = {
  policyId: string;
  retiredOn: LocalDate;
  reason: string | null;
};
export type PolicyRetired = DomainEvent<'PolicyRetired', PolicyRetiredData>;

/** The trust changed the phases of school a policy applies to: registers and figures follow. */
export type PolicyAppliesToChangedData = {
  policyId: string;
  appliesTo: SchoolPhase[];
};
export type PolicyAppliesToChanged = DomainEvent<'PolicyAppliesToChanged', PolicyAppliesToChangedData>;

export type PolicyEvent =
  | PolicyRegistered
  | PolicyAppliesToChanged
  | AcknowledgementRequirementChanged
  | PolicyVersionDrafted
  | PolicyApproved
  | PolicyReviewed<'trust'>
  | PolicyRetired
  | EntryWithdrawn;

/** Every event type of the policy stream. */
export const POLICY_EVENT_TYPES: readonly PolicyEvent['type'][] = [
  'PolicyRegistered',
  'PolicyAppliesToChanged',
  'AcknowledgementRequirementChanged',
  'PolicyVersionDrafted',
  'PolicyApproved',
  'PolicyReviewed',
  'PolicyRetired',
  'EntryWithdrawn',
];

export interface RegisteredPolicy {
  registered: true;
  policyId: string;
  trustId: string;
  title: string;
  scope: PolicyScope;
  reviewCycleMonths: number;
  approver: Approver;
  statutory: boolean;
  eiaRequired: boolean;
  /** The catalogue category, matched by the scheme of delegation. */
  category?: string | null;
  /** The phases of school it applies to. */
  appliesTo: SchoolPhase[];
  /** Whether staff must read and acknowledge each adopted version. */
  acknowledgementRequired: boolean;
  /** Version numbers drafted so far, in order (1, 2, ...). */
  versions: number[];
  approvals: { version: number; approvedOn: LocalDate }[];
  reviews: ReviewRecord[];
  retired: boolean;
}
export type PolicyState = { registered: false } | RegisteredPolicy;

export function initialPolicyState(): PolicyState {
  return { registered: false };
}

export function evolvePolicy(state: PolicyState, event: PolicyEvent): PolicyState {
  if (event.type === 'PolicyRegistered') {
    const { policyId, trustId, title, scope, reviewCycleMonths, approver, statutory, eiaRequired } =
      event.data;
    return {
      registered: true,
      policyId,
      trustId,
      title,
      scope,
      reviewCycleMonths,
      approver,
      statutory,
      eiaRequired,
      category: event.data.category ?? null,
      appliesTo: event.data.appliesTo ? [...event.data.appliesTo] : [...ALL_PHASES],
      // Read through the upcaster: a registration stored before the flag carries the catalogue default.
      acknowledgementRequired: event.data.acknowledgementRequired === true,
      versions: [],
      approvals: [],
      reviews: [],
      retired: false,
    };
  }
  if (!state.registered) return state;
  switch (event.type) {
    case 'PolicyAppliesToChanged':
      return { ...state, appliesTo: [...event.data.appliesTo] };
    case 'AcknowledgementRequirementChanged':
      return { ...state, acknowledgementRequired: event.data.acknowledgementRequired };
    case 'PolicyVersionDrafted':
      return { ...state, versions: [...state.versions, event.data.version] };
    case 'PolicyApproved':
      return {
        ...state,
        approvals: [...state.approvals, approvalOf(event.data)],
      };
    case 'PolicyReviewed':
      return { ...state, reviews: withReview(state.reviews, event) };
    case 'PolicyRetired':
      return { ...state, retired: true };
    case 'EntryWithdrawn': {
      // A withdrawn approval or trust-level review stops counting.
      const { entryType, entry } = event.data;
      if (entryType === 'PolicyApproved')
        return { ...state, approvals: withoutOne(state.approvals, approvalOf(entry as PolicyApprovedData)) };
      if (entryType === 'PolicyReviewed')
        return { ...state, reviews: withoutReview(state.reviews, entry as PolicyReviewed['data']) };
      return state;
    }
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event;
      return state;
    }
  }
}

const approvalOf = (data: PolicyApprovedData) => ({ version: data.version, approvedOn: data.approvedOn });
