import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError, InvalidValueError, NotFoundError } from '../shared/domain-error';
import {
  optionalBoolean,
  optionalRecordDate,
  optionalText,
  optionalWebLink,
  requireChoice,
  requireInteger,
  requireRecordDate,
  requireText,
  textList,
} from '../input';
import { refuseFutureDate } from '../time/not-in-future';
import { parseReviewCycle } from '../time/review-cycle';
import { PolicyDocument, PolicyEvent, PolicyState, RegisteredPolicy } from './events';
import { attachedDocument } from './attached-document';
import { DelegationCheck, optionalException, refuseWrongApprover } from '../delegation/scheme';
import {
  Approver,
  PolicyScope,
  ReviewOutcome,
  approvers,
  policyScopes,
} from './policy-values';
import { readReviewInput, refuseNextReviewNotAfter } from './review-rules';
import { appliesToList, samePhases } from './applies-to';
import { MeetingDecisionRef, meetingRefFields } from '../meetings/meeting-ref';

/** Commands on a trust's catalogue entry (stream `policy-{policyId}`). */
export interface RegisterPolicy {
  type: 'RegisterPolicy';
  data: {
    policyId: string;
    trustId: string;
    title: string;
    scope: PolicyScope;
    /** Months (1-60) or a phrase such as "annually" or "bi-annually". */
    reviewCycleMonths: number | string;
    approver: Approver;
    /** Default false. */
    statutory?: boolean;
    /** Default true. */
    eiaRequired?: boolean;
    category?: string | null;
    legislation?: string[];
    linkedPolicies?: string[];
    catalogueKey?: string | null;
    /** The phases of school it applies to; default every phase. */
    appliesTo?: unknown;
    /** Whether staff must acknowledge each adopted version; default false. */
    acknowledgementRequired?: unknown;
  };
}

/** The trust changes the phases of school a policy applies to (the same list changes nothing). */
export interface ChangePolicyAppliesTo {
  type: 'ChangePolicyAppliesTo';
  data: { policyId: string; appliesTo: unknown };
}

/**
 * The trust changes a policy's settings: the phases it applies to and whether staff must
 * acknowledge it. Either or both; a value equal to the current one changes nothing.
 */
export interface ChangePolicySettings {
  type: 'ChangePolicySettings';
  data: { policyId: string; appliesTo?: unknown; acknowledgementRequired?: unknown };
}

export interface DraftPolicyVersion {
  type: 'DraftPolicyVersion';
  data: { policyId: string; summary: string; documentUrl?: string | null; document?: PolicyDocument | null };
}

export interface ApprovePolicyVersion {
  type: 'ApprovePolicyVersion';
  data: {
    policyId: string;
    version: number;
    approvedOn: string;
    body: Approver;
    minuteRef?: string | null;
    /** The expected body under the scheme of delegation, loaded by the handler; absent when the trust has none. */
    delegation?: DelegationCheck | null;
    exception?: unknown;
    /** The meeting that took this decision, with its minute reference (a decision route); absent on the direct routes. */
    meeting?: MeetingDecisionRef | null;
  };
}

export interface ReviewPolicy {
  type: 'ReviewPolicy';
  data: {
    policyId: string;
    reviewedOn: string;
    outcome: ReviewOutcome;
    notes?: string | null;
    /** A date, or a term such as "Spring 2027"; absent means one cycle after the review. */
    nextReviewDue?: string | null;
    /** The meeting that took this decision, with its minute reference (a decision route); absent on the direct routes. */
    meeting?: MeetingDecisionRef | null;
  };
}

export interface RetirePolicy {
  type: 'RetirePolicy';
  /** `retiredOn` defaults to today. */
  data: { policyId: string; retiredOn?: string | null; reason?: string | null };
}

export type PolicyCommand =
  RegisterPolicy | ChangePolicyAppliesTo | ChangePolicySettings | DraftPolicyVersion | ApprovePolicyVersion | ReviewPolicy | RetirePolicy;

export function decidePolicy(
  command: PolicyCommand,
  state: PolicyState,
  context: DecisionContext,
): PolicyEvent[] {
  switch (command.type) {
    case 'RegisterPolicy':
      return register(command, state);
    case 'ChangePolicyAppliesTo':
      return changeAppliesTo(command, active(state, command.data.policyId));
    case 'ChangePolicySettings':
      return changeSettings(command, active(state, command.data.policyId));
    case 'DraftPolicyVersion':
      return draftVersion(command, active(state, command.data.policyId));
    case 'ApprovePolicyVersion':
      return approve(command, trustLevel(active(state, command.data.policyId), 'approve'), context);
    case 'ReviewPolicy':
      return review(command, trustLevel(active(state, command.data.policyId), 'review'), context);
    case 'RetirePolicy':
      return retire(command, active(state, command.data.policyId), context);
    default:
      return assertNever(command);
  }
}

function register({ data }: RegisterPolicy, state: PolicyState): PolicyEvent[] {
  if (state.registered) {
    throw new DomainError(
      'already-registered',
      `This policy is already registered as “${state.title}”.`,
      {
        policyId: state.policyId,
      },
    );
  }
  return [
    {
      type: 'PolicyRegistered',
      data: {
        policyId: requireText(data.policyId, 'policyId', { max: 200 }),
        trustId: requireText(data.trustId, 'trustId', { max: 200 }),
        title: requireText(data.title, 'title', { max: 200 }),
        scope: requireChoice(data.scope, policyScopes, 'scope'),
        reviewCycleMonths: parseReviewCycle(data.reviewCycleMonths),
        approver: requireChoice(data.approver, approvers, 'approver'),
        statutory: optionalBoolean(data.statutory, 'statutory', false),
        eiaRequired: optionalBoolean(data.eiaRequired, 'eiaRequired', true),
        category: optionalText(data.category, 'category', { max: 100 }),
        legislation: textList(data.legislation, 'legislation', { max: 300 }),
        linkedPolicies: textList(data.linkedPolicies, 'linkedPolicies', { max: 200 }),
        catalogueKey: optionalText(data.catalogueKey, 'catalogueKey', { max: 100 }),
        appliesTo: appliesToList(data.appliesTo),
        acknowledgementRequired: optionalBoolean(data.acknowledgementRequired, 'acknowledgementRequired', false),
      },
    },
  ];
}

function changeAppliesTo({ data }: ChangePolicyAppliesTo, policy: RegisteredPolicy): PolicyEvent[] {
  if (data.appliesTo === undefined || data.appliesTo === null) {
    throw new InvalidValueError('appliesTo', 'appliesTo is required: the list of phases the policy applies to.');
  }
  const appliesTo = appliesToList(data.appliesTo);
  if (samePhases(appliesTo, policy.appliesTo)) return [];
  return [{ type: 'PolicyAppliesToChanged', data: { policyId: policy.policyId, appliesTo } }];
}

function changeSettings({ data }: ChangePolicySettings, policy: RegisteredPolicy): PolicyEvent[] {
  const given = (value: unknown) => value !== undefined && value !== null;
  if (!given(data.appliesTo) && !given(data.acknowledgementRequired)) {
    throw new InvalidValueError(
      'appliesTo',
      'Nothing to change: give appliesTo (the phases the policy applies to), acknowledgementRequired (true or false), or both.',
    );
  }
  const events: PolicyEvent[] = given(data.appliesTo)
    ? changeAppliesTo({ type: 'ChangePolicyAppliesTo', data: { policyId: policy.policyId, appliesTo: data.appliesTo } }, policy)
    : [];
  if (given(data.acknowledgementRequired)) {
    const acknowledgementRequired = optionalBoolean(data.acknowledgementRequired, 'acknowledgementRequired', false);
    if (acknowledgementRequired !== policy.acknowledgementRequired) {
      events.push({ type: 'AcknowledgementRequirementChanged', data: { policyId: policy.policyId, acknowledgementRequired } });
    }
  }
  return events;
}

function draftVersion({ data }: DraftPolicyVersion, policy: RegisteredPolicy): PolicyEvent[] {
  const documentUrl = optionalWebLink(data.documentUrl, 'documentUrl', { max: 2000 });
  return [
    {
      type: 'PolicyVersionDrafted',
      data: {
        policyId: policy.policyId,
        version: policy.versions.length + 1,
        summary: requireText(data.summary, 'summary', { max: 5000 }),
        documentUrl,
        document: attachedDocument(data.document),
      },
    },
  ];
}

function approve(
  { data }: ApprovePolicyVersion,
  policy: RegisteredPolicy,
  context: DecisionContext,
): PolicyEvent[] {
  const version = requireInteger(data.version, 'version', 1);
  const approvedOn = requireRecordDate(data.approvedOn, 'approvedOn');
  const body = requireChoice(data.body, approvers, 'body');
  const minuteRef = data.meeting ? data.meeting.minuteRef : optionalText(data.minuteRef, 'minuteRef', { max: 200 });
  const exception = refuseWrongApprover(body, data.delegation, optionalException(data.exception), 'approval');
  refuseUnknownVersion(policy, version);
  refuseFutureDate(approvedOn, 'approvedOn', context.today);
  return [
    {
      type: 'PolicyApproved',
      data: {
        policyId: policy.policyId,
        version,
        approvedOn,
        body,
        minuteRef,
        ...(data.delegation ? { bodyExpected: data.delegation.expected, exception } : {}),
        ...(data.meeting ? { meetingId: data.meeting.meetingId } : {}),
      },
    },
  ];
}

function review(
  { data }: ReviewPolicy,
  policy: RegisteredPolicy,
  context: DecisionContext,
): PolicyEvent[] {
  const { reviewedOn, outcome, notes, nextReviewDue } = readReviewInput(data);
  refuseFutureDate(reviewedOn, 'reviewedOn', context.today);
  refuseNextReviewNotAfter(reviewedOn, nextReviewDue);
  return [
    {
      type: 'PolicyReviewed',
      data: {
        level: 'trust',
        policyId: policy.policyId,
        reviewedOn,
        outcome,
        notes,
        nextReviewDue,
        ...meetingRefFields(data.meeting),
      },
    },
  ];
}

function retire(
  { data }: RetirePolicy,
  policy: RegisteredPolicy,
  context: DecisionContext,
): PolicyEvent[] {
  const retiredOn = optionalRecordDate(data.retiredOn, 'retiredOn') ?? context.today;
  const reason = optionalText(data.reason, 'reason', { max: 2000 });
  refuseFutureDate(retiredOn, 'retiredOn', context.today);
  return [{ type: 'PolicyRetired', data: { policyId: policy.policyId, retiredOn, reason } }];
}

/** The policy must exist (404) and not be retired (422). */
function active(state: PolicyState, policyId: string): RegisteredPolicy {
  if (!state.registered) throw new NotFoundError('Policy', policyId);
  if (state.retired) {
    throw new DomainError(
      'policy-retired',
      `“${state.title}” has been retired; it can no longer be changed.`,
      {
        policyId: state.policyId,
      },
    );
  }
  return state;
}

/** Approvals and reviews at trust level are for trust-scope policies only. */
function trustLevel(policy: RegisteredPolicy, action: 'approve' | 'review'): RegisteredPolicy {
  if (policy.scope !== 'trust') {
    throw new DomainError(
      'not-trust-scope',
      `“${policy.title}” is a school policy: each school ${action === 'approve' ? 'adopts' : 'reviews'} its own. ` +
        `Record the ${action === 'approve' ? 'adoption' : 'review'} on the school’s policy instead.`,
      { policyId: policy.policyId, scope: policy.scope },
    );
  }
  return policy;
}

export function refuseUnknownVersion(
  policy: { policyId: string; title?: string; versions: number[] },
  version: number,
): void {
  if (!policy.versions.includes(version)) {
    const known =
      policy.versions.length === 0
        ? 'no versions have been drafted yet'
        : `known versions: ${policy.versions.join(', ')}`;
    throw new DomainError(
      'unknown-version',
      `Version ${version} of this policy does not exist (${known}).`,
      {
        policyId: policy.policyId,
        version,
        versions: policy.versions,
      },
    );
  }
}
