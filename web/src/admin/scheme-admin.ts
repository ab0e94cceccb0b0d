import { api, ApiProblem } from '../api/client.js';
import type { Approver, DelegationRuleBody, SchemeOfDelegationRequest, SchemeOfDelegationView, TrustPolicy } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h, replace } from '../dom.js';
import { SchemeRule } from '../forms/approver-fields.js';
import { FormKit } from '../forms/form-kit.js';
import { navigate, Route } from '../router.js';
import { PageView } from '../shell.js';
import { notice, scrollingTable, section } from '../ui.js';
import { APPROVER_LABELS, categoryLabel } from '../vocabulary.js';
import { ADMIN_TRAIL, allowOnly, manage } from './admin-access.js';
import { afterPosition, policies, schemeRules, trustApi } from './admin-api.js';

export const SCHEME_ROUTE = '/admin/scheme-of-delegation';

const EXPLANATION = [
  'The scheme of delegation says which body approves which policy: the trust board, a local governing body, a committee or the headteacher. A rule names the body and the policy, the category of policies or the school it covers.',
  'When several rules fit, the most specific one wins: a rule for the policy at that school, then a rule for the policy, then for its category at that school, then for its category, then for the school. When no rule fits, the policy’s own “approved by” counts.',
  'Once the trust has rules, an adoption or approval that names another body is refused, unless it is recorded as an exception with a reason; the register then flags it. With no rules, nothing is checked.',
];

/** The trust's scheme of delegation: the rules as a table, and (for those who may change it) adding, removing and saving. */
export async function schemePage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(manage.scheme(context.me));
  const [rules, list] = await Promise.all([schemeRules(context, afterPosition(route.query)), policies(context)]);
  const words = namesFor(context, list);
  const mayChange = mayDo(context.me, 'setSchemeOfDelegation');
  return {
    title: 'Scheme of delegation',
    trail: ADMIN_TRAIL,
    content: [
      route.query.get('saved') ? notice('success', h('p', { 'data-testid': 'scheme-saved' }, h('strong', {}, 'The scheme of delegation is saved.'), ' Adoptions and approvals are checked against it from now on.')) : null,
      EXPLANATION.map((text, i) => h('p', { class: i === 0 ? 'lead' : undefined }, text)),
      mayChange ? schemeForm(context, rules, list, words) : section('The rules', rulesTable(rules, words)),
    ],
  };
}

interface Names {
  policy: (id: string) => string;
  school: (id: string) => string;
  categories: string[];
}

function namesFor(context: AppContext, list: TrustPolicy[]): Names {
  const titles = new Map(list.map((entry) => [entry.id, entry.title]));
  return {
    policy: (id) => titles.get(id) ?? 'A retired policy',
    school: (id) => context.schools.find((school) => school.id === id)?.name ?? 'A school that left',
    categories: [...new Set(list.map((entry) => entry.category).filter((category): category is string => category !== null))].sort(),
  };
}

function rulesTable(rules: SchemeRule[], words: Names, remove?: (index: number) => void): HTMLElement {
  if (rules.length === 0) return h('p', { class: 'empty', 'data-testid': 'scheme-rules' }, 'No rules yet: each policy is approved by the body it names, and nothing is checked.');
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'scheme-rules' },
    h('caption', { class: 'visually-hidden' }, 'The rules of the scheme of delegation'),
    h('thead', {}, h('tr', {}, ['Approved by', 'Policy', 'Category', 'School', ...(remove ? [''] : [])].map((heading) => h('th', { scope: 'col' }, heading || h('span', { class: 'visually-hidden' }, 'Actions'))))),
    h(
      'tbody',
      {},
      rules.map((rule, index) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, APPROVER_LABELS[rule.approver] ?? rule.approver),
          h('td', {}, rule.policyId ? words.policy(rule.policyId) : 'Any'),
          h('td', {}, rule.category ? categoryLabel(rule.category) : 'Any'),
          h('td', {}, rule.schoolId ? words.school(rule.schoolId) : 'Any'),
          remove
            ? h('td', {}, h('button', { type: 'button', class: 'button button-secondary button-small', onclick: () => remove(index) }, 'Remove', h('span', { class: 'visually-hidden' }, ` the rule for ${ruleText(rule, words)}`)))
            : null,
        ),
      ),
    ),
  );
  return scrollingTable('Rules of the scheme of delegation', table);
}

/** "Behaviour at Libra School": what a rule covers, for screen readers and messages. */
function ruleText(rule: SchemeRule, words: Names): string {
  const what = rule.policyId ? words.policy(rule.policyId) : rule.category ? `the ${categoryLabel(rule.category)} category` : 'every policy';
  return rule.schoolId ? `${what} at ${words.school(rule.schoolId)}` : what;
}

/** A rule as the PUT takes it: what it does not narrow by is left out (the API refuses null there). */
function withoutEmpty(rule: SchemeRule): DelegationRuleBody {
  return {
    approver: rule.approver,
    ...(rule.policyId ? { policyId: rule.policyId } : {}),
    ...(rule.category ? { category: rule.category } : {}),
    ...(rule.schoolId ? { schoolId: rule.schoolId } : {}),
  };
}

function schemeForm(context: AppContext, saved: SchemeRule[], list: TrustPolicy[], words: Names): HTMLElement {
  const rules = saved.map((rule) => ({ ...rule }));
  const kit = new FormKit('Scheme of delegation');
  const tableSlot = h('div', { class: 'field' });
  const tableError = h('p', { class: 'field-error', hidden: true });
  const changed = h('p', { class: 'hint', role: 'status' });
  kit.registerSlot('rules', tableSlot, tableError, []);
  const redraw = () => {
    replace(tableSlot, h('h2', {}, 'The rules'), tableError, rulesTable(rules, words, (index) => {
      rules.splice(index, 1);
      kit.clearErrors();
      redraw();
    }));
    changed.textContent = JSON.stringify(rules) === JSON.stringify(saved) ? '' : 'Not saved yet: press “Save the scheme” to use these rules.';
  };
  const any = (label: string) => ({ value: '', label });
  const active = list.filter((entry) => !entry.retired).sort((a, b) => a.title.localeCompare(b.title));
  const addRule = h(
    'fieldset',
    { class: 'panel' },
    h('legend', {}, 'Add a rule'),
    h('p', { class: 'hint' }, 'Choose the body and what the rule covers: a policy, a category of policies or a school, or a combination.'),
    kit.select('newApprover', 'Approved by', [any('Choose the body'), ...Object.entries(APPROVER_LABELS).map(([value, label]) => ({ value, label }))]),
    kit.select('newPolicyId', 'Policy', [any('Any policy'), ...active.map((entry) => ({ value: entry.id, label: entry.title }))]),
    kit.select('newCategory', 'Category', [any('Any category'), ...words.categories.map((category) => ({ value: category, label: categoryLabel(category) }))]),
    kit.select('newSchoolId', 'School', [any('Any school'), ...context.schools.map((school) => ({ value: school.id, label: school.name }))]),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button button-secondary', onclick: () => add() }, 'Add the rule')),
  );
  const add = () => {
    kit.clearErrors();
    const rule: SchemeRule = {
      approver: kit.value('newApprover') as Approver,
      policyId: kit.value('newPolicyId') || null,
      category: kit.value('newCategory') || null,
      schoolId: kit.value('newSchoolId') || null,
    };
    const problems = [
      ...(kit.value('newApprover') === '' ? [{ field: 'newApprover', message: 'Choose the body that approves' }] : []),
      ...(!rule.policyId && !rule.category && !rule.schoolId ? [{ field: 'newPolicyId', message: 'Choose a policy, a category or a school: for every policy at every school, the policy’s own “approved by” already counts' }] : []),
    ];
    if (problems.length > 0) return kit.showProblem(new ApiProblem(400, '/problems/validation', 'Check the rule', 'The rule is not complete.', problems));
    rules.push(rule);
    for (const name of ['newApprover', 'newPolicyId', 'newCategory', 'newSchoolId']) (kit.form.elements.namedItem(name) as HTMLSelectElement).value = '';
    redraw();
  };
  redraw();
  kit.add(tableSlot, changed, addRule, kit.submit('Save the scheme'));
  kit.onSubmit(async () => {
    try {
      const answer = await api<SchemeOfDelegationView>(trustApi(context, 'scheme-of-delegation'), { method: 'PUT', idempotencyKey: kit.idempotencyKey, json: { rules: rules.map(withoutEmpty) } satisfies SchemeOfDelegationRequest });
      navigate(`${SCHEME_ROUTE}?saved=1&after=${encodeURIComponent(answer.position ?? '')}`);
    } catch (error) {
      // The server names a rule by its place (`rules[2].schoolId`): shown at the table.
      if (error instanceof ApiProblem) throw new ApiProblem(error.status, error.type, error.title, error.detail, error.errors.map((problem) => (problem.field.startsWith('rules') ? { ...problem, field: 'rules' } : problem)));
      throw error;
    }
  }, 'Saving…', { keepOpen: true });
  return kit.element();
}
