import { requireChoice } from '../input/choice';
import { optionalText, requireText } from '../input/text';
import { Approver, approvers } from '../policy/policy-values';
import { DomainError, InvalidValueError } from '../shared/domain-error';

/**
 * A trust's scheme of delegation: which body approves which policy. A rule names the body and
 * narrows by policy, category and/or school; a rule with none of them is refused (the policy's
 * own `approver` is already the trust-wide default).
 */
export interface DelegationRule {
  approver: Approver;
  policyId: string | null;
  category: string | null;
  schoolId: string | null;
}

/** What a rule is matched against: one policy at one school (no school for a trust-level approval). */
export interface DelegationSubject {
  policyId: string;
  category: string | null;
  schoolId: string | null;
  /** The policy's own approver: the answer when no rule matches. */
  policyApprover: Approver;
}

/**
 * How specific a rule is; the highest matching rank wins. Written down once so that the
 * order is testable: policy+school > policy > category+school > category > school.
 */
export function specificityOf(rule: DelegationRule): number {
  if (rule.policyId !== null) return rule.schoolId !== null ? 5 : 4;
  if (rule.category !== null) return rule.schoolId !== null ? 3 : 2;
  return 1;
}

function matches(rule: DelegationRule, subject: DelegationSubject): boolean {
  if (rule.policyId !== null && rule.policyId !== subject.policyId) return false;
  if (rule.category !== null && rule.category !== subject.category) return false;
  if (rule.schoolId !== null && rule.schoolId !== subject.schoolId) return false;
  return true;
}

/**
 * The body expected to approve `subject`: the most specific matching rule (on a tie, e.g. a
 * policy rule that also names a category, the later rule in the list wins, as a later line of
 * a written scheme would), else the policy's approver.
 */
export function expectedApprover(rules: readonly DelegationRule[], subject: DelegationSubject): Approver {
  let best: DelegationRule | null = null;
  for (const rule of rules) {
    if (!matches(rule, subject)) continue;
    if (best === null || specificityOf(rule) >= specificityOf(best)) best = rule;
  }
  return best?.approver ?? subject.policyApprover;
}

/** Reads the rules of a PUT: each names an approver and at least one of policy, category, school. */
export function parseDelegationRules(input: unknown): DelegationRule[] {
  if (!Array.isArray(input)) throw new InvalidValueError('rules', 'rules must be a list.');
  if (input.length > 1000) throw new InvalidValueError('rules', 'rules may hold at most 1000 rules.');
  return input.map((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null)
      throw new InvalidValueError(`rules[${i}]`, `rules[${i}] must be an object.`);
    const r = raw as Record<string, unknown>;
    const rule: DelegationRule = {
      approver: requireChoice(r.approver, approvers, `rules[${i}].approver`),
      policyId: optionalText(r.policyId, `rules[${i}].policyId`, { max: 100 }),
      category: optionalText(r.category, `rules[${i}].category`, { max: 100 }),
      schoolId: optionalText(r.schoolId, `rules[${i}].schoolId`, { max: 100 }),
    };
    if (rule.policyId === null && rule.category === null && rule.schoolId === null)
      throw new InvalidValueError(
        `rules[${i}]`,
        `rules[${i}] must name a policyId, a category or a schoolId (the policy's own approver is the default).`,
      );
    return rule;
  });
}

/** An approval by another body than the scheme gives, recorded on purpose. */
export interface ApproverException {
  reason: string;
}

export function optionalException(input: unknown): ApproverException | null {
  if (input === undefined || input === null) return null;
  if (typeof input !== 'object')
    throw new InvalidValueError('exception', 'exception must be an object with a reason.');
  return { reason: requireText((input as Record<string, unknown>).reason, 'exception.reason', { max: 2000 }) };
}

/** What a decider needs to check a body: the expected one and words to name it. */
export interface DelegationCheck {
  expected: Approver;
  /** e.g. "Libra School"; absent for a trust-level approval. */
  schoolName?: string | null;
}

const bodyWords: Record<Approver, string> = {
  'trust-board': 'the trust board',
  'local-governing-body': 'the local governing body',
  headteacher: 'the headteacher',
  committee: 'a committee',
};

/**
 * Refuses (422 `wrong-approver`) a body other than the expected one unless an exception with a
 * reason is recorded. Returns the exception to record (null when the body is the expected one).
 * A body not named at all is not checked: there is nothing to contradict the scheme.
 */
export function refuseWrongApprover(
  named: Approver | null,
  check: DelegationCheck | null | undefined,
  exception: ApproverException | null,
  action: 'adoption' | 'approval',
): ApproverException | null {
  if (!check || named === null || named === check.expected) return null;
  if (exception !== null) return exception;
  const where = check.schoolName ? ` at ${check.schoolName}` : '';
  const field = action === 'adoption' ? 'approvedBy' : 'body';
  throw new DomainError(
    'wrong-approver',
    `This policy is approved by ${bodyWords[check.expected]}${where} under the trust's scheme of delegation; ` +
      `record the ${action} as approved by ${bodyWords[check.expected]}, or record an exception with a reason.`,
    { expected: check.expected, [field]: named },
  );
}
