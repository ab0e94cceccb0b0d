import { api } from '../api/client.js';
import type { School, SchoolChangeRequest, SchoolPhase, SchoolRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { optional, saved } from '../forms/form-parts.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, scrollingTable } from '../ui.js';
import { ADMIN_TRAIL, allowOnly, manage } from './admin-access.js';
import { afterPosition, school, schools, trustApi } from './admin-api.js';
import { PHASE_OPTIONS, phaseLabel } from './admin-words.js';
import { checkAnswers } from './summary.js';

const SCHOOLS_TRAIL: [string, string][] = [...ADMIN_TRAIL, ['Schools', '/admin/schools']];
const URN_HINT = 'The six-digit Unique Reference Number from Get Information about Schools, for example 137512.';

/** The trust's schools: a table with a change link each, and "Add a school". */
export async function schoolsPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(manage.schools(context.me));
  const list = await schools(context, afterPosition(route.query));
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'schools-admin' },
    h('caption', { class: 'visually-hidden' }, 'The trust’s schools'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'School'), h('th', { scope: 'col' }, 'URN'), h('th', { scope: 'col' }, 'Phase'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    h(
      'tbody',
      {},
      list.map((entry) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, entry.name),
          h('td', {}, entry.urn ?? ''),
          h('td', {}, phaseLabel(entry.phase)),
          h('td', {}, h('a', { href: `#${path('admin', 'schools', entry.id, 'edit')}` }, 'Change', h('span', { class: 'visually-hidden' }, ` ${entry.name}`))),
        ),
      ),
    ),
  );
  return {
    title: 'Schools',
    trail: ADMIN_TRAIL,
    content: [
      mayDo(context.me, 'addSchool') ? actions(buttonLink('/admin/schools/new', 'Add a school')) : null,
      list.length === 0 ? h('p', { class: 'empty' }, 'The trust has no schools yet.') : scrollingTable('The trust’s schools', table),
    ],
  };
}

function schoolFields(kit: FormKit, current?: School): HTMLElement[] {
  return [
    kit.input('name', 'School name', { value: current?.name, required: true, autocomplete: 'off' }),
    kit.input('urn', 'URN (optional)', { value: current?.urn ?? undefined, hint: URN_HINT, width: 'medium', inputmode: 'numeric' }),
    kit.choices('phase', 'Phase (optional)', PHASE_OPTIONS, { value: current?.phase ?? undefined, hint: 'Policies can apply to some phases only.' }),
  ];
}

export async function addSchoolPage(_route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'addSchool'));
  const kit = new FormKit('Add a school');
  kit.add(...schoolFields(kit), kit.submit('Add the school'));
  kit.onSubmit(async () => {
    const problems = missing(kit, [['name', 'Enter the school’s name']]);
    if (problems.length > 0) kit.fail(problems);
    const body: SchoolRequest = { name: kit.value('name'), urn: optional(kit, 'urn'), phase: optional(kit, 'phase') as SchoolPhase | undefined };
    const answer = await api<WriteAnswer>(trustApi(context, 'schools'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body });
    // The menu and the school choosers elsewhere read the context's list.
    context.schools.push({ id: answer.id, name: body.name, urn: body.urn ?? null, phase: body.phase ?? null });
    return saved(`${body.name} is added.`, [
      ['Add another school', '/admin/schools/new'],
      ['See all schools', `/admin/schools?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return { title: 'Add a school', trail: SCHOOLS_TRAIL, content: kit.element() };
}

/** Change a school's name, URN or phase (PATCH sends only what changed). */
export async function editSchoolPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'renameSchool'));
  const current = await school(context, route.params.schoolId);
  const kit = new FormKit(`Change ${current.name}`);
  kit.add(...schoolFields(kit, current), kit.submit('Save the changes'));
  kit.onSubmit(async () => {
    const problems = missing(kit, [['name', 'Enter the school’s name']]);
    if (problems.length > 0) kit.fail(problems);
    const change: SchoolChangeRequest = {};
    if (kit.value('name') !== current.name) change.name = kit.value('name');
    if (kit.value('urn') !== (current.urn ?? '') && kit.value('urn') !== '') change.urn = kit.value('urn');
    if (kit.value('phase') !== (current.phase ?? '') && kit.value('phase') !== '') change.phase = kit.value('phase') as SchoolPhase;
    if (Object.keys(change).length === 0) kit.fail([{ field: 'name', message: 'Nothing has changed: change the name, URN or phase, or go back' }]);
    const answer = await api<WriteAnswer>(trustApi(context, 'schools', current.id), { method: 'PATCH', idempotencyKey: kit.idempotencyKey, json: change });
    const known = context.schools.find((entry) => entry.id === current.id);
    if (known) Object.assign(known, change);
    return saved(`${change.name ?? current.name} is changed.`, [['See all schools', `/admin/schools?after=${encodeURIComponent(answer.position)}`]]);
  });
  return {
    title: `Change ${current.name}`,
    trail: SCHOOLS_TRAIL,
    content: [
      kit.element(),
      mayDo(context.me, 'removeSchool')
        ? h('p', {}, h('a', { href: `#${path('admin', 'schools', current.id, 'leave')}` }, `${current.name} is leaving the trust`))
        : null,
    ],
  };
}

/** A school leaving the trust cannot be undone: check, then confirm. */
export async function schoolLeavesPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'removeSchool'));
  const current = await school(context, route.params.schoolId);
  return {
    title: `${current.name} leaves the trust`,
    trail: SCHOOLS_TRAIL,
    content: checkAnswers({
      label: `Confirm that ${current.name} leaves the trust`,
      rows: [
        { key: 'School', value: current.name },
        { key: 'URN', value: current.urn ?? '' },
        { key: 'What happens', value: 'The school leaves every register, figure and report. Its history stays in the audit trail.' },
      ],
      warning: 'This cannot be undone: a school that has left cannot be brought back.',
      confirm: 'Confirm: the school leaves',
      back: ['Go back', path('admin', 'schools', current.id, 'edit')],
      send: (idempotencyKey) => api<WriteAnswer>(trustApi(context, 'schools', current.id), { method: 'DELETE', idempotencyKey }),
      done: (answer) => {
        const index = context.schools.findIndex((entry) => entry.id === current.id);
        if (index >= 0) context.schools.splice(index, 1);
        return saved(`${current.name} has left the trust.`, [['See all schools', `/admin/schools?after=${encodeURIComponent(answer.position)}`]]);
      },
    }),
  };
}
