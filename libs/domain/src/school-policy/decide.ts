import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import {
  optionalChoice,
  optionalRecordDate,
  optionalText,
  requireBoolean,
  requireChoice,
  requireInteger,
  requireRecordDate,
  requireText,
  textList,
} from '../input';
import { refuseUnknownVersion } from '../policy/decide';
import { PolicyFacts } from '../policy/policy-facts';
import { DelegationCheck, optionalException, refuseWrongApprover } from '../delegation/scheme';
import { Approver, ReviewOutcome, approvers } from '../policy/policy-values';
import { readReviewInput, refuseNextReviewNotAfter } from '../policy/review-rules';
import {
  LocalDate,
  isAfter,
  isBefore,
  parseLocalDate,
} from '../time/local-date';
import { refuseFutureDate } from '../time/not-in-future';
import { EiaAudience, EiaImpacts, eiaAudiences, parseEiaImpacts } from './eia';
import { ChecklistItem, parseChecklist } from './evaluation';
import { SchoolPolicyEvent, SchoolPolicyState, adoptedVersionOf } from './events';
import { eiaVersionAt } from '../review-status/eia-status';
import { AssignPolicyOwner, assignOwner } from './owner';
import { MeetingDecisionRef, meetingRefFields } from '../meetings/meeting-ref';

/**
 * Commands on a school's copy of a policy (stream `schoolpolicy-{schoolId}.{policyId}`).
 *
 * The rules need facts about the trust's catalogue entry (its versions, scope, retirement),
 * which live in the `policy-{policyId}` stream. Each command therefore carries them in
 * `policy`: the application layer loads that stream, folds it with `policyDecider` and passes
 * `policyFactsOf(state)`. The decision is only as fresh as those facts; the catalogue entry
 * changes rarely and never un-retires or loses a version, so a stale read at worst refuses a
 * version drafted a moment ago.
 */
interface SchoolPolicyCommandData {
  schoolId: string;
  policyId: string;
  policy: PolicyFacts;
}

export interface AdoptPolicy {
  type: 'AdoptPolicy';
  data: SchoolPolicyCommandData & {
    version: number;
    adoptedOn: string;
    approvedBy?: Approver | null;
    localAmendments?: string | null;
    /** The expected body under the scheme of delegation, loaded by the handler; absent when the trust has none. */
    delegation?: DelegationCheck | null;
    /** `{reason}`: the body named is not the expected one, on purpose. */
    exception?: unknown;
    /** The meeting that took this decision, with its minute reference (a decision route); absent on the direct routes. */
    meeting?: MeetingDecisionRef | null;
  };
}

export interface ReviewSchoolPolicy {
  type: 'ReviewSchoolPolicy';
  data: SchoolPolicyCommandData & {
    reviewedOn: string;
    outcome: ReviewOutcome;
    notes?: string | null;
    /** A date, or a term such as "Spring 2027"; absent means one cycle after the review. */
    nextReviewDue?: string | null;
    /** The meeting that took this decision, with its minute reference (a decision route); absent on the direct routes. */
    meeting?: MeetingDecisionRef | null;
  };
}

export interface CompleteEIA {
  type: 'CompleteEIA';
  data: SchoolPolicyCommandData & {
    completedOn: string;
    impacts: EiaImpacts;
    fullAssessmentRequired: boolean;
    conclusion: string;
    /** Opaque person id of the approver. */
    approvedBy?: string | null;
    approvedOn?: string | null;
    version?: number | null;
    affects?: EiaAudience[];
  };
}

export interface EvaluatePolicy {
  type: 'EvaluatePolicy';
  data: SchoolPolicyCommandData & {
    evaluatedOn: string;
    checklist: { point: string; answer: ChecklistItem['answer']; evidence?: string | null }[];
    effectivenessStatement: string;
  };
}

/** Sent by the review scan: the review due on `dueOn` is due soon (or overdue) as of `asOf`. */
export interface MarkReviewDue {
  type: 'MarkReviewDue';
  data: SchoolPolicyCommandData & { dueOn: string; asOf: string };
}

export interface MarkReviewOverdue {
  type: 'MarkReviewOverdue';
  data: SchoolPolicyCommandData & { dueOn: string; asOf: string };
}

export type SchoolPolicyCommand =
  | AdoptPolicy
  | ReviewSchoolPolicy
  | CompleteEIA
  | EvaluatePolicy
  | MarkReviewDue
  | MarkReviewOverdue
  | AssignPolicyOwner;

export function decideSchoolPolicy(
  command: SchoolPolicyCommand,
  state: SchoolPolicyState,
  context: DecisionContext,
): SchoolPolicyEvent[] {
  refuseRetired(command.data);
  switch (command.type) {
    case 'AdoptPolicy':
      return adopt(command, state, context);
    case 'ReviewSchoolPolicy':
      return review(command, state, context);
    case 'CompleteEIA':
      return completeEia(command, state, context);
    case 'EvaluatePolicy':
      return evaluate(command, state, context);
    case 'MarkReviewDue':
      return markDue(command, state, context);
    case 'MarkReviewOverdue':
      return markOverdue(command, state, context);
    case 'AssignPolicyOwner':
      return assignOwner(command, state);
    default:
      return assertNever(command);
  }
}

function adopt(
  { data }: AdoptPolicy,
  state: SchoolPolicyState,
  context: DecisionContext,
): SchoolPolicyEvent[] {
  const version = requireInteger(data.version, 'version', 1);
  const adoptedOn = requireRecordDate(data.adoptedOn, 'adoptedOn');
  const approvedBy = optionalChoice(data.approvedBy, approvers, 'approvedBy');
  const localAmendments = optionalText(data.localAmendments, 'localAmendments');
  const exception = refuseWrongApprover(
    approvedBy,
    data.delegation,
    optionalException(data.exception),
    'adoption',
  );
  refuseUnknownVersion({ policyId: data.policyId, versions: data.policy.versions }, version);
  const adopted = adoptedVersionOf(state);
  if (adopted === version) {
    throw new DomainError(
      'version-already-adopted',
      `Version ${version} of “${data.policy.title}” is already adopted; record a review to confirm it again.`,
      { version },
    );
  }
  if (adopted !== null && version < adopted) {
    throw new DomainError(
      'older-version',
      `Version ${version} of “${data.policy.title}” is older than the adopted version ${adopted}.`,
      { version, adoptedVersion: adopted },
    );
  }
  refuseFutureDate(adoptedOn, 'adoptedOn', context.today);
  return [
    {
      type: 'PolicyAdopted',
      data: {
        schoolId: data.schoolId,
        policyId: data.policyId,
        version,
        adoptedOn,
        approvedBy,
        localAmendments,
        ...(data.delegation ? { approvedByExpected: data.delegation.expected, exception } : {}),
        ...meetingRefFields(data.meeting),
      },
    },
  ];
}

function review(
  { data }: ReviewSchoolPolicy,
  state: SchoolPolicyState,
  context: DecisionContext,
): SchoolPolicyEvent[] {
  const { reviewedOn, outcome, notes, nextReviewDue } = readReviewInput(data);
  if (data.policy.scope === 'trust') {
    throw new DomainError(
      'trust-scope-policy',
      `“${data.policy.title}” is a trust-wide policy: the trust reviews it. Record the review at trust level.`,
      { policyId: data.policyId },
    );
  }
  const firstAdoptedOn = refuseNotAdopted(state, data.policy, 'reviewed');
  refuseFutureDate(reviewedOn, 'reviewedOn', context.today);
  if (isBefore(reviewedOn, firstAdoptedOn)) {
    throw new DomainError(
      'review-before-adoption',
      `The review (${reviewedOn}) cannot be before the school adopted “${data.policy.title}” (${firstAdoptedOn}).`,
      { reviewedOn, adoptedOn: firstAdoptedOn },
    );
  }
  refuseNextReviewNotAfter(reviewedOn, nextReviewDue);
  return [
    {
      type: 'PolicyReviewed',
      data: {
        level: 'school',
        schoolId: data.schoolId,
        policyId: data.policyId,
        reviewedOn,
        outcome,
        notes,
        nextReviewDue,
        ...meetingRefFields(data.meeting),
      },
    },
  ];
}

function completeEia(
  { data }: CompleteEIA,
  state: SchoolPolicyState,
  context: DecisionContext,
): SchoolPolicyEvent[] {
  const completedOn = requireRecordDate(data.completedOn, 'completedOn');
  const impacts = parseEiaImpacts(data.impacts, 'impacts');
  const fullAssessmentRequired = requireBoolean(
    data.fullAssessmentRequired,
    'fullAssessmentRequired',
  );
  const conclusion = requireText(data.conclusion, 'conclusion', { max: 5000 });
  const approvedBy = optionalText(data.approvedBy, 'approvedBy', { max: 200 });
  const approvedOn = optionalRecordDate(data.approvedOn, 'approvedOn');
  const namedVersion =
    data.version === undefined || data.version === null
      ? null
      : requireInteger(data.version, 'version', 1);
  const affects = textList(data.affects, 'affects').map((a, i) =>
    requireChoice(a, eiaAudiences, `affects[${i}]`),
  );
  const version = eiaVersionFor(data, state, namedVersion, completedOn);
  refuseFutureDate(completedOn, 'completedOn', context.today);
  if (approvedOn !== null) {
    refuseFutureDate(approvedOn, 'approvedOn', context.today);
    if (isBefore(approvedOn, completedOn)) {
      throw new DomainError(
        'approved-before-completed',
        `The EIA cannot be approved (${approvedOn}) before it was completed (${completedOn}).`,
        { completedOn, approvedOn },
      );
    }
  }
  return [
    {
      type: 'EIACompleted',
      data: {
        schoolId: data.schoolId,
        policyId: data.policyId,
        version,
        completedOn,
        impacts,
        fullAssessmentRequired,
        conclusion,
        approvedBy,
        approvedOn,
        affects,
      },
    },
  ];
}

function evaluate(
  { data }: EvaluatePolicy,
  state: SchoolPolicyState,
  context: DecisionContext,
): SchoolPolicyEvent[] {
  const evaluatedOn = requireRecordDate(data.evaluatedOn, 'evaluatedOn');
  const checklist = parseChecklist(data.checklist, 'checklist');
  const effectivenessStatement = requireText(
    data.effectivenessStatement,
    'effectivenessStatement',
    { max: 5000 },
  );
  refuseNotAdopted(state, data.policy, 'evaluated');
  refuseFutureDate(evaluatedOn, 'evaluatedOn', context.today);
  return [
    {
      type: 'PolicyEvaluated',
      data: {
        schoolId: data.schoolId,
        policyId: data.policyId,
        evaluatedOn,
        checklist,
        effectivenessStatement,
      },
    },
  ];
}

function markDue(
  { data }: MarkReviewDue,
  state: SchoolPolicyState,
  context: DecisionContext,
): SchoolPolicyEvent[] {
  const { dueOn, asOf } = reminderDates(data, state, context);
  if (state.markedDue.includes(dueOn)) return [];
  return [
    { type: 'ReviewDue', data: { schoolId: data.schoolId, policyId: data.policyId, dueOn, asOf } },
  ];
}

function markOverdue(
  { data }: MarkReviewOverdue,
  state: SchoolPolicyState,
  context: DecisionContext,
): SchoolPolicyEvent[] {
  const { dueOn, asOf } = reminderDates(data, state, context);
  if (!isAfter(asOf, dueOn)) {
    throw new DomainError(
      'review-not-overdue',
      `The review due on ${dueOn} is not overdue on ${asOf}.`,
      { dueOn, asOf },
    );
  }
  if (state.markedOverdue.includes(dueOn)) return [];
  return [
    {
      type: 'ReviewOverdue',
      data: { schoolId: data.schoolId, policyId: data.policyId, dueOn, asOf },
    },
  ];
}

function reminderDates(
  data: MarkReviewDue['data'],
  state: SchoolPolicyState,
  context: DecisionContext,
): { dueOn: LocalDate; asOf: LocalDate } {
  const dueOn = parseLocalDate(data.dueOn, 'dueOn');
  const asOf = parseLocalDate(data.asOf, 'asOf');
  refuseNotAdopted(state, data.policy, 'reminded');
  refuseFutureDate(asOf, 'asOf', context.today);
  return { dueOn, asOf };
}

function refuseRetired(data: SchoolPolicyCommandData): void {
  if (data.policy.retired) {
    throw new DomainError(
      'policy-retired',
      `“${data.policy.title}” has been retired by the trust; it can no longer be changed.`,
      {
        policyId: data.policyId,
      },
    );
  }
}

/** Returns the first adoption date; refuses with `policy-not-adopted` when the school has adopted no version. */
/**
 * The version an EIA is for: the one named, which must exist and have been adopted by the
 * school, else the one adopted when it was completed (see `eiaVersionAt`), so that every new
 * EIA names the version it assessed.
 */
function eiaVersionFor(
  data: CompleteEIA['data'],
  state: SchoolPolicyState,
  named: number | null,
  completedOn: LocalDate,
): number {
  if (named === null) {
    refuseNotAdopted(state, data.policy, 'given an EIA');
    return eiaVersionAt(state.adoptions, completedOn) as number;
  }
  refuseUnknownVersion({ policyId: data.policyId, versions: data.policy.versions }, named);
  if (!state.adoptions.some((a) => a.version === named)) {
    const adopted = [...new Set(state.adoptions.map((a) => a.version))].sort((a, b) => a - b);
    throw new DomainError(
      'version-not-adopted',
      `The school has never adopted version ${named} of “${data.policy.title}”, so an EIA cannot be recorded for it (${
        adopted.length === 0 ? 'no version adopted yet: record the adoption first' : `adopted: version ${adopted.join(', ')}`
      }).`,
      { version: named, adoptedVersions: adopted },
    );
  }
  return named;
}

function refuseNotAdopted(
  state: SchoolPolicyState,
  policy: PolicyFacts,
  action: string,
): LocalDate {
  if (state.adoptions.length === 0) {
    throw new DomainError(
      'policy-not-adopted',
      `The school has not adopted “${policy.title}” yet, so it cannot be ${action}. Record the adoption first.`,
    );
  }
  return state.adoptions
    .map((a) => a.adoptedOn)
    .reduce((first, date) => (isBefore(date, first) ? date : first));
}
