import type { AcknowledgementProgress } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { h } from '../dom.js';
import { path } from '../router.js';
import { figure, figures, scrollingTable } from '../ui.js';
import { acknowledgementProgress } from './staff-api.js';
import { progressBar, progressWords } from './progress-bar.js';

interface SchoolTotals {
  schoolId: string;
  schoolName: string;
  expected: number;
  acknowledged: number;
  outstanding: number;
}

/** Rows per school and policy, added up per school, in the order the server gives (by school name). */
export function perSchool(progress: AcknowledgementProgress): SchoolTotals[] {
  const schools = new Map<string, SchoolTotals>();
  for (const row of progress.rows) {
    const school = schools.get(row.schoolId) ?? { schoolId: row.schoolId, schoolName: row.schoolName, expected: 0, acknowledged: 0, outstanding: 0 };
    school.expected += row.staff;
    school.acknowledged += row.acknowledged;
    school.outstanding += row.outstanding;
    schools.set(row.schoolId, school);
  }
  return [...schools.values()];
}

/**
 * The dashboard's "Read and acknowledge" panel for the trust: totals, then each school's
 * acknowledged of expected with a link to its reading page. Nothing when this person may not read it.
 */
export async function readAndAcknowledgePanel(context: AppContext): Promise<HTMLElement | null> {
  if (!mayDo(context.me, 'acknowledgementProgress')) return null;
  const progress = await acknowledgementProgress(context).catch(() => null);
  if (!progress) return null;
  const { totals } = progress;
  const schools = perSchool(progress);
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'reading-by-school' },
    h('caption', {}, 'Acknowledgements of the versions in force, by school'),
    h('thead', {}, h('tr', {}, ['School', 'Acknowledged of expected', 'Outstanding'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, schools.map((school) =>
      h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: `#${path('schools', school.schoolId, 'reading')}` }, school.schoolName)),
        h('td', {}, progressBar(school.acknowledged, school.expected)),
        h('td', {}, String(school.outstanding))),
    )),
  );
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'read-and-acknowledge-title', 'data-testid': 'read-and-acknowledge' },
    h('h2', { id: 'read-and-acknowledge-title' }, 'Read and acknowledge'),
    h('p', {}, 'Today: how many of each school’s staff have confirmed they read the version in force of each policy they must follow.'),
    figures(
      figure('Acknowledgements expected', totals.expected, 'plain', 'ack-expected'),
      figure('Acknowledged', totals.expected === 0 ? 0 : progressWords(totals.acknowledged, totals.expected), 'plain', 'ack-acknowledged'),
      figure('Outstanding', totals.outstanding, totals.outstanding > 0 ? 'warn' : 'good', 'ack-outstanding'),
    ),
    schools.length === 0 ? h('p', { class: 'empty' }, 'No school has adopted a policy that asks its staff to acknowledge it yet.') : scrollingTable('Read and acknowledge by school', table),
  );
}
