import type { AppointmentItem, DeclarationStatusRow, RecordStatus, TrainingStatusRow } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { FormKit } from '../forms/form-kit.js';
import { formatDate, plural } from '../format.js';
import { navigate, path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { scrollingTable, section } from '../ui.js';
import { allowRecords } from './records-access.js';
import { manage } from '../admin/admin-access.js';
import { currentAppointments, declarationList, trainingList } from './records-api.js';
import { bodyOf, recordBadge, ROLE_WORDS, STATUS_WORDS } from './records-words.js';
import { registerPanel } from './register-panel.js';
import { ADMIN_TRAIL } from '../admin/admin-access.js';

const STATUSES: RecordStatus[] = ['done', 'due', 'overdue'];

export function recordsRoute(personId: string): string {
  return path('admin', 'governors', personId);
}

function personLink(personId: string, name: string | null): HTMLElement {
  return h('a', { href: `#${recordsRoute(personId)}` }, name ?? 'Erased person');
}

function table(label: string, testId: string, headings: string[], rows: HTMLElement[]): HTMLElement {
  return scrollingTable(
    label,
    h('table', { 'data-testid': testId }, h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))), h('tbody', {}, rows)),
  );
}

/**
 * The people area's governor records for the clerk and trust admin: who holds an appointment
 * now, each governor's and trustee's declaration and safeguarding training by status (all, or
 * done / due / overdue), a way to open anyone's records, and the governance register's place.
 */
export async function governorsPage(route: Route, context: AppContext): Promise<PageView> {
  allowRecords(manage.governors(context.me));
  const after = route.query.get('after') ?? undefined;
  const chosen = route.query.get('status') ?? '';
  const status = STATUSES.includes(chosen as RecordStatus) ? (chosen as RecordStatus) : undefined;
  const [appointments, declarations, training] = await Promise.all([
    mayDo(context.me, 'listAppointments') ? currentAppointments(context, after) : Promise.resolve(null),
    mayDo(context.me, 'listDeclarations') ? declarationList(context, status, after) : Promise.resolve(null),
    mayDo(context.me, 'listTraining') ? trainingList(context, status, after) : Promise.resolve(null),
  ]);
  return {
    title: 'Governors and trustees',
    trail: ADMIN_TRAIL,
    content: [
      h('p', { class: 'lead' }, 'Appointments and terms of office, declarations of interests and training. Open a person to appoint them, end or renew a term, or see their records.'),
      findPerson(context),
      appointments ? section('Current appointments', appointmentsTable(appointments)) : null,
      declarations || training ? statusFilter(status) : null,
      declarations ? section(`Declarations of interests${status ? `: ${STATUS_WORDS[status].toLowerCase()}` : ''}`, declarationsTable(declarations)) : null,
      training ? section(`Safeguarding training${status ? `: ${STATUS_WORDS[status].toLowerCase()}` : ''}`, trainingTable(training)) : null,
      await registerPanel(context),
    ],
  };
}

function findPerson(context: AppContext): HTMLElement {
  const kit = new FormKit('Open a person’s records');
  const people = [...context.names.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  kit.add(kit.select('personId', 'Person', [{ value: '', label: 'Choose a person' }, ...people.map(([value, label]) => ({ value, label }))], { hint: 'Anyone of the trust, to appoint them or see their records.' }), kit.submit('Open their records'));
  kit.onSubmit(async () => {
    if (kit.value('personId') === '') kit.fail([{ field: 'personId', message: 'Choose a person' }]);
    navigate(recordsRoute(kit.value('personId')));
  }, 'Opening…', { keepOpen: true });
  return kit.element();
}

function statusFilter(status: RecordStatus | undefined): HTMLElement {
  const kit = new FormKit('Show declarations and training by status');
  kit.add(
    kit.select('status', 'Which people?', [{ value: '', label: 'Everyone' }, ...STATUSES.map((value) => ({ value, label: `${STATUS_WORDS[value]} only` }))], { value: status ?? '' }),
    kit.submit('Show'),
  );
  kit.onSubmit(async () => navigate(kit.value('status') ? `/admin/governors?status=${encodeURIComponent(kit.value('status'))}` : '/admin/governors'), 'Loading…', { keepOpen: true });
  return kit.element();
}

function appointmentsTable(items: AppointmentItem[]): HTMLElement {
  if (items.length === 0) return h('p', {}, 'No appointment is held today. Open a person to appoint them.');
  return table(
    'Current appointments',
    'current-appointments',
    ['Name', 'Body', 'Role', 'Term ends'],
    items.map((item) => h('tr', {}, h('th', { scope: 'row' }, personLink(item.personId, item.name)), h('td', {}, bodyOf(item)), h('td', {}, ROLE_WORDS[item.role]), h('td', {}, formatDate(item.endsOn)))),
  );
}

function declarationsTable(rows: DeclarationStatusRow[]): HTMLElement {
  if (rows.length === 0) return h('p', {}, 'Nobody is listed.');
  return table(
    'Declarations of interests',
    'declarations-list',
    ['Name', 'Status', 'Last declared', 'Renew by', 'Interests'],
    rows.map((row) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, personLink(row.personId, row.name)),
        h('td', {}, recordBadge(row.status)),
        h('td', {}, row.lastDeclaredOn ? formatDate(row.lastDeclaredOn) : 'Never'),
        h('td', {}, formatDate(row.overdueAfter)),
        h('td', {}, row.lastDeclaredOn ? (row.interestsDeclared === 0 ? 'Nothing to declare' : plural(row.interestsDeclared, 'interest')) : ''),
      ),
    ),
  );
}

function trainingTable(rows: TrainingStatusRow[]): HTMLElement {
  if (rows.length === 0) return h('p', {}, 'Nobody is listed.');
  return table(
    'Safeguarding training',
    'training-list',
    ['Name', 'Safeguarding', 'Last done', 'Valid until', 'Hours of training'],
    rows.map((row) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, personLink(row.personId, row.name)),
        h('td', {}, recordBadge(row.safeguarding.status)),
        h('td', {}, row.safeguarding.lastCompletedOn ? formatDate(row.safeguarding.lastCompletedOn) : 'Never'),
        h('td', {}, formatDate(row.safeguarding.expiresOn)),
        h('td', {}, String(row.totalHours)),
      ),
    ),
  );
}
