import type { AcknowledgementProgress, AcknowledgementProgressRow } from '@governance/contracts';
import { ApiProblem } from '../api/client.js';
import { AppContext, mayDo, schoolName } from '../context.js';
import { h } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { Route, path } from '../router.js';
import { PageView } from '../shell.js';
import { figure, figures, problemNotice, scrollingTable, section } from '../ui.js';
import { acknowledgementProgress } from './staff-api.js';
import { progressBar } from './progress-bar.js';

/**
 * A school's reading progress: for each policy its staff must acknowledge, the version in force
 * and how many of the current staff have acknowledged it; the names of those who have not, with
 * the day they were asked, for those the server gives names to.
 */
export async function readingProgressPage(route: Route, context: AppContext): Promise<PageView> {
  const schoolId = route.params.schoolId;
  const name = schoolName(context, schoolId);
  const title = `${name}: reading progress`;
  const trail: [string, string][] = [['Home', '/'], [name, path('schools', schoolId)]];
  if (!mayDo(context.me, 'acknowledgementProgress', schoolId)) {
    return { title, trail, content: problemNotice(new ApiProblem(403, 'about:blank', 'Forbidden', 'Reading progress is for trust admins, trustees, the headteacher and policy owners.', [])) };
  }
  const progress = await acknowledgementProgress(context, schoolId);
  const staffLink = mayDo(context.me, 'importStaff', schoolId)
    ? h('p', {}, h('a', { href: `#${path('schools', schoolId, 'staff')}` }, 'Update the staff list from your MIS'))
    : null;
  return {
    title,
    trail,
    content: [
      h('p', { class: 'lead' }, 'Each member of staff is asked to read and acknowledge the version in force of the policies they must follow. A new version asks everyone again; people who have left are not counted.'),
      totalsFigures(progress),
      progressTable(progress.rows, schoolId, name),
      outstandingNames(progress.rows),
      staffLink,
    ],
  };
}

function totalsFigures(progress: AcknowledgementProgress): HTMLElement {
  const { totals } = progress;
  return figures(
    figure('Acknowledgements asked for', totals.expected, 'plain', 'reading-expected'),
    figure('Acknowledged', totals.acknowledged, 'plain', 'reading-acknowledged'),
    figure('Outstanding', totals.outstanding, totals.outstanding > 0 ? 'warn' : 'good', 'reading-outstanding'),
  );
}

function progressTable(rows: AcknowledgementProgressRow[], schoolId: string, name: string): HTMLElement {
  if (rows.length === 0) {
    return section('Policies to acknowledge', h('p', { class: 'empty' }, `No policy adopted at ${name} asks its staff to acknowledge it yet.`));
  }
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'reading-progress' },
    h('caption', {}, `Policies the staff of ${name} must read and acknowledge`),
    h('thead', {}, h('tr', {}, ['Policy', 'Version in force', 'Staff', 'Acknowledged', 'Outstanding', 'Progress'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, rows.map((row) =>
      h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: `#${path('schools', schoolId, 'policies', row.policyId)}` }, row.title)),
        h('td', {}, `Version ${row.version}, adopted ${formatDate(row.adoptedOn)}`),
        h('td', {}, String(row.staff)),
        h('td', {}, String(row.acknowledged)),
        h('td', {}, String(row.outstanding)),
        h('td', {}, progressBar(row.acknowledged, row.staff))),
    )),
  );
  return section('Policies to acknowledge', scrollingTable('Reading progress by policy', table));
}

/** Lists of names up to this long are shown open. */
const OPEN_UP_TO = 10;

/** Who has not acknowledged each policy yet, when the server names them to this reader. */
function outstandingNames(rows: AcknowledgementProgressRow[]): HTMLElement | null {
  if (rows.length === 0) return null;
  if (rows.every((row) => row.outstandingPeople === null)) {
    return h('p', { class: 'hint' }, 'The names of those who have not acknowledged are shown to trust admins, the headteacher and each policy’s owner.');
  }
  const named = rows.filter((row) => row.outstandingPeople !== null && row.outstandingPeople.length > 0);
  return section(
    'Not yet acknowledged',
    named.length === 0 ? h('p', { 'data-testid': 'reading-all-done' }, 'Everyone has acknowledged the versions in force.') : null,
    named.map((row) => {
      const people = row.outstandingPeople ?? [];
      const heading = `${row.title}, version ${row.version}: ${plural(people.length, 'person', 'people')} outstanding`;
      const table = h(
        'table',
        { class: 'data', 'data-testid': 'reading-outstanding-people' },
        h('caption', { class: 'visually-hidden' }, heading),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Asked on'))),
        h('tbody', {}, people.map((person) => h('tr', {}, h('th', { scope: 'row' }, person.name ?? 'Name erased'), h('td', {}, formatDate(person.askedOn))))),
      );
      // Folded when long (a school of 80 staff and 25 policies would list 2,000 names); the summary keeps the count in view.
      return h('details', { class: 'outstanding-people', open: people.length <= OPEN_UP_TO }, h('summary', {}, heading), scrollingTable(`Not yet acknowledged: ${row.title}`, table));
    }),
  );
}
