import type { StaffImportPerson, StaffImportProblem, StaffImportReport } from '@governance/contracts';
import { Child, h } from '../dom.js';
import { plural } from '../format.js';
import { figure, figures, scrollingTable } from '../ui.js';

/** The dry run's report in plain words: who is added, whose details change, who leaves, and each problem line. */

const COLUMN_LABELS: Record<NonNullable<StaffImportProblem['column']>, string> = { name: 'Name', email: 'Email', role: 'Job title' };
const CHANGE_LABELS: Record<NonNullable<StaffImportPerson['changed']>[number], string> = { name: 'name', email: 'email', role: 'job title' };

/** The lines a report has problems on (a line can have more than one). */
export function problemLineCount(report: StaffImportReport): number {
  return new Set(report.problems.map((problem) => problem.line)).size;
}

export function nothingToChange(report: StaffImportReport): boolean {
  return report.added.length + report.changed.length + report.leaving.length === 0;
}

/** "Applying it adds 2 people, changes the details of 1 and ends the staff role of 1; 3 are unchanged." */
export function changeSentence(report: StaffImportReport, applied: boolean): string {
  const parts = [
    report.added.length > 0 ? `${applied ? 'added' : 'adds'} ${plural(report.added.length, 'person', 'people')}` : null,
    report.changed.length > 0 ? `${applied ? 'changed' : 'changes'} the details of ${report.changed.length}` : null,
    report.leaving.length > 0 ? `${applied ? 'ended' : 'ends'} the staff role of ${report.leaving.length} not in the file` : null,
  ].filter((part): part is string => part !== null);
  const changes = parts.length === 0 ? (applied ? 'changed nothing' : 'changes nothing') : parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${applied ? 'It' : 'Applying it'} ${changes}; ${plural(report.unchanged, 'member of staff', 'members of staff')} ${report.unchanged === 1 ? 'is' : 'are'} unchanged.`;
}

export function reportView(report: StaffImportReport, fileName: string, actions: Child): HTMLElement {
  const lines = problemLineCount(report);
  return h(
    'section',
    { class: 'panel staff-report', 'aria-labelledby': 'staff-report-title', 'data-testid': 'staff-report' },
    h('h2', { id: 'staff-report-title', tabindex: -1 }, `What ${fileName} would change`),
    h('p', { class: 'lead' }, `Nothing has changed yet. The file has ${plural(report.rows, 'row')} of staff. ${changeSentence(report, false)}`),
    lines > 0 ? problemSummary(report.problems, lines) : null,
    figures(
      figure('To be added', report.added.length, 'plain', 'staff-added'),
      figure('Details changing', report.changed.length, 'plain', 'staff-changed'),
      figure('Leaving', report.leaving.length, report.leaving.length > 0 ? 'warn' : 'plain', 'staff-leaving'),
      figure('Unchanged', report.unchanged, 'plain', 'staff-unchanged'),
      figure('Lines with problems', lines, lines > 0 ? 'bad' : 'good', 'staff-problem-lines'),
    ),
    lines > 0 ? problemTable(report.problems) : null,
    peopleTable('To be added', 'New members of staff', report.added, ['Name', 'Email', 'Job title'], (person) => [
      [person.name, person.personId ? h('span', { class: 'tag' }, 'Already in the trust') : null],
      person.email,
      person.role ?? 'Not given',
    ]),
    peopleTable('Details changing', 'Members of staff whose details change, and what changes', report.changed, ['Name', 'Email', 'What changes', 'Job title'], (person) => [
      person.name,
      person.email,
      (person.changed ?? []).map((field) => CHANGE_LABELS[field]).join(', ').replace(/^./, (first) => first.toUpperCase()) || 'Details',
      person.role ?? 'Not given',
    ]),
    peopleTable('Leaving', 'Members of staff not in the file, who stop being staff of the school', report.leaving, ['Name', 'Email'], (person) => [person.name, person.email]),
    report.leaving.length > 0
      ? h('p', { class: 'hint' }, 'Those leaving stop being asked to read the school’s policies. They keep any other role they hold in the trust.')
      : null,
    actions,
  );
}

/** The GOV.UK error summary: one link per problem, each moving focus to its row of the table. */
function problemSummary(problems: StaffImportProblem[], lines: number): HTMLElement {
  return h(
    'div',
    { class: 'error-summary', role: 'alert', 'data-testid': 'staff-problems-summary' },
    h('h3', {}, `There ${lines === 1 ? 'is a problem on 1 line' : `are problems on ${lines} lines`} of the file`),
    h('p', {}, 'Those lines cannot be applied as they are. Correct them in the file and check it again, or apply the clean lines only and leave them out.'),
    h(
      'ul',
      {},
      problems.map((problem, index) =>
        h('li', {}, h('a', {
          href: '#',
          onclick: (event: Event) => {
            event.preventDefault();
            document.getElementById(`staff-problem-${index}`)?.focus();
          },
        }, `Line ${problem.line}: ${problem.message}`)),
      ),
    ),
  );
}

function problemTable(problems: StaffImportProblem[]): HTMLElement {
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'staff-problems' },
    h('caption', {}, 'Lines with problems (line 1 is the header)'),
    h('thead', {}, h('tr', {}, ['Line', 'Column', 'Problem'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, problems.map((problem, index) =>
      h('tr', { id: `staff-problem-${index}`, tabindex: -1 },
        h('th', { scope: 'row' }, String(problem.line)),
        h('td', {}, problem.column ? COLUMN_LABELS[problem.column] : 'The whole line'),
        h('td', {}, problem.message)),
    )),
  );
  return h('div', {}, h('h3', {}, 'Lines with problems'), scrollingTable('Lines with problems', table));
}

function peopleTable(title: string, caption: string, people: StaffImportPerson[], columns: string[], cells: (person: StaffImportPerson) => Child[]): HTMLElement | null {
  if (people.length === 0) return null;
  const table = h(
    'table',
    { class: 'data', 'data-testid': `staff-${title.toLowerCase().replace(/\W+/g, '-')}` },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, columns.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, people.map((person) => {
      const [first, ...rest] = cells(person);
      return h('tr', {}, h('th', { scope: 'row' }, first), rest.map((cell) => h('td', {}, cell)));
    })),
  );
  return h('div', {}, h('h3', {}, `${title} (${people.length})`), scrollingTable(caption, table));
}
