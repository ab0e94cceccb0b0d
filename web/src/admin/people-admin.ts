import { api, FieldProblem } from '../api/client.js';
import type { Person, PersonChangeRequest, PersonRequest, Role, RoleGrantRequest, SetPasswordRequest, WriteAnswer } from '@governance/contracts';
import { AppContext, mayDo, schoolName } from '../context.js';
import { h } from '../dom.js';
import { FormKit, missing } from '../forms/form-kit.js';
import { saved } from '../forms/form-parts.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, scrollingTable, section } from '../ui.js';
import { ADMIN_TRAIL, allowOnly, manage } from './admin-access.js';
import { afterPosition, people, person, trustApi } from './admin-api.js';
import { ROLE_HINT, ROLE_OPTIONS, roleText, SCHOOL_ROLES } from './admin-words.js';
import { checkAnswers, summaryList } from './summary.js';

const PEOPLE_TRAIL: [string, string][] = [...ADMIN_TRAIL, ['People and roles', '/admin/people']];

function personTrail(someone: Person): [string, string][] {
  return [...PEOPLE_TRAIL, [someone.name ?? 'Erased person', path('admin', 'people', someone.id)]];
}

function rolesText(context: AppContext, someone: Person): string {
  return someone.roles.map((grant) => roleText(grant.role, grant.schoolId ? schoolName(context, grant.schoolId) : undefined)).join('; ');
}

function signInText(someone: Person): string {
  if (someone.erased) return 'Erased';
  return someone.canSignIn ? `Can sign in${someone.mfaEnrolled ? ' (two-step sign-in on)' : ''}` : 'Has not set a password yet';
}

export async function peoplePage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(manage.people(context.me));
  const list = (await people(context, afterPosition(route.query))).filter((someone) => !someone.erased);
  list.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'people-admin' },
    h('caption', { class: 'visually-hidden' }, 'The people of the trust'),
    h('thead', {}, h('tr', {}, ['Name', 'Email', 'Roles', 'Signing in'].map((heading) => h('th', { scope: 'col' }, heading)))),
    h(
      'tbody',
      {},
      list.map((someone) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, h('a', { href: `#${path('admin', 'people', someone.id)}` }, someone.name ?? 'Erased person')),
          h('td', {}, someone.email ?? ''),
          h('td', {}, rolesText(context, someone)),
          h('td', {}, signInText(someone)),
        ),
      ),
    ),
  );
  return {
    title: 'People and roles',
    trail: ADMIN_TRAIL,
    content: [
      mayDo(context.me, 'registerPerson') ? actions(buttonLink('/admin/people/new', 'Add a person')) : null,
      scrollingTable('The people of the trust', table),
    ],
  };
}

/** A role and, for school roles, the school: radios then a school chooser. */
function roleFields(kit: FormKit, context: AppContext): HTMLElement[] {
  return [
    kit.choices('role', 'Role', ROLE_OPTIONS, { hint: ROLE_HINT }),
    kit.select('schoolId', 'School', [{ value: '', label: 'The whole trust' }, ...context.schools.map((entry) => ({ value: entry.id, label: entry.name }))], {
      hint: 'A headteacher, governor or staff member belongs to one school. A clerk may be the trust’s or one school’s.',
    }),
  ];
}

/** The role chosen, checked against where it may be held (the API checks it too). */
function chosenGrant(kit: FormKit, problems: FieldProblem[]): RoleGrantRequest {
  const role = kit.value('role') as Role;
  const schoolId = kit.value('schoolId');
  if (!role) problems.push({ field: 'role', message: 'Choose a role' });
  else if (SCHOOL_ROLES.includes(role) && !schoolId) problems.push({ field: 'schoolId', message: 'Choose the school this role is at' });
  else if ((role === 'trust-admin' || role === 'trustee') && schoolId) problems.push({ field: 'schoolId', message: 'This role is for the whole trust: choose “The whole trust”' });
  return schoolId ? { role, schoolId } : { role };
}

export async function addPersonPage(_route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'registerPerson'));
  const kit = new FormKit('Add a person');
  kit.add(
    kit.input('name', 'Full name', { required: true, autocomplete: 'off' }),
    kit.input('email', 'Email address', { type: 'email', required: true, autocomplete: 'off', hint: 'Their invitation to sign in goes here.' }),
    ...roleFields(kit, context),
    kit.submit('Add the person'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['name', 'Enter their full name'], ['email', 'Enter their email address']]);
    const grant = chosenGrant(kit, problems);
    if (problems.length > 0) kit.fail(problems);
    const body: PersonRequest = { name: kit.value('name'), email: kit.value('email'), roles: [grant] };
    const answer = await api<WriteAnswer>(trustApi(context, 'people'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: body });
    context.names.set(answer.id, body.name);
    return saved(`${body.name} is added. They cannot sign in until they have an invitation.`, [
      [`Send ${body.name} an invitation`, `${path('admin', 'people', answer.id)}?after=${encodeURIComponent(answer.position)}`],
      ['Add another person', '/admin/people/new'],
      ['See everyone', `/admin/people?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return { title: 'Add a person', trail: PEOPLE_TRAIL, content: kit.element() };
}

function endRoleRoute(someone: Person, role: Role, schoolId?: string): string {
  const query = new URLSearchParams({ role });
  if (schoolId) query.set('schoolId', schoolId);
  return `${path('admin', 'people', someone.id, 'end-role')}?${query.toString()}`;
}

/** One person: their details (change links), roles (end one, give another), invitation, erasure. */
export async function personPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(manage.people(context.me));
  const someone = await person(context, route.params.personId, afterPosition(route.query));
  const name = someone.name ?? 'Erased person';
  const editRoute = path('admin', 'people', someone.id, 'edit');
  const roles = h(
    'ul',
    { class: 'plain-list', 'data-testid': 'person-roles' },
    someone.roles.map((grant) =>
      h(
        'li',
        {},
        roleText(grant.role, grant.schoolId ? schoolName(context, grant.schoolId) : undefined),
        mayDo(context.me, 'revokeRole') ? [' · ', h('a', { href: `#${endRoleRoute(someone, grant.role, grant.schoolId)}` }, 'End this role', h('span', { class: 'visually-hidden' }, ` of ${name}`))] : null,
      ),
    ),
  );
  return {
    title: name,
    trail: PEOPLE_TRAIL,
    content: [
      summaryList(
        [
          { key: 'Name', value: someone.name ?? '', change: someone.erased ? undefined : [editRoute, 'name'] },
          { key: 'Email address', value: someone.email ?? '', change: someone.erased ? undefined : [editRoute, 'email address'] },
          { key: 'Signing in', value: signInText(someone) },
        ],
        'person-details',
      ),
      section(
        'Roles',
        someone.roles.length === 0 ? h('p', { class: 'empty' }, 'No roles.') : roles,
        mayDo(context.me, 'grantRole') && !someone.erased ? actions(buttonLink(path('admin', 'people', someone.id, 'roles', 'new'), 'Give another role', true)) : null,
      ),
      // Appointments, declarations of interests and training (the people area's governor records).
      manage.governors(context.me) && !someone.erased ? h('p', {}, h('a', { href: `#${path('admin', 'governors', someone.id)}` }, `${name}’s governor records: appointments, declarations and training`)) : null,
      // Governors and trustees: the meetings of this academic year they were a member for.
      mayDo(context.me, 'personAttendance') && !someone.erased ? h('p', {}, h('a', { href: `#${path('people', someone.id, 'attendance')}` }, `${name}’s attendance at meetings`)) : null,
      someone.erased ? null : invitationSection(context, someone),
      someone.erased ? null : signInHelp(context, someone),
      mayDo(context.me, 'erasePerson') && !someone.erased
        ? h('p', {}, h('a', { href: `#${path('admin', 'people', someone.id, 'erase')}` }, `Erase ${name}’s personal data`))
        : null,
    ],
  };
}

/**
 * "Send an invitation": POST .../people/{personId}/invitation emails a one-time link to set a
 * password (API.md version 2, "Set-up").
 */
function invitationSection(context: AppContext, someone: Person): HTMLElement | null {
  if (!mayDo(context.me, 'invitePerson')) return null;
  const kit = new FormKit('Send an invitation');
  kit.add(
    h('p', { class: 'hint' }, someone.canSignIn ? 'They can sign in already. A new invitation lets them set a new password.' : 'They get an email with a link to set their password. The link works once.'),
    kit.submit('Send an invitation'),
  );
  kit.onSubmit(async () => {
    await api<WriteAnswer>(trustApi(context, 'people', someone.id, 'invitation'), { method: 'POST', idempotencyKey: kit.idempotencyKey });
    return saved(`An invitation is on its way to ${someone.email ?? 'them'}.`, [['See everyone', '/admin/people']]);
  }, 'Sending…');
  return section('Invitation to sign in', kit.element());
}

/** When someone cannot sign in: a password set for them, or their lost second factor removed. */
function signInHelp(context: AppContext, someone: Person): HTMLElement | null {
  const links = [
    mayDo(context.me, 'setPassword') ? h('li', {}, h('a', { href: `#${path('admin', 'people', someone.id, 'password')}` }, 'Set a password for them')) : null,
    mayDo(context.me, 'resetMfa') && someone.mfaEnrolled ? h('li', {}, h('a', { href: `#${path('admin', 'people', someone.id, 'reset-mfa')}` }, 'Reset their two-step sign-in')) : null,
  ].filter(Boolean);
  return links.length === 0 ? null : section('If they cannot sign in', h('ul', { class: 'plain-list' }, links));
}

export async function setPasswordPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'setPassword'));
  const someone = await person(context, route.params.personId);
  const kit = new FormKit(`Set a password for ${someone.name ?? 'this person'}`);
  kit.add(
    kit.input('password', 'New password', {
      type: 'password',
      autocomplete: 'new-password',
      required: true,
      hint: 'At least 12 characters and not a common password. Give it to them by a safe route; they can change it once signed in. An invitation is safer: they choose their own.',
    }),
    kit.submit('Set the password'),
  );
  kit.onSubmit(async () => {
    // Not trimmed: spaces may be part of a password.
    const password = (kit.form.elements.namedItem('password') as HTMLInputElement).value;
    if (password === '') kit.fail([{ field: 'password', message: 'Enter the new password' }]);
    const answer = await api<WriteAnswer>(trustApi(context, 'people', someone.id, 'password'), { method: 'PUT', idempotencyKey: kit.idempotencyKey, json: { password } satisfies SetPasswordRequest });
    return saved(`${someone.name ?? 'They'} can now sign in with the new password.`, [['Back to their page', `${path('admin', 'people', someone.id)}?after=${encodeURIComponent(answer.position)}`]]);
  });
  return { title: `Set a password for ${someone.name ?? 'this person'}`, trail: personTrail(someone), content: kit.element() };
}

/** Removing a lost second factor: check, then confirm. */
export async function resetMfaPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'resetMfa'));
  const someone = await person(context, route.params.personId);
  return {
    title: `Reset ${someone.name ?? 'this person'}’s two-step sign-in`,
    trail: personTrail(someone),
    content: checkAnswers({
      label: 'Confirm the reset',
      rows: [
        { key: 'Person', value: someone.name ?? '' },
        { key: 'What happens', value: 'Their authenticator app stops working for this account. They sign in with their password and set up two-step sign-in again.' },
      ],
      warning: 'Do this only when you are sure who asked: it removes a protection of their account.',
      confirm: 'Confirm: reset two-step sign-in',
      back: ['Go back', path('admin', 'people', someone.id)],
      send: (idempotencyKey) => api<WriteAnswer>(trustApi(context, 'people', someone.id, 'mfa'), { method: 'DELETE', idempotencyKey }),
      done: (answer) => saved('Their two-step sign-in is reset.', [['Back to their page', `${path('admin', 'people', someone.id)}?after=${encodeURIComponent(answer.position)}`]]),
    }),
  };
}

/** Change a person's name or email (PATCH sends only what changed). */
export async function editPersonPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'changePersonDetails'));
  const someone = await person(context, route.params.personId);
  const kit = new FormKit(`Change ${someone.name ?? 'this person'}`);
  kit.add(
    kit.input('name', 'Full name', { value: someone.name ?? '', required: true, autocomplete: 'off' }),
    kit.input('email', 'Email address', { type: 'email', value: someone.email ?? '', required: true, autocomplete: 'off' }),
    kit.submit('Save the changes'),
  );
  kit.onSubmit(async () => {
    const problems = missing(kit, [['name', 'Enter their full name'], ['email', 'Enter their email address']]);
    if (problems.length > 0) kit.fail(problems);
    const change: PersonChangeRequest = {};
    if (kit.value('name') !== someone.name) change.name = kit.value('name');
    if (kit.value('email') !== someone.email) change.email = kit.value('email');
    if (Object.keys(change).length === 0) kit.fail([{ field: 'name', message: 'Nothing has changed: change the name or email, or go back' }]);
    const answer = await api<WriteAnswer>(trustApi(context, 'people', someone.id), { method: 'PATCH', idempotencyKey: kit.idempotencyKey, json: change });
    if (change.name) context.names.set(someone.id, change.name);
    return saved('The changes are saved.', [['Back to their page', `${path('admin', 'people', someone.id)}?after=${encodeURIComponent(answer.position)}`]]);
  });
  return { title: `Change ${someone.name ?? 'this person'}`, trail: personTrail(someone), content: kit.element() };
}

export async function grantRolePage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'grantRole'));
  const someone = await person(context, route.params.personId);
  const kit = new FormKit(`Give ${someone.name ?? 'this person'} a role`);
  kit.add(...roleFields(kit, context), kit.submit('Give the role'));
  kit.onSubmit(async () => {
    const problems: FieldProblem[] = [];
    const grant = chosenGrant(kit, problems);
    if (problems.length > 0) kit.fail(problems);
    const answer = await api<WriteAnswer>(trustApi(context, 'people', someone.id, 'roles'), { method: 'POST', idempotencyKey: kit.idempotencyKey, json: grant });
    return saved(`${someone.name ?? 'They'} is now ${roleText(grant.role, grant.schoolId ? schoolName(context, grant.schoolId) : undefined).toLowerCase()}.`, [
      ['Back to their page', `${path('admin', 'people', someone.id)}?after=${encodeURIComponent(answer.position)}`],
    ]);
  });
  return { title: `Give ${someone.name ?? 'this person'} a role`, trail: personTrail(someone), content: kit.element() };
}

/** Ending a role: check, then confirm (DELETE .../roles?role=&schoolId=). */
export async function endRolePage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'revokeRole'));
  const someone = await person(context, route.params.personId);
  const role = (route.query.get('role') ?? '') as Role;
  const schoolId = route.query.get('schoolId') ?? undefined;
  const what = roleText(role, schoolId ? schoolName(context, schoolId) : undefined);
  const query = new URLSearchParams({ role });
  if (schoolId) query.set('schoolId', schoolId);
  return {
    title: `End a role of ${someone.name ?? 'this person'}`,
    trail: personTrail(someone),
    content: checkAnswers({
      label: 'Confirm the role ends',
      rows: [
        { key: 'Person', value: someone.name ?? '' },
        { key: 'Role that ends', value: what },
        { key: 'What happens', value: 'They can no longer do what this role allows. What they recorded stays in the audit trail.' },
      ],
      warning: 'This cannot be undone: to give the role back, give it again as a new role.',
      confirm: 'Confirm: end the role',
      back: ['Go back', path('admin', 'people', someone.id)],
      send: (idempotencyKey) => api<WriteAnswer>(`${trustApi(context, 'people', someone.id, 'roles')}?${query.toString()}`, { method: 'DELETE', idempotencyKey }),
      done: (answer) => saved(`${someone.name ?? 'They'} is no longer ${what.toLowerCase()}.`, [['Back to their page', `${path('admin', 'people', someone.id)}?after=${encodeURIComponent(answer.position)}`]]),
    }),
  };
}

/** Right to erasure: check, then confirm. */
export async function erasePersonPage(route: Route, context: AppContext): Promise<PageView> {
  allowOnly(mayDo(context.me, 'erasePerson'));
  const someone = await person(context, route.params.personId);
  return {
    title: `Erase ${someone.name ?? 'this person'}`,
    trail: personTrail(someone),
    content: checkAnswers({
      label: 'Confirm the erasure',
      rows: [
        { key: 'Name', value: someone.name ?? '' },
        { key: 'Email address', value: someone.email ?? '' },
        { key: 'Roles', value: rolesText(context, someone) },
        { key: 'What happens', value: 'Their name and email leave the directory and they can no longer sign in. The audit trail keeps what they did, without their details.' },
      ],
      warning: 'This cannot be undone: their personal data is deleted.',
      confirm: 'Confirm: erase their personal data',
      back: ['Go back', path('admin', 'people', someone.id)],
      send: (idempotencyKey) => api<WriteAnswer>(trustApi(context, 'people', someone.id), { method: 'DELETE', idempotencyKey }),
      done: (answer) => saved('Their personal data is erased.', [['See everyone', `/admin/people?after=${encodeURIComponent(answer.position)}`]]),
    }),
  };
}
