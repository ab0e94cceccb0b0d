import { ApiProblem } from '../api/client.js';
import type { Approver, ApproverExceptionBody, SchemeOfDelegationView } from '@governance/contracts';
import { h } from '../dom.js';
import { APPROVER_LABELS } from '../vocabulary.js';
import { FormKit, Option } from './form-kit.js';

/**
 * The "Approved by" choice of an adoption or an approval, checked against the trust's scheme of
 * delegation: the expected body is chosen to start with; choosing another shows what the scheme
 * says and offers to record an exception, which needs a reason. The server decides: a body
 * other than the expected one without an exception is refused (422), shown beside this field.
 */
export interface ApproverFields {
  elements: HTMLElement[];
  /** The exception to send: only when the box is ticked (the reason is then required). */
  exception(): ApproverExceptionBody | undefined;
  /** A missing reason, as a field problem, when the box is ticked. */
  problems(): { field: string; message: string }[];
  /** Runs a write; a `wrong-approver` refusal is shown at the body field and opens the exception part. */
  send<T>(write: () => Promise<T>): Promise<T>;
}

export const REASON_FIELD = 'exceptionReason';
const EXCEPTION_FIELD = 'exception';

export function approverFields(
  kit: FormKit,
  options: { name: string; label: string; choices: Option[]; expected: Approver | null; current?: string; where: string; hint?: string },
): ApproverFields {
  const { name } = options;
  // What the page knew; a refusal's `expected` (today's scheme, as the server read it) replaces it.
  let expected = options.expected;
  const select = kit.select(name, options.label, options.choices, { value: options.current ?? options.expected ?? '', hint: options.hint });
  const said = h('p', { 'data-testid': 'scheme-says' });
  const box = kit.choices(EXCEPTION_FIELD, 'Exception to the scheme', [{ value: 'yes', label: 'Record as an exception to the scheme' }], { type: 'checkbox', legendHidden: true });
  const reason = kit.textarea(REASON_FIELD, 'Reason for the exception', {
    required: true,
    rows: 3,
    hint: 'Why another body approved it, for example “Approved by the trust board while the local governing body was being reconstituted”.',
  });
  const part = h('div', { class: 'notice notice-warning scheme-exception', 'data-testid': 'scheme-exception' }, said, box, reason);
  const ticked = () => kit.value(EXCEPTION_FIELD) === 'yes';
  const chosen = () => kit.value(name);
  const reveal = () => {
    const differs = expected !== null && chosen() !== '' && chosen() !== expected;
    part.hidden = !differs;
    said.textContent = expected === null ? '' : `The scheme of delegation says ${bodyName(expected)} approves this policy ${options.where}.`;
    said.hidden = expected === null;
    reason.hidden = !ticked();
  };
  select.addEventListener('change', reveal);
  box.addEventListener('change', reveal);
  reveal();
  return {
    elements: [select, part],
    exception: () => (ticked() && !part.hidden ? { reason: kit.value(REASON_FIELD) } : undefined),
    problems: () => (ticked() && !part.hidden && kit.value(REASON_FIELD) === '' ? [{ field: REASON_FIELD, message: 'Give the reason for the exception' }] : []),
    async send<T>(write: () => Promise<T>): Promise<T> {
      try {
        return await write();
      } catch (error) {
        if (error instanceof ApiProblem && error.code === 'wrong-approver') {
          const named = error.extensions.expected;
          if (typeof named === 'string' && named in APPROVER_LABELS) expected = named as Approver;
          reveal();
          throw new ApiProblem(error.status, error.type, error.title, error.detail, [{ field: name, message: error.detail }]);
        }
        if (error instanceof ApiProblem) {
          // The server names the reason `exception.reason`; the form's field is this one.
          throw new ApiProblem(error.status, error.type, error.title, error.detail, error.errors.map((problem) => (problem.field.startsWith('exception') ? { ...problem, field: REASON_FIELD } : problem)));
        }
        throw error;
      }
    },
  };
}

/** "the local governing body": a body in a sentence. */
export function bodyName(approver: Approver): string {
  return (APPROVER_LABELS[approver] ?? approver).replace(/^./, (first) => `the ${first.toLowerCase()}`).replace(/^the committee$/, 'a committee');
}

/** A rule of the scheme, as GET .../scheme-of-delegation answers it. */
export type SchemeRule = SchemeOfDelegationView['rules'][number];

/**
 * The body the scheme gives for a trust-level approval (no school): the policy's rule, else its
 * category's (on a tie the later rule), else the policy's own approver; null without a scheme,
 * as the server then checks nothing. Rules naming a school are about adoptions there.
 */
export function expectedForTrust(rules: SchemeRule[], policy: { id: string; category: string | null; approver: Approver }): Approver | null {
  if (rules.length === 0) return null;
  const matches = (rule: SchemeRule) =>
    rule.schoolId === null && (rule.policyId === null || rule.policyId === policy.id) && (rule.category === null || rule.category === policy.category);
  const rank = (rule: SchemeRule) => (!matches(rule) ? 0 : rule.policyId !== null ? 2 : 1);
  let best: SchemeRule | null = null;
  for (const rule of rules) if (rank(rule) > 0 && (best === null || rank(rule) >= rank(best))) best = rule;
  return best?.approver ?? policy.approver;
}
