import { api, ApiProblem } from '../api/client.js';
import type { Approver, DecisionKind, DecisionRequest, MeetingView, ReviewOutcome, TrustPolicy, WriteAnswer } from '@governance/contracts';
import { AppContext } from '../context.js';
import { h } from '../dom.js';
import { bodyName } from '../forms/approver-fields.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { path } from '../router.js';
import { APPROVER_LABELS } from '../vocabulary.js';
import { DECISION_OPTIONS } from './meeting-words.js';
import { atField, meetingsApi } from './meetings-api.js';

/** Which fields each kind of decision asks for. */
const NEEDS: Record<DecisionKind, { policy: boolean; school: boolean; version: boolean; review: boolean; note: boolean }> = {
  'approve-policy': { policy: true, school: false, version: true, review: false, note: false },
  'review-policy': { policy: true, school: true, version: false, review: true, note: false },
  'adopt-policy': { policy: true, school: true, version: true, review: false, note: false },
  note: { policy: false, school: false, version: false, review: false, note: true },
};

/**
 * "Record a decision": its kind, the minute reference, and what the kind needs (the policy and
 * school from lists, the version or the review's outcome, a note's resolution). The body is the
 * meeting's: when the scheme of delegation gives the policy to another body, the server's
 * refusal names it beside the policy and the form offers to record an exception with a reason.
 */
export function decisionForm(context: AppContext, view: MeetingView, policies: TrustPolicy[], onSaved: (position: string) => void): HTMLElement {
  const kit = new FormKit('Record a decision');
  const open = policies.filter((policy) => !policy.retired).sort((a, b) => a.title.localeCompare(b.title));
  const kind = kit.choices('kind', 'What was decided?', DECISION_OPTIONS);
  const minuteRef = kit.input('minuteRef', 'Minute reference', { required: true, width: 'medium', hint: 'As the minutes number it, for example TB/2026/14. Each decision of the meeting has its own.' });
  const policy = kit.select('policyId', 'Policy', [{ value: '', label: 'Choose a policy' }, ...open.map((entry) => ({ value: entry.id, label: `${entry.title} (${entry.scope === 'trust' ? 'one for the whole trust' : 'each school adopts its own'})` }))]);
  // A local governing body decides for its own school only.
  const schoolChoices = view.body === 'local-governing-body' ? context.schools.filter((school) => school.id === view.schoolId) : context.schools;
  const school = kit.select(
    'schoolId',
    'School',
    [...(view.body === 'local-governing-body' ? [] : [{ value: '', label: 'The whole trust (no school)' }]), ...schoolChoices.map((entry) => ({ value: entry.id, label: entry.name }))],
    { value: view.schoolId ?? '', hint: 'The school adopting it, or whose own copy was reviewed. For a review of a policy of the whole trust, choose “The whole trust”.' },
  );
  const version = kit.input('version', 'Version', { inputmode: 'numeric', width: 'short', hint: 'The version number approved or adopted.' });
  const outcome = kit.choices('outcome', 'Outcome of the review', [
    { value: 'no-change', label: 'Reviewed with no change' },
    { value: 'amended', label: 'Amended' },
  ]);
  const nextReview = kit.date('nextReviewDue', 'Next review due (optional)', { hint: 'Leave it empty to use the policy’s review cycle. Day, month and year, for example 24/11/2027.' });
  const reviewNotes = kit.textarea('reviewNotes', 'Notes of the review (optional)', { rows: 3 });
  const noteText = kit.textarea('noteText', 'The resolution', { rows: 3, hint: 'As the minutes record it, for example “The board agreed the school improvement plan”.' });
  const said = h('p', { 'data-testid': 'scheme-says' });
  const box = kit.choices('exception', 'Exception to the scheme', [{ value: 'yes', label: 'Record as an exception to the scheme' }], { type: 'checkbox', legendHidden: true });
  const reason = kit.textarea('exceptionReason', 'Reason for the exception', { required: true, rows: 3, hint: 'Why this body decided it, for example “Approved by the trust board while the local governing body was being reconstituted”.' });
  const exceptionPart = h('div', { class: 'notice notice-warning scheme-exception', 'data-testid': 'scheme-exception', hidden: true }, said, box, reason);
  const chosenKind = () => (kit.value('kind') || null) as DecisionKind | null;
  const ticked = () => kit.value('exception') === 'yes' && !exceptionPart.hidden;
  const reveal = () => {
    const needs = NEEDS[chosenKind() ?? 'note'];
    const none = chosenKind() === null;
    policy.hidden = none || !needs.policy;
    school.hidden = none || !needs.school;
    version.hidden = none || !needs.version;
    for (const reviewField of [outcome, nextReview, reviewNotes]) reviewField.hidden = none || !needs.review;
    noteText.hidden = none || !needs.note;
    if (none || !needs.policy) exceptionPart.hidden = true;
    reason.hidden = !ticked();
  };
  // The version starts as the policy's latest (the one a meeting usually approves or adopts).
  policy.addEventListener('change', () => {
    const entry = open.find((candidate) => candidate.id === kit.value('policyId'));
    const input = version.querySelector('input');
    if (input && entry?.currentVersion) input.value = String(entry.currentVersion);
    exceptionPart.hidden = true;
  });
  kind.addEventListener('change', reveal);
  box.addEventListener('change', reveal);
  reveal();
  kit.add(
    kind,
    minuteRef,
    policy,
    school,
    version,
    outcome,
    nextReview,
    reviewNotes,
    noteText,
    exceptionPart,
    kit.submit('Record the decision'),
  );
  kit.onSubmit(async () => {
    const chosen = chosenKind();
    const needs = NEEDS[chosen ?? 'note'];
    const problems = missing(kit, [['kind', 'Choose what was decided'], ['minuteRef', 'Enter the minute reference']]);
    if (chosen !== null) {
      if (needs.policy && kit.value('policyId') === '') problems.push({ field: 'policyId', message: 'Choose the policy' });
      if (chosen === 'adopt-policy' && kit.value('schoolId') === '') problems.push({ field: 'schoolId', message: 'Choose the school adopting it' });
      if (needs.version && !/^[1-9]\d*$/.test(kit.value('version'))) problems.push({ field: 'version', message: 'Enter the version number, for example 3' });
      if (needs.review && kit.value('outcome') === '') problems.push({ field: 'outcome', message: 'Choose the outcome of the review' });
      if (needs.note && kit.value('noteText') === '') problems.push({ field: 'noteText', message: 'Enter the resolution' });
      if (ticked() && kit.value('exceptionReason') === '') problems.push({ field: 'exceptionReason', message: 'Give the reason for the exception' });
    }
    if (problems.length > 0 || chosen === null) return kit.fail(problems);
    const request: DecisionRequest = {
      kind: chosen,
      minuteRef: kit.value('minuteRef'),
      policyId: needs.policy ? kit.value('policyId') : undefined,
      schoolId: needs.school ? optional(kit, 'schoolId') : undefined,
      version: needs.version ? Number(kit.value('version')) : undefined,
      outcome: needs.review ? (kit.value('outcome') as ReviewOutcome) : undefined,
      nextReviewDue: needs.review ? optional(kit, 'nextReviewDue') : undefined,
      text: needs.note ? kit.value('noteText') : needs.review ? optional(kit, 'reviewNotes') : undefined,
      exception: ticked() ? { reason: kit.value('exceptionReason') } : undefined,
    };
    let answer: WriteAnswer;
    try {
      answer = await api<WriteAnswer>(meetingsApi(context, view.id, 'decisions'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: request });
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'wrong-approver') {
        // The scheme gives the policy to another body: say which, beside the policy, and offer the exception.
        const expected = error.extensions.expected;
        said.textContent = typeof expected === 'string' && expected in APPROVER_LABELS ? `The scheme of delegation says ${bodyName(expected as Approver)} decides this policy.` : 'The scheme of delegation gives this policy to another body.';
        exceptionPart.hidden = false;
        reveal();
      }
      throw placed(atField(error, { 'minute-ref-taken': 'minuteRef', 'wrong-approver': 'policyId', 'other-school': 'schoolId', 'unknown-school': 'schoolId' }), chosen);
    }
    onSaved(answer.position);
    return saved(`Decision ${request.minuteRef} is recorded.`, [['Record another decision', `${path('meetings', view.id)}?after=${encodeURIComponent(answer.position)}`]]);
  });
  return kit.element();
}

/** The API names `text` and `exception.reason`; the form's fields are the note or the review's notes, and the reason. */
function placed(error: unknown, kind: DecisionKind): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const field = (name: string) => (name === 'text' ? (kind === 'note' ? 'noteText' : 'reviewNotes') : name.startsWith('exception') ? 'exceptionReason' : name);
  return new ApiProblem(error.status, error.type, error.title, error.detail, error.errors.map((problem) => ({ field: field(problem.field), message: problem.message })), error.extensions);
}
