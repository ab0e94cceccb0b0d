import { api, ApiProblem, seg } from '../api/client.js';
import type { AdoptionRequest, Approver, RegisterRow, ReviewOutcome, ReviewRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, can, isTrustWide, schoolName } from '../context.js';
import { register } from '../data.js';
import { h } from '../dom.js';
import { Route, path } from '../router.js';
import { PageView } from '../shell.js';
import { APPROVER_LABELS } from '../vocabulary.js';
import { approverFields } from './approver-fields.js';
import { FormKit, missing } from './form-kit.js';
import { optional, saved, termOptions } from './form-parts.js';

/** The register row a policy form is about, and the trail back to it. */
export async function policyContext(route: Route, context: AppContext): Promise<{ row: RegisterRow; trail: [string, string][]; policyRoute: string }> {
  const { schoolId, policyId } = route.params;
  const rows = await register(context, schoolId);
  const row = rows.find((candidate) => candidate.policyId === policyId);
  if (!row) throw new Error('This policy is not in the school’s register.');
  const policyRoute = path('schools', schoolId, 'policies', policyId);
  const trail: [string, string][] = [
    ['Home', '/'],
    ...(isTrustWide(context.me) ? ([['Compliance', '/compliance']] as [string, string][]) : []),
    [schoolName(context, schoolId), path('schools', schoolId)],
    [row.title, policyRoute],
  ];
  return { row, trail, policyRoute };
}

/** Shown instead of a form the person's role may not send (the API would refuse it anyway). */
export function refuseUnless(allowed: boolean, what: string): void {
  if (!allowed) throw new ApiProblem(403, '/problems/forbidden', 'Forbidden', `${what} Ask a trust administrator if you need to.`, []);
}

export function schoolPolicyPath(context: AppContext, schoolId: string, policyId: string): string {
  return `/api/trusts/${seg(context.trustId)}/schools/${seg(schoolId)}/policies/${seg(policyId)}`;
}

export function historyLinks(policyRoute: string, answer: WriteAnswer): [string, string][] {
  return [
    ['See the new entry in the policy’s history', `${policyRoute}?entry=${encodeURIComponent(answer.position)}`],
    ['Back to the policy', policyRoute],
  ];
}

const approverOptions = [
  { value: '', label: 'Not recorded' },
  ...Object.entries(APPROVER_LABELS).map(([value, label]) => ({ value, label })),
];

/** Record that the school adopted a version of the policy. */
export async function adoptionPage(route: Route, context: AppContext): Promise<PageView> {
  const { row, trail, policyRoute } = await policyContext(route, context);
  refuseUnless(can.recordPolicyWork(context.me, route.params.schoolId), 'Adoptions are recorded by the school’s headteacher or staff, or a trust administrator.');
  const kit = new FormKit('Record an adoption');
  const approver = approverFields(kit, {
    name: 'approvedBy',
    label: 'Approved by',
    choices: approverOptions,
    expected: row.approvedByExpected ?? row.approver,
    where: `at ${schoolName(context, route.params.schoolId)}`,
    hint: 'The body that approved it here, for example the local governing body (“ratified by the FGB”).',
  });
  kit.add(
    kit.input('version', 'Version adopted', { type: 'number', min: 1, value: String(row.currentVersion ?? 1), width: 'short', inputmode: 'numeric', required: true }),
    kit.date('adoptedOn', 'Date adopted', { value: context.today, required: true }),
    ...approver.elements,
    kit.textarea('localAmendments', 'Local changes (optional)', { hint: 'Anything this school changed from the trust’s version.' }),
    kit.submit('Record the adoption'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [
      ['version', 'Enter the version adopted'],
      ['adoptedOn', 'Enter the date it was adopted'],
    ]);
    problems.push(...approver.problems());
    if (problems.length > 0) kit.fail(problems);
    const body: AdoptionRequest = {
      version: Number(kit.value('version')),
      adoptedOn: kit.value('adoptedOn'),
      approvedBy: optional(kit, 'approvedBy') as Approver | undefined,
      localAmendments: optional(kit, 'localAmendments'),
      exception: approver.exception(),
    };
    const answer = await approver.send(() =>
      api<WriteAnswer>(`${schoolPolicyPath(context, route.params.schoolId, row.policyId)}/adoptions`, { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body }),
    );
    return saved('The adoption is recorded.', historyLinks(policyRoute, answer));
  });
  return { title: `Record an adoption: ${row.title}`, trail, content: kit.element() };
}

/** Record a review; the next review is one cycle on, a date, or a term ("Summer 2027"). */
export async function reviewPage(route: Route, context: AppContext): Promise<PageView> {
  const { row, trail, policyRoute } = await policyContext(route, context);
  refuseUnless(
    row.scope === 'trust' ? can.reviewTrustPolicy(context.me) : can.recordPolicyWork(context.me, route.params.schoolId),
    row.scope === 'trust' ? 'A trust-wide policy is reviewed by a trust administrator.' : 'Reviews are recorded by the school’s headteacher or staff, or a trust administrator.',
  );
  const kit = new FormKit('Record a review');
  const dateField = kit.date('nextReviewDate', 'Date of the next review');
  const termField = kit.select('nextReviewTerm', 'Term of the next review', termOptions(context.term, 0, 9), { value: defaultNextTerm(context.term, row) });
  const when = kit.choices(
    'nextReviewKind',
    'When is the next review?',
    [
      { value: 'cycle', label: `One review cycle on${row.reviewCycleMonths ? ` (${row.reviewCycleMonths} months)` : ''}` },
      { value: 'term', label: 'In a term, for example Summer 2027' },
      { value: 'date', label: 'On a date' },
    ],
    { value: 'cycle', slot: 'nextReviewDue' },
  );
  const reveal = () => {
    const kind = kit.value('nextReviewKind');
    dateField.hidden = kind !== 'date';
    termField.hidden = kind !== 'term';
  };
  when.addEventListener('change', reveal);
  when.append(termField, dateField);
  reveal();
  kit.add(
    kit.date('reviewedOn', 'Date of the review', { value: context.today, required: true }),
    kit.choices('outcome', 'What did the review decide?', [
      { value: 'no-change', label: 'No change' },
      { value: 'amended', label: 'Amended' },
    ]),
    kit.textarea('notes', 'Notes (optional)', { hint: 'For example what changed and why, or who took part.' }),
    when,
    kit.submit('Record the review'),
  );
  const trustLevel = row.scope === 'trust';
  kit.onSubmit(async () => {
    const problems = missing(kit, [
      ['reviewedOn', 'Enter the date of the review'],
      ['outcome', 'Choose what the review decided'],
    ]);
    const kind = kit.value('nextReviewKind');
    if (kind === 'date' && kit.value('nextReviewDate') === '') problems.push({ field: 'nextReviewDate', message: 'Enter the date of the next review' });
    if (problems.length > 0) kit.fail(problems);
    const nextReviewDue = kind === 'date' ? kit.value('nextReviewDate') : kind === 'term' ? kit.value('nextReviewTerm') : undefined;
    const target = trustLevel
      ? `/api/trusts/${seg(context.trustId)}/policies/${seg(row.policyId)}/reviews`
      : `${schoolPolicyPath(context, route.params.schoolId, row.policyId)}/reviews`;
    const answer = await api<WriteAnswer>(target, {
      method: 'POST',
      idempotencyKey: kit.idempotencyKey,
      json: { reviewedOn: kit.value('reviewedOn'), outcome: kit.value('outcome') as ReviewOutcome, notes: optional(kit, 'notes'), nextReviewDue } satisfies ReviewRequest,
    });
    return saved('The review is recorded.', historyLinks(policyRoute, answer));
  });
  return {
    title: `Record a review: ${row.title}`,
    trail,
    content: [
      trustLevel ? h('p', { class: 'notice notice-info' }, 'This policy is trust-wide: the review counts for every school.') : null,
      kit.element(),
    ],
  };
}

/** A term about one cycle on from now, as the default of the term chooser. */
function defaultNextTerm(current: string, row: RegisterRow): string {
  const options = termOptions(current, 0, 9).map((option) => option.value);
  const steps = Math.min(9, Math.max(1, Math.round(((row.reviewCycleMonths ?? 12) / 12) * 3)));
  return options[steps] ?? current;
}
