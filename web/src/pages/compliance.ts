import type { RegisterRow, ReviewStatus, SchoolCompliance, TrustCompliance } from '@governance/contracts';
import { AppContext } from '../context.js';
import { compliance, register, registerKnownAt } from '../data.js';
import { h, visuallyHidden } from '../dom.js';
import { formatDate, formatDateForInput, formatTerm, parseDateInput } from '../format.js';
import { Route, navigate, path } from '../router.js';
import { PageView } from '../shell.js';
import { figure, figures, scrollingTable, section } from '../ui.js';
import { STATUS_LABELS } from '../vocabulary.js';
import { readAndAcknowledgePanel } from '../staff/reading-summary.js';

/** The trust board's overview: headline figures, schools by status, and a heat map of schools by policies. */
export async function compliancePage(route: Route, context: AppContext): Promise<PageView> {
  const asOf = route.query.get('asOf') ?? undefined;
  const knownAt = route.query.get('knownAt') ?? undefined;
  const [answer, reading] = await Promise.all([compliance(context, asOf, knownAt), knownAt ? null : readAndAcknowledgePanel(context)]);
  const registers = await Promise.all(
    answer.schools.map((school) =>
      (knownAt ? registerKnownAt(context, school.schoolId, answer.asOf, knownAt) : register(context, school.schoolId)).catch(() => [] as RegisterRow[]),
    ),
  );
  return {
    title: 'Compliance across the trust',
    trail: [['Home', '/']],
    content: [
      asOfForm(answer.asOf, knownAt),
      ...(knownAt ? [knownAtNotice(knownAt)] : []),
      headline(answer),
      schoolsTable(answer, route.query.get('sort') ?? 'compliance', knownAt),
      reading,
      heatMap(answer.schools, registers),
    ],
  };
}

/** The headline figures of the whole trust. */
export function headline(answer: TrustCompliance): HTMLElement {
  const { totals } = answer;
  const schools = totals.schools ?? answer.schools.length;
  const pct = totals.compliancePct;
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'figures-title' },
    h('h2', { id: 'figures-title' }, `As of ${formatDate(answer.asOf)}${answer.term ? `, ${formatTerm(answer.term)} term` : ''}`),
    figures(
      figure('Compliance', pct === null ? 'No policies yet' : `${pct}%`, pct === null ? 'plain' : pct >= 90 ? 'good' : pct >= 70 ? 'warn' : 'bad', 'figure-compliance'),
      figure('Schools', schools, 'plain', 'figure-schools'),
      figure('Overdue reviews', totals.overdue, totals.overdue > 0 ? 'bad' : 'good', 'figure-overdue'),
      figure('Due soon', totals.dueSoon, totals.dueSoon > 0 ? 'warn' : 'plain', 'figure-due-soon'),
      figure('Not adopted', totals.notAdopted, totals.notAdopted > 0 ? 'warn' : 'plain', 'figure-not-adopted'),
      figure('EIAs missing', totals.eiaMissing, totals.eiaMissing > 0 ? 'warn' : 'plain', 'figure-eia-missing'),
      figure('EIAs out of date', totals.eiaOutOfDate ?? 0, (totals.eiaOutOfDate ?? 0) > 0 ? 'warn' : 'plain', 'figure-eia-out-of-date'),
      figure('Approved by another body than the scheme of delegation gives', totals.wrongApprover ?? 0, (totals.wrongApprover ?? 0) > 0 ? 'bad' : 'plain', 'figure-wrong-approver'),
      figure('Entries recorded late (over 30 days after their date)', totals.recordedLate ?? 0, (totals.recordedLate ?? 0) > 0 ? 'warn' : 'plain', 'figure-recorded-late'),
      figure('Open actions', totals.openActions ?? 0, 'plain', 'figure-open-actions'),
      figure('Overdue actions', totals.overdueActions ?? 0, (totals.overdueActions ?? 0) > 0 ? 'bad' : 'good', 'figure-overdue-actions'),
      figure('Policies evaluated in the last 12 months', `${totals.evaluatedInLast12Months ?? 0} of ${totals.policies - totals.notAdopted} adopted`, 'plain', 'figure-evaluated'),
      figure('Link governor reports this term', totals.linkGovernorReportsThisTerm ?? sum(answer.schools, (s) => s.linkGovernorReportsThisTerm), 'plain', 'figure-link-reports'),
      figure(
        'Headteacher reports this term',
        `${totals.termlyReportsSubmitted ?? answer.schools.filter((s) => s.termlyReportSubmitted).length} of ${schools}`,
        'plain',
        'figure-termly-reports',
      ),
    ),
  );
}

function sum(rows: SchoolCompliance[], pick: (row: SchoolCompliance) => number): number {
  return rows.reduce((total, row) => total + pick(row), 0);
}

/** Says plainly that the figures are the ones the log held then, not today's. */
function knownAtNotice(knownAt: string): HTMLElement {
  return h(
    'p',
    { class: 'notice', 'data-testid': 'known-at-notice' },
    `These are the figures as recorded by ${formatInstant(knownAt)}: what the board could have seen then. Anything recorded later, even with an earlier date, is left out.`,
  );
}

function formatInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
}

/** A datetime-local value (the browser's local time) for an ISO instant. */
function instantForInput(instant: string | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function asOfForm(asOf: string, knownAt: string | undefined): HTMLElement {
  const knownAtInput = h('input', { type: 'datetime-local', id: 'known-at', name: 'knownAt', value: instantForInput(knownAt), 'aria-describedby': 'known-at-hint' });
  const knownAtHint = h(
    'p',
    { class: 'hint', id: 'known-at-hint' },
    'Leave empty for now. Choose a date and time to see the figures as they had been recorded then: what the board could have seen at a meeting.',
  );
  const input = h('input', { type: 'text', id: 'as-of', name: 'asOf', value: formatDateForInput(asOf), class: 'input-medium', autocomplete: 'off', 'aria-describedby': 'as-of-hint' });
  const hint = h('p', { class: 'hint', id: 'as-of-hint' }, 'Day, month and year, for example 24/11/2026.');
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': 'Date to assess',
      onsubmit: (event: Event) => {
        event.preventDefault();
        const chosen = input.value.trim() === '' ? '' : parseDateInput(input.value);
        if (chosen === null) {
          hint.textContent = 'That is not a date: write day, month and year, for example 24/11/2026.';
          hint.classList.add('field-error');
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        const params = new URLSearchParams();
        if (chosen) params.set('asOf', chosen);
        const when = knownAtInput.value === '' ? null : new Date(knownAtInput.value);
        if (when !== null && !Number.isNaN(when.getTime())) params.set('knownAt', when.toISOString());
        navigate(`/compliance${params.size > 0 ? `?${params.toString()}` : ''}`);
      },
    },
    h('label', { for: 'as-of' }, 'Show the position on'),
    input,
    hint,
    h('label', { for: 'known-at' }, 'Known at'),
    knownAtInput,
    knownAtHint,
    h('button', { type: 'submit', class: 'button button-secondary' }, 'Show'),
  );
}

const SORTS: Record<string, { label: string; compare: (a: SchoolCompliance, b: SchoolCompliance) => number }> = {
  compliance: { label: 'Lowest compliance first', compare: (a, b) => (a.compliancePct ?? 101) - (b.compliancePct ?? 101) || a.name.localeCompare(b.name) },
  overdue: { label: 'Most overdue first', compare: (a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name) },
  name: { label: 'School name', compare: (a, b) => a.name.localeCompare(b.name) },
};

function schoolsTable(answer: TrustCompliance, sort: string, knownAt?: string): HTMLElement {
  const chosen = SORTS[sort] ?? SORTS.compliance;
  const rows = [...answer.schools].sort(chosen.compare);
  const sorter = h(
    'select',
    {
      id: 'school-sort',
      onchange: (event: Event) => {
        const params = new URLSearchParams({ asOf: answer.asOf, sort: (event.target as HTMLSelectElement).value });
        if (knownAt) params.set('knownAt', knownAt);
        navigate(`/compliance?${params.toString()}`);
      },
    },
    Object.entries(SORTS).map(([key, { label }]) => h('option', { value: key, selected: SORTS[sort] ? key === sort : key === 'compliance' }, label)),
  );
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'schools-table' },
    h('caption', { class: 'visually-hidden' }, 'Each school: compliance and the number of policies in each status'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['School', 'Compliance', 'In date', 'Due soon', 'Overdue', 'Not adopted', 'Never reviewed', 'EIAs missing', 'EIAs out of date', 'Evaluated (last 12 months)', 'Wrong approving body', 'Link governor reports', 'Head’s report'].map((label) =>
          h('th', { scope: 'col' }, label),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((school) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, h('a', { href: `#${path('schools', school.schoolId)}` }, school.name)),
          h('td', { class: 'num' }, school.compliancePct === null ? '–' : `${school.compliancePct}%`),
          h('td', { class: 'num' }, school.inDate),
          h('td', { class: 'num' }, school.dueSoon),
          h('td', { class: school.overdue > 0 ? 'num cell-bad' : 'num' }, school.overdue),
          h('td', { class: 'num' }, school.notAdopted),
          h('td', { class: 'num' }, school.neverReviewed ?? '–'),
          h('td', { class: 'num' }, school.eiaMissing),
          h('td', { class: 'num' }, school.eiaOutOfDate ?? 0),
          h('td', { class: 'num' }, `${school.evaluatedInLast12Months ?? 0} of ${school.policies - school.notAdopted}`),
          h('td', { class: (school.wrongApprover ?? 0) > 0 ? 'num cell-bad' : 'num' }, school.wrongApprover ?? 0),
          h('td', { class: 'num' }, school.linkGovernorReportsThisTerm),
          h('td', {}, school.termlyReportSubmitted ? 'Submitted' : 'Not yet'),
        ),
      ),
    ),
  );
  return section(
    'Schools by status',
    h('div', { class: 'inline-form' }, h('label', { for: 'school-sort' }, 'Order'), sorter),
    rows.length === 0 ? h('p', { class: 'empty' }, 'The trust has no schools yet.') : scrollingTable('Schools by status', table),
  );
}

const CELL_SYMBOLS: Record<ReviewStatus, string> = {
  'in-date': '✓',
  'due-soon': '!',
  overdue: '✕',
  'not-adopted': '–',
  'never-reviewed': '?',
};

/**
 * Policies down, schools across, so a trust's 25 or more policies never run off a laptop's or a
 * phone's width (there are always fewer schools than policies to lay side by side). Many schools
 * are split into several tables of as many as fit. Each cell says its status in a symbol, a
 * colour and hidden words.
 */
function heatMap(schools: SchoolCompliance[], registers: RegisterRow[][]): HTMLElement {
  const policies = new Map<string, string>();
  for (const rows of registers) for (const row of rows) if (!policies.has(row.policyId)) policies.set(row.policyId, row.title);
  if (policies.size === 0 || schools.length === 0) return section('Schools by policy', h('p', { class: 'empty' }, 'No policies to show yet.'));
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': 'Key' },
    (Object.keys(CELL_SYMBOLS) as ReviewStatus[]).map((status) =>
      h('li', {}, h('span', { class: `heat status-${status}`, 'aria-hidden': 'true' }, CELL_SYMBOLS[status]), STATUS_LABELS[status]),
    ),
  );
  const byTitle = [...policies.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const columns = schools.map((school, index) => ({ school, rows: new Map(registers[index].map((row) => [row.policyId, row])) }));
  const groups = chunks(columns, schoolsPerTable());
  const tables = groups.map((group, index) => {
    const label = groups.length > 1 ? `Policies at schools ${index * group.length + 1} to ${index * group.length + group.length}` : 'Policies at each school';
    const table = h(
      'table',
      { class: 'heatmap' },
      h('caption', { class: 'visually-hidden' }, 'Review status of each policy at each school'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Policy'), group.map(({ school }) => h('th', { scope: 'col', class: 'school-col' }, h('span', { class: 'school-name' }, school.name))))),
      h(
        'tbody',
        {},
        byTitle.map(([policyId, title]) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, title),
            group.map(({ school, rows }) => {
              const row = rows.get(policyId);
              // Not in the school's register: the policy does not apply to the school's phase.
              if (!row) return h('td', { title: `${title} does not apply at ${school.name}` }, h('span', { 'aria-hidden': 'true' }, '–'), visuallyHidden(`${title} does not apply at ${school.name}`));
              return h(
                'td',
                { class: 'heat-cell' },
                h(
                  'a',
                  { href: `#${path('schools', school.schoolId, 'policies', policyId)}`, class: `heat status-${row.status}`, title: `${title} at ${school.name}: ${STATUS_LABELS[row.status]}` },
                  h('span', { 'aria-hidden': 'true' }, CELL_SYMBOLS[row.status]),
                  visuallyHidden(`${title} at ${school.name}: ${STATUS_LABELS[row.status]}`),
                ),
              );
            }),
          ),
        ),
      ),
    );
    return scrollingTable(label, table);
  });
  return section(
    'Schools by policy',
    h('p', { class: 'hint' }, 'Each square is one policy at one school. Choose a square to see that policy’s history.'),
    legend,
    h('div', { 'data-testid': 'heatmap' }, tables),
  );
}

/** As many school columns as fit beside the policy titles at this window's width. */
function schoolsPerTable(): number {
  const width = Math.min(window.innerWidth, 1200);
  const titleColumn = width < 600 ? 170 : 300;
  return Math.max(1, Math.floor((width - titleColumn - 48) / 56));
}

function chunks<T>(items: T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let index = 0; index < items.length; index += size) groups.push(items.slice(index, index + size));
  return groups;
}
