import { api } from '../api/client.js';
import type { Approver, CatalogueAddition, CatalogueRequest, PolicyChangeRequest, PolicyRequest, TrustPolicy, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { formatDate, formatDue } from '../format.js';
import { navigate, path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, scrollingTable } from '../ui.js';
import { APPROVER_LABELS } from '../vocabulary.js';
import { ADMIN_TRAIL, allowOnly, manage } from './admin-access.js';
import { afterPosition, catalogue, policies, policy, trustApi } from './admin-api.js';
import { checkAnswers, summaryList } from './summary.js';
import { appliesToChoices, appliesToValue } from './applies-to-admin.js';
import { phasesText } from '../phases.js';

export const POLICIES_TRAIL: [string, string][] = [...ADMIN_TRAIL, ['Policies', '/admin/policies']];
export const APPROVER_OPTIONS = Object.entries(APPROVER_LABELS).map(([value, label]) => ({ value, label }));
const YES_NO = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

export function scopeText(scope: TrustPolicy['scope']): string {
  return scope === 'trust' ? 'One for the whole trust' : 'Each school keeps its own';
}

export function policyTrail(entry: TrustPolicy): [string, string][] {
  return [...POLICIES_TRAIL, [entry.title, path('admin', 'policies', entry.id)]];
}

export async function policiesPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(manage.policies(context.me));
  const list = (await policies(context, afterPosition(route.query))).filter((entry) => !entry.retired);
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'policies-admin' },
    h('caption', { class: 'visually-hidden' }, 'The trust’s policies'),
    h('thead', {}, h('tr', {}, ['Policy', 'Kept by', 'Version', 'Approved by', 'Next review'].map((heading) => h('th', { scope: 'col' }, heading)))),
    h(
      'tbody',
      {},
      list.map((entry) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, h('a', { href: `#${path('admin', 'policies', entry.id)}` }, entry.title)),
          h('td', {}, scopeText(entry.scope)),
          h('td', {}, entry.currentVersion === null ? 'None yet' : `Version ${entry.currentVersion}`),
          h('td', {}, APPROVER_LABELS[entry.approver] ?? entry.approver),
          h('td', {}, entry.scope === 'trust' ? formatDue(entry.nextReviewDue) : 'At each school'),
        ),
      ),
    ),
  );
  return {
    title: 'Policies',
    trail: ADMIN_TRAIL,
    content: [
      actions(
        mayDo(context.me, 'addPolicyFromCatalogue') ? buttonLink('/admin/policies/catalogue', 'Add from the statutory catalogue') : null,
        mayDo(context.me, 'registerPolicy') ? buttonLink('/admin/policies/new', 'Add another policy', true) : null,
      ),
      list.length === 0 ? h('p', { class: 'empty' }, 'The trust has no policies yet. Start with the statutory catalogue.') : scrollingTable('The trust’s policies', table),
    ],
  };
}

/** The statutory catalogue, the entries the trust has not got yet as checkboxes. */
export async function cataloguePage(_route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'addPolicyFromCatalogue'));
  const [entries, present] = await Promise.all([catalogue(), policies(context)]);
  const have = new Set(present.filter((entry) => !entry.retired).map((entry) => entry.catalogueKey));
  const missingEntries = entries.filter((entry) => !have.has(entry.key)).sort((a, b) => a.title.localeCompare(b.title));
  if (missingEntries.length === 0) {
    return { title: 'Add from the statutory catalogue', trail: POLICIES_TRAIL, content: h('p', {}, 'The trust has every policy of the catalogue.') };
  }
  const kit = new FormKit('Add from the statutory catalogue');
  const fieldset = kit.choices(
    'keys',
    'Policies to add',
    missingEntries.map((entry) => ({
      value: entry.key,
      label: `${entry.title} (${scopeText(entry.scope).toLowerCase()}, reviewed every ${entry.reviewCycleMonths} months; applies to: ${phasesText(entry.appliesTo)}${entry.acknowledgementRequired ? '; staff must read and acknowledge each adopted version' : ''})`,
    })),
    { type: 'checkbox', hint: 'Each comes with its review cycle, approver, legislation, the phases of school the DfE guidance applies it to and whether staff must read and acknowledge it; change the phases and the acknowledgement later on the policy’s page.' },
  );
  fieldset.classList.add('choices-columns');
  kit.add(fieldset, kit.submit('Add the policies'));
  kit.onSubmit(async () => {
    const keys = kit.values('keys');
    if (keys.length === 0) kit.fail([{ field: 'keys', message: 'Tick at least one policy to add' }]);
    const answer = await api<CatalogueAddition>(trustApi(context, 'policies', 'catalogue'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: { keys } satisfies CatalogueRequest });
    return h(
      'div',
      {},
      saved(`${answer.added.length} ${answer.added.length === 1 ? 'policy is' : 'policies are'} added.`, [['See all policies', `/admin/policies?after=${encodeURIComponent(answer.position)}`]]),
      h('ul', { 'data-testid': 'added-policies' }, answer.added.map((item) => h('li', {}, h('a', { href: `#${path('admin', 'policies', item.id)}` }, item.title)))),
    );
  });
  return { title: 'Add from the statutory catalogue', trail: POLICIES_TRAIL, content: kit.element() };
}

export async function newPolicyPage(_route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'registerPolicy'));
  const kit = new FormKit('Add a policy');
  kit.add(
    kit.input('title', 'Title', { required: true, hint: 'For example “Social media policy”.' }),
    kit.choices('scope', 'Who keeps it?', [
      { value: 'trust', label: scopeText('trust') },
      { value: 'school', label: scopeText('school') },
    ], { hint: 'A trust-wide policy is approved and reviewed once; a school policy is adopted and reviewed by each school.' }),
    kit.input('reviewCycleMonths', 'Reviewed every (months)', { type: 'number', min: 1, max: 60, value: '12', width: 'short', inputmode: 'numeric', required: true }),
    kit.select('approver', 'Approved by', APPROVER_OPTIONS, { value: 'trust-board' }),
    kit.choices('statutory', 'Is it a statutory policy?', YES_NO, { inline: true, value: 'false' }),
    kit.choices('eiaRequired', 'Does it need an equality impact assessment?', YES_NO, { inline: true, value: 'true' }),
    kit.input('category', 'Category (optional)', { hint: 'For example safeguarding, curriculum, health and safety.', width: 'medium' }),
    appliesToChoices(kit),
    kit.submit('Add the policy'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['title', 'Enter the policy’s title'], ['scope', 'Choose who keeps it'], ['reviewCycleMonths', 'Enter how many months between reviews']]);
    if (problems.length > 0) kit.fail(problems);
    const appliesTo = appliesToValue(kit);
    const body: PolicyRequest = {
      title: kit.value('title'),
      scope: kit.value('scope') as PolicyRequest['scope'],
      reviewCycleMonths: Number(kit.value('reviewCycleMonths')),
      approver: kit.value('approver') as Approver,
      statutory: kit.value('statutory') === 'true',
      eiaRequired: kit.value('eiaRequired') === 'true',
      category: optional(kit, 'category'),
      appliesTo,
    };
    const answer = await api<WriteAnswer>(trustApi(context, 'policies'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body });
    return saved(`“${body.title}” is added.`, [
      ['Add its first version', path('admin', 'policies', answer.id, 'versions', 'new')],
      ['See all policies', `/admin/policies?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return { title: 'Add a policy', trail: POLICIES_TRAIL, content: kit.element() };
}

/** One policy: its facts as a summary list and what can be recorded for it. */
export async function adminPolicyPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(manage.policies(context.me));
  const entry = await policy(context, route.params.policyId, afterPosition(route.query));
  const base = path('admin', 'policies', entry.id);
  const trustLevel = entry.scope === 'trust';
  return {
    title: entry.title,
    trail: POLICIES_TRAIL,
    content: [
      entry.retired ? h('p', { class: 'notice notice-info' }, 'This policy is retired: it is in no register.') : null,
      summaryList(
        [
          { key: 'Kept by', value: scopeText(entry.scope) },
          { key: 'Current version', value: entry.currentVersion === null ? 'None yet' : `Version ${entry.currentVersion}` },
          ...(trustLevel ? [{ key: 'Approved version', value: entry.approvedVersion === null ? 'None yet' : `Version ${entry.approvedVersion}` }] : []),
          { key: 'Approved by', value: APPROVER_LABELS[entry.approver] ?? entry.approver },
          { key: 'Reviewed every', value: `${entry.reviewCycleMonths} months` },
          { key: 'Statutory', value: entry.statutory ? 'Yes' : 'No' },
          { key: 'Equality impact assessment', value: entry.eiaRequired ? 'Needed' : 'Not needed' },
          {
            key: 'Applies to',
            value: phasesText(entry.appliesTo),
            change: !entry.retired && mayDo(context.me, 'changePolicy') ? [`${base}/applies-to`, 'the phases it applies to'] : undefined,
          },
          {
            key: ACKNOWLEDGEMENT_QUESTION,
            value: entry.acknowledgementRequired ? 'Yes' : 'No',
            change: !entry.retired && mayDo(context.me, 'changePolicy') ? [`${base}/acknowledgement`, 'whether staff must acknowledge it'] : undefined,
          },
          ...(trustLevel
            ? [
                { key: 'Last reviewed', value: formatDate(entry.lastReviewedOn) },
                { key: 'Next review due', value: formatDue(entry.nextReviewDue) },
              ]
            : []),
        ],
        'policy-details',
      ),
      entry.retired
        ? null
        : actions(
            mayDo(context.me, 'draftPolicyVersion') ? buttonLink(`${base}/versions/new`, 'Add a version') : null,
            trustLevel && entry.currentVersion !== null && mayDo(context.me, 'approvePolicy') ? buttonLink(`${base}/approve`, 'Record the approval', true) : null,
            trustLevel && mayDo(context.me, 'reviewPolicy') ? buttonLink(`${base}/review`, 'Record a review', true) : null,
          ),
      !trustLevel ? h('p', {}, 'Each school adopts, reviews and assesses this policy from its own register.') : null,
      !entry.retired && mayDo(context.me, 'retirePolicy') ? h('p', {}, h('a', { href: `#${base}/retire` }, 'Retire this policy')) : null,
    ],
  };
}

/** What a PATCH answers: `changed` is false when the values were already so. */
type UpdateAnswer = WriteAnswer & { changed: boolean };

/** Changing the phases a policy applies to. */
export async function appliesToPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'changePolicy'));
  const entry = await policy(context, route.params.policyId);
  const kit = new FormKit(`Which schools does ${entry.title} apply to?`);
  kit.add(appliesToChoices(kit, entry.appliesTo), kit.submit('Save the phases'));
  kit.onSubmit(async () => {
    const json: PolicyChangeRequest = { appliesTo: appliesToValue(kit) };
    const answer = await api<UpdateAnswer>(trustApi(context, 'policies', entry.id), { method: 'PATCH', idempotencyKey: kit.idempotencyKey, json });
    return saved(answer.changed ? 'The phases are saved.' : 'Nothing changed: the policy already applied to these phases.', [
      ['Back to the policy', `${path('admin', 'policies', entry.id)}?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return { title: `Applies to: ${entry.title}`, trail: policyTrail(entry), content: kit.element() };
}

const ACKNOWLEDGEMENT_QUESTION = 'Staff must read and acknowledge each adopted version';

/** Whether staff must read and acknowledge each version their school adopts. */
export async function acknowledgementPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'changePolicy'));
  const entry = await policy(context, route.params.policyId);
  const kit = new FormKit(`Must staff acknowledge ${entry.title}?`);
  kit.add(
    kit.choices('acknowledgementRequired', ACKNOWLEDGEMENT_QUESTION, YES_NO, {
      inline: true,
      value: String(entry.acknowledgementRequired),
      hint: 'Yes: each time a school adopts a version, every member of its staff is asked to read it and confirm, and the school sees who has not. No: staff are not asked, and it leaves their reading.',
    }),
    kit.submit('Save'),
  );
  kit.onSubmit(async () => {
    const json: PolicyChangeRequest = { acknowledgementRequired: kit.value('acknowledgementRequired') === 'true' };
    const answer = await api<UpdateAnswer>(trustApi(context, 'policies', entry.id), { method: 'PATCH', idempotencyKey: kit.idempotencyKey, json });
    const now = json.acknowledgementRequired ? 'Staff must now read and acknowledge each adopted version.' : 'Staff are no longer asked to acknowledge it.';
    return saved(answer.changed ? now : `Nothing changed: ${json.acknowledgementRequired ? 'staff were already asked to acknowledge it.' : 'staff were already not asked to acknowledge it.'}`, [
      ['Back to the policy', `${path('admin', 'policies', entry.id)}?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return { title: `Acknowledgement: ${entry.title}`, trail: policyTrail(entry), content: kit.element() };
}

/** Retiring, step one: when and why; the check page comes next (nothing is sent yet). */
export async function retirePolicyPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'retirePolicy'));
  const entry = await policy(context, route.params.policyId);
  const kit = new FormKit(`Retire ${entry.title}`);
  kit.add(
    kit.date('retiredOn', 'Date it is retired', { value: route.query.get('retiredOn') ?? context.today, required: true }),
    kit.textarea('reason', 'Why is it retired? (optional)', { value: route.query.get('reason') ?? '', hint: 'For example “Merged into the behaviour policy”.' }),
    kit.submit('Continue'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['retiredOn', 'Enter the date it is retired']]);
    if (problems.length > 0) kit.fail(problems);
    const query = new URLSearchParams({ retiredOn: kit.value('retiredOn'), reason: kit.value('reason') });
    navigate(`${path('admin', 'policies', entry.id, 'retire', 'check')}?${query.toString()}`);
  }, 'Checking…', { keepOpen: true });
  return { title: `Retire ${entry.title}`, trail: policyTrail(entry), content: kit.element() };
}

export async function retirePolicyCheckPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'retirePolicy'));
  const entry = await policy(context, route.params.policyId);
  const retiredOn = route.query.get('retiredOn') ?? context.today;
  const reason = route.query.get('reason') ?? '';
  const change = `${path('admin', 'policies', entry.id, 'retire')}?${route.query.toString()}`;
  return {
    title: `Retire ${entry.title}`,
    trail: policyTrail(entry),
    content: checkAnswers({
      label: `Confirm that ${entry.title} is retired`,
      rows: [
        { key: 'Policy', value: entry.title },
        { key: 'Date it is retired', value: formatDate(retiredOn), change: [change, 'the date'] },
        { key: 'Why', value: reason, change: [change, 'the reason'] },
        { key: 'What happens', value: 'The policy leaves every school’s register and the figures. Its history stays in the audit trail.' },
      ],
      warning: 'This cannot be undone: a retired policy cannot be brought back (add it again as a new policy).',
      confirm: 'Confirm: retire the policy',
      back: ['Go back', change],
      send: (idempotencyKey) =>
        api<WriteAnswer>(trustApi(context, 'policies', entry.id, 'retirement'), { method: 'POST', idempotencyKey, json: { retiredOn, reason: reason || undefined } }),
      done: (answer) => saved(`“${entry.title}” is retired.`, [['See all policies', `/admin/policies?after=${encodeURIComponent(answer.position)}`]]),
    }),
  };
}
