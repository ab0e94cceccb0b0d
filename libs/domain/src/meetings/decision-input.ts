import { InvalidValueError, DomainError } from '../shared/domain-error';
import { optionalText, requireChoice, requireInteger, requireText } from '../input';
import { ReviewOutcome, reviewOutcomes } from '../policy/policy-values';
import { ScheduledMeeting } from './events';
import { DecisionKind, decisionKinds } from './meeting-values';

/** A decision as a request gives it; which fields count depends on `kind`. */
export interface DecisionInput {
  kind: unknown;
  policyId?: unknown;
  schoolId?: unknown;
  version?: unknown;
  outcome?: unknown;
  nextReviewDue?: unknown;
  text?: unknown;
}

/** What a policy decision acts on: the trust's own record (schoolId null) or one school's copy. */
export type PolicyDecision =
  | { kind: 'approve-policy'; policyId: string; version: number }
  | { kind: 'adopt-policy'; policyId: string; schoolId: string; version: number }
  | { kind: 'review-policy'; policyId: string; schoolId: string | null; outcome: ReviewOutcome; notes: string | null; nextReviewDue: string | null };
export type ReadDecision = PolicyDecision | { kind: 'note'; text: string };

/**
 * Reads the fields a decision's kind needs. A local governing body decides for its own academy
 * only: its school is the meeting's, and naming another is refused.
 */
export function readDecisionInput(input: DecisionInput, meeting: ScheduledMeeting): ReadDecision {
  const kind: DecisionKind = requireChoice(input.kind, decisionKinds, 'kind');
  if (kind === 'note') return { kind, text: requireText(input.text, 'text', { max: 20_000 }) };
  const policyId = requireText(input.policyId, 'policyId', { max: 100 });
  const named = optionalText(input.schoolId, 'schoolId', { max: 100 });
  if (meeting.body === 'local-governing-body' && named !== null && named !== meeting.schoolId) {
    throw new DomainError(
      'other-school',
      "A local governing body decides for its own academy only: leave schoolId out, or give the meeting's school.",
      { schoolId: named, meetingSchoolId: meeting.schoolId },
    );
  }
  const schoolId = meeting.body === 'local-governing-body' ? meeting.schoolId : named;
  switch (kind) {
    case 'approve-policy':
      if (named !== null) throw new InvalidValueError('schoolId', 'approve-policy approves the trust’s version; a school’s copy is adopted (adopt-policy).');
      return { kind, policyId, version: requireInteger(input.version, 'version', 1) };
    case 'adopt-policy':
      if (schoolId === null) throw new InvalidValueError('schoolId', 'adopt-policy needs the schoolId of the academy adopting it.');
      return { kind, policyId, schoolId, version: requireInteger(input.version, 'version', 1) };
    case 'review-policy':
      return {
        kind,
        policyId,
        schoolId,
        outcome: requireChoice(input.outcome, reviewOutcomes, 'outcome'),
        notes: optionalText(input.text, 'text', { max: 20_000 }),
        nextReviewDue: optionalText(input.nextReviewDue, 'nextReviewDue', { max: 40 }),
      };
  }
}
