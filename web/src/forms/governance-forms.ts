import { api, FieldProblem, seg } from '../api/client.js';
import type { LinkGovernorReportRequest, TermlyReportRequest, VisitRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, can, isTrustWide, schoolName } from '../context.js';
import { linkGovernors, register } from '../data.js';
import { h } from '../dom.js';
import { Route, path } from '../router.js';
import { PageView } from '../shell.js';
import { INCIDENT_CATEGORIES } from '../vocabulary.js';
import { FormKit, missing } from './form-kit.js';
import { lines, optional, policyChoices, saved, termOptions } from './form-parts.js';
import { refuseUnless } from './policy-forms.js';

/** The link governor's visit and termly report, and the headteacher's termly report. */

function schoolTrail(context: AppContext, schoolId: string): [string, string][] {
  return [
    ['Home', '/'],
    ...(isTrustWide(context.me) ? ([['Compliance', '/compliance']] as [string, string][]) : []),
    [schoolName(context, schoolId), path('schools', schoolId)],
  ];
}

/**
 * A trust admin records a visit or report for a named link governor (API: `governorId`); a
 * governor records their own, so they get no chooser.
 */
async function governorChooser(kit: FormKit, context: AppContext, schoolId: string): Promise<HTMLElement | null> {
  if (!can.actForLinkGovernors(context.me)) return null;
  const governors = await linkGovernors(context, schoolId);
  const unique = new Map(governors.map((governor) => [governor.personId, governor]));
  return kit.select(
    'governorId',
    'Link governor',
    [
      { value: '', label: 'Choose the link governor' },
      ...[...unique.values()].map((governor) => ({ value: governor.personId, label: `${governor.name ?? 'Erased person'} (${governor.area})` })),
    ],
    { hint: 'You are recording this for them, as a trust administrator.' },
  );
}

function schoolApi(context: AppContext, schoolId: string, what: string): string {
  return `/api/trusts/${seg(context.trustId)}/schools/${seg(schoolId)}/${what}`;
}

function activityLink(schoolId: string, answer: WriteAnswer): [string, string] {
  return ['See it in the school’s activity', `${path('schools', schoolId, 'activity')}?entry=${encodeURIComponent(answer.position)}`];
}

/** Where a write about some policies shows: each policy's history, then the school's activity. */
function linksFor(schoolId: string, policyIds: string[], titles: Map<string, string>, answer: WriteAnswer): [string, string][] {
  return [
    ...policyIds.map((policyId): [string, string] => [
      `See it in the history of ${titles.get(policyId) ?? 'the policy'}`,
      `${path('schools', schoolId, 'policies', policyId)}?entry=${encodeURIComponent(answer.position)}`,
    ]),
    activityLink(schoolId, answer),
  ];
}

export async function visitPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId } = route.params;
  refuseUnless(can.linkGovernorWork(context.me, schoolId), 'Visits are logged by the school’s link governors, or a trust administrator.');
  const rows = await register(context, schoolId);
  const titles = new Map(rows.map((row) => [row.policyId, row.title]));
  const kit = new FormKit('Log a link governor visit');
  // The policies asked for in the link, else the governor's own link areas.
  const governors = await linkGovernors(context, schoolId);
  const areasOf = (personId: string) => governors.filter((governor) => governor.personId === personId).flatMap((governor) => governor.policyIds);
  const asked = route.query.getAll('policy');
  const preselected = asked.length > 0 ? asked : areasOf(context.me.id);
  const chooser = await governorChooser(kit, context, schoolId);
  // A trust admin choosing the governor gets that governor's areas ticked (unless the link named some).
  chooser?.querySelector('select')?.addEventListener('change', (event) => {
    if (asked.length > 0) return;
    const areas = new Set(areasOf((event.target as HTMLSelectElement).value));
    for (const box of kit.form.querySelectorAll<HTMLInputElement>('input[name="policyIds"]')) box.checked = areas.has(box.value);
  });
  kit.add(
    chooser,
    kit.date('visitedOn', 'Date of the visit', { value: context.today, required: true }),
    kit.input('purpose', 'Purpose of the visit', { hint: 'For example “Termly safeguarding meeting with the DSL”.', required: true }),
    kit.textarea('findings', 'What you found', { rows: 6, hint: 'What you saw and heard, and what is going well or not.', required: true }),
    policyChoices(kit, rows, 'Policies the visit looked at', preselected, 'The visit will show in the history of each policy you tick.'),
    kit.textarea('actions', 'Actions agreed (optional)', {
      hint: 'One action a line. Each line becomes an action for the school’s headteacher, due six weeks after the visit; it shows on their home page until it is marked as done.',
    }),
    kit.submit('Log the visit'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [
      ['visitedOn', 'Enter the date of the visit'],
      ['purpose', 'Enter the purpose of the visit'],
      ['findings', 'Write what you found'],
    ]);
    if (problems.length > 0) kit.fail(problems);
    const policyIds = kit.values('policyIds');
    const answer = await api<WriteAnswer>(schoolApi(context, schoolId, 'visits'), {
      method: 'POST',
      idempotencyKey: kit.idempotencyKey,
      json: {
        visitedOn: kit.value('visitedOn'),
        purpose: kit.value('purpose'),
        findings: kit.value('findings'),
        policyIds,
        actions: lines(kit.value('actions')),
        governorId: optional(kit, 'governorId'),
      } satisfies VisitRequest,
    });
    return saved('The visit is logged.', linksFor(schoolId, policyIds, titles, answer));
  });
  return { title: `Log a visit to ${schoolName(context, schoolId)}`, trail: schoolTrail(context, schoolId), content: kit.element() };
}

export async function linkGovernorReportPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId } = route.params;
  refuseUnless(can.linkGovernorWork(context.me, schoolId), 'Link governor reports are written by the school’s link governors, or a trust administrator.');
  const rows = await register(context, schoolId);
  const titles = new Map(rows.map((row) => [row.policyId, row.title]));
  const kit = new FormKit('Write a link governor report');
  kit.add(
    await governorChooser(kit, context, schoolId),
    kit.select('term', 'Term', termOptions(context.term), { value: context.term }),
    kit.textarea('summary', 'Summary', { rows: 6, hint: 'What you monitored this term and what you found, for the governing body.', required: true }),
    policyChoices(kit, rows, 'Policies the report covers', route.query.getAll('policy')),
    kit.textarea('recommendations', 'Recommendations (optional)'),
    kit.submit('Submit the report'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['summary', 'Write a summary']]);
    if (problems.length > 0) kit.fail(problems);
    const policyIds = kit.values('policyIds');
    const answer = await api<WriteAnswer>(schoolApi(context, schoolId, 'link-governor-reports'), {
      method: 'POST',
      idempotencyKey: kit.idempotencyKey,
      json: { term: kit.value('term'), summary: kit.value('summary'), policyIds, recommendations: optional(kit, 'recommendations'), governorId: optional(kit, 'governorId') } satisfies LinkGovernorReportRequest,
    });
    return saved('The report is submitted.', linksFor(schoolId, policyIds, titles, answer));
  });
  return { title: `Link governor report for ${schoolName(context, schoolId)}`, trail: schoolTrail(context, schoolId), content: kit.element() };
}

/** The headteacher's report to governors, with the incident counts the Libra policy monitors. */
export async function termlyReportPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId } = route.params;
  refuseUnless(can.termlyReport(context.me, schoolId), 'The termly report is submitted by the school’s headteacher, or a trust administrator.');
  const kit = new FormKit('Submit the headteacher’s termly report');
  const counts = h(
    'fieldset',
    { class: 'field incidents' },
    h('legend', {}, 'Incidents this term'),
    h('p', { class: 'hint' }, 'How many of each the school recorded. Leave a box empty if you do not count it.'),
    h(
      'div',
      { class: 'incident-grid' },
      INCIDENT_CATEGORIES.map((category) => kit.input(`incidents.${category.key}`, category.label, { type: 'number', min: 0, value: '0', width: 'short', inputmode: 'numeric' })),
    ),
  );
  kit.add(
    kit.select('term', 'Term', termOptions(context.term), { value: context.term }),
    kit.textarea('summary', 'Summary for governors', { rows: 6, required: true }),
    counts,
    kit.textarea('training', 'Training delivered this term (optional)', { hint: 'One course or session a line.' }),
    kit.submit('Submit the report'),
  );
  kit.onSubmit(async () => {
    const problems: FieldProblem[] = missing(kit, [['summary', 'Write a summary for governors']]);
    const incidents: Record<string, number> = {};
    for (const category of INCIDENT_CATEGORIES) {
      const text = kit.value(`incidents.${category.key}`);
      if (text === '') continue;
      const count = Number(text);
      if (!Number.isInteger(count) || count < 0) problems.push({ field: `incidents.${category.key}`, message: `${category.label}: enter a whole number, 0 or more` });
      incidents[category.key] = count;
    }
    if (problems.length > 0) kit.fail(problems);
    const answer = await api<WriteAnswer>(schoolApi(context, schoolId, 'termly-reports'), {
      method: 'POST',
      idempotencyKey: kit.idempotencyKey,
      json: { term: kit.value('term'), summary: kit.value('summary'), incidents, training: lines(kit.value('training')) } satisfies TermlyReportRequest,
    });
    return saved('The termly report is submitted.', [activityLink(schoolId, answer)]);
  });
  return { title: `Headteacher’s termly report for ${schoolName(context, schoolId)}`, trail: schoolTrail(context, schoolId), content: kit.element() };
}
