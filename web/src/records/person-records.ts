import type { AppointmentItem } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { path, Route } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, problemNotice, scrollingTable, section } from '../ui.js';
import { declarationForm, trainingForm } from './record-forms.js';
import { declarationHistory, declarationStatusLine, trainingHistory, trainingStatusLine } from './record-sections.js';
import { allowRecords, RECORDS_TRAIL } from './records-access.js';
import { manage } from '../admin/admin-access.js';
import { appointmentsOf, interestsOf, trainingOf } from './records-api.js';
import { bodyOf, ROLE_WORDS, termWords } from './records-words.js';

/** What an unreadable part says instead of failing the whole page (an academy's clerk and another academy's people). */
function settle<T>(promise: Promise<T>): Promise<T | Error> {
  return promise.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
}

/**
 * One person's governor records: their appointments (current and to come, then past), with
 * "Appoint", "End early" and "Renew"; their declarations of interests and training, latest
 * first, with the status in words.
 */
export async function personRecordsPage(route: Route, context: AppContext): Promise<PageView> {
  allowRecords(manage.governors(context.me));
  const { personId } = route.params;
  const after = route.query.get('after') ?? undefined;
  const name = context.names.get(personId) ?? 'Erased person';
  const [appointments, interests, training] = await Promise.all([
    settle(appointmentsOf(context, personId, after)),
    settle(interestsOf(context, personId, after)),
    settle(trainingOf(context, personId, after)),
  ]);
  const back = (position: string): [string, string][] => [[`See ${name}'s records`, `${path('admin', 'governors', personId)}?after=${encodeURIComponent(position)}`]];
  return {
    title: `${name}: governor records`,
    trail: RECORDS_TRAIL,
    content: [
      section(
        'Appointments',
        appointments instanceof Error ? problemNotice(appointments) : appointmentLists(context, personId, appointments),
        mayDo(context.me, 'makeAppointment') ? actions(buttonLink(path('admin', 'governors', personId, 'appoint'), 'Appoint', true)) : null,
      ),
      section(
        'Declarations of interests',
        interests instanceof Error ? problemNotice(interests) : [declarationStatusLine(interests), declarationHistory(context, interests)],
        // The clerk records a declaration handed in on paper.
        mayDo(context.me, 'declareInterests') && !(interests instanceof Error) ? [h('h3', {}, `Record a declaration for ${name}`), declarationForm(context, personId, back)] : null,
      ),
      section(
        'Training',
        training instanceof Error ? problemNotice(training) : [trainingStatusLine(training), trainingHistory(training)],
        mayDo(context.me, 'recordTraining') && !(training instanceof Error) ? [h('h3', {}, `Record training for ${name}`), trainingForm(context, personId, back)] : null,
      ),
    ],
  };
}

function appointmentLists(context: AppContext, personId: string, items: AppointmentItem[]): HTMLElement[] {
  if (items.length === 0) return [h('p', { 'data-testid': 'appointments-none' }, 'No appointments are recorded.')];
  const held = items.filter((item) => item.status !== 'ended');
  const past = items.filter((item) => item.status === 'ended');
  return [
    h('h3', {}, 'Current and to come'),
    held.length === 0 ? h('p', {}, 'None.') : appointmentTable(context, personId, held, 'Current appointments', 'appointments-current'),
    h('h3', {}, 'Past'),
    past.length === 0 ? h('p', {}, 'None.') : appointmentTable(context, personId, past, 'Past appointments', 'appointments-past'),
  ];
}

function appointmentTable(context: AppContext, personId: string, items: AppointmentItem[], label: string, testId: string): HTMLElement {
  const mayEnd = mayDo(context.me, 'endAppointment');
  const mayRenew = mayDo(context.me, 'makeAppointment');
  const what = (item: AppointmentItem) => `${ROLE_WORDS[item.role]}, ${bodyOf(item)}`;
  return scrollingTable(
    label,
    h(
      'table',
      { 'data-testid': testId },
      h('thead', {}, h('tr', {}, ['Body', 'Role', 'Appointed by', 'Term of office', 'Change'].map((heading) => h('th', { scope: 'col' }, heading)))),
      h(
        'tbody',
        {},
        items.map((item) =>
          h(
            'tr',
            {},
            h('td', {}, bodyOf(item)),
            h('td', {}, ROLE_WORDS[item.role]),
            h('td', {}, item.appointedBy),
            h('td', {}, termWords(item), item.status === 'future' ? h('span', { class: 'hint' }, ' (to come)') : null),
            h(
              'td',
              {},
              h(
                'ul',
                { class: 'plain-list' },
                mayEnd && item.status !== 'ended' && !item.endedOn
                  ? h('li', {}, h('a', { href: `#${path('admin', 'governors', personId, 'appointments', item.appointmentId, 'end')}` }, 'End early', h('span', { class: 'visually-hidden' }, `: ${what(item)}`)))
                  : null,
                mayRenew && !item.endedOn
                  ? h('li', {}, h('a', { href: `#${path('admin', 'governors', personId, 'appoint')}?renew=${encodeURIComponent(item.appointmentId)}` }, 'Renew', h('span', { class: 'visually-hidden' }, `: ${what(item)}`)))
                  : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
