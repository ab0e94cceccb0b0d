import { schoolActionsSection } from './actions-panel.js';
import type { RegisterRow, ReviewStatus, TrustPolicy } from '@governance/contracts';
import { api } from '../api/client.js';
import { aSchoolOf, notApplying } from '../phases.js';
import { AppContext, can, isTrustWide, mayDo, schoolName } from '../context.js';
import { compliance, register } from '../data.js';
import { h, replace } from '../dom.js';
import { formatDate, formatDue, isTermId, plural } from '../format.js';
import { Route, path } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, eiaBadge, figure, figures, scrollingTable, section, statusBadge } from '../ui.js';
import { STATUS_LABELS, STATUS_ORDER } from '../vocabulary.js';
import { evidencePackPanel } from './evidence-pack.js';
import { approvedByText } from '../approver-check.js';

type SortKey = 'status' | 'next-review' | 'title';

const SORTS: Record<SortKey, { label: string; compare: (a: RegisterRow, b: RegisterRow) => number }> = {
  status: {
    label: 'Most urgent first',
    compare: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byDue(a, b) || a.title.localeCompare(b.title),
  },
  'next-review': { label: 'Next review, soonest first', compare: (a, b) => byDue(a, b) || a.title.localeCompare(b.title) },
  title: { label: 'Title, A to Z', compare: (a, b) => a.title.localeCompare(b.title) },
};

function byDue(a: RegisterRow, b: RegisterRow): number {
  return (a.nextReviewDue ?? '9999').localeCompare(b.nextReviewDue ?? '9999');
}

/** A school's policy register: figures, the things people do here, and a filterable, sortable table. */
export async function registerPage(route: Route, context: AppContext): Promise<PageView> {
  const schoolId = route.params.schoolId;
  const [rows, figuresAnswer, trustPolicies, openActions] = await Promise.all([
    register(context, schoolId),
    compliance(context).catch(() => undefined),
    api<TrustPolicy[]>(`/api/trusts/${encodeURIComponent(context.trustId)}/policies`).catch(() => []),
    schoolActionsSection(context, schoolId),
  ]);
  const name = schoolName(context, schoolId);
  const phase = context.schools.find((school) => school.id === schoolId)?.phase ?? null;
  const mine = figuresAnswer?.schools.find((school) => school.schoolId === schoolId);
  return {
    title: `${name}: policy register`,
    trail: isTrustWide(context.me) ? [['Home', '/'], ['Compliance', '/compliance']] : [['Home', '/']],
    content: [
      mine
        ? figures(
            figure('Compliance', mine.compliancePct === null ? '–' : `${mine.compliancePct}%`, 'plain', 'school-compliance'),
            figure('Overdue', mine.overdue, mine.overdue > 0 ? 'bad' : 'good'),
            figure('Due soon', mine.dueSoon, mine.dueSoon > 0 ? 'warn' : 'plain'),
            figure('Not adopted', mine.notAdopted),
            figure('EIAs missing', mine.eiaMissing),
            figure('EIAs out of date', mine.eiaOutOfDate ?? 0, (mine.eiaOutOfDate ?? 0) > 0 ? 'warn' : 'plain', 'school-eia-out-of-date'),
            figure('Approved by the wrong body', mine.wrongApprover ?? 0, (mine.wrongApprover ?? 0) > 0 ? 'bad' : 'plain', 'school-wrong-approver'),
            figure('Evaluated in the last 12 months', `${mine.evaluatedInLast12Months ?? 0} of ${mine.policies - mine.notAdopted}`, 'plain', 'school-evaluated'),
          )
        : null,
      schoolActions(context, schoolId),
      openActions,
      registerTable(rows, schoolId, route, context.names),
      notApplyingLine(notApplying(trustPolicies, phase), phase),
      evidencePackPanel(context, schoolId, name),
    ],
  };
}

/** "1 policy of the trust does not apply to a primary school: Provider access policy statement (careers)." */
function notApplyingLine(policies: TrustPolicy[], phase: string | null): HTMLElement | null {
  if (policies.length === 0 || phase === null) return null;
  const titles = policies.map((policy) => policy.title).sort((a, b) => a.localeCompare(b));
  const verb = policies.length === 1 ? 'does' : 'do';
  return h(
    'p',
    { class: 'hint', 'data-testid': 'not-applying' },
    `${plural(policies.length, 'policy', 'policies')} of the trust ${verb} not apply to ${aSchoolOf(phase)}: ${titles.join('; ')}.`,
  );
}

function schoolActions(context: AppContext, schoolId: string): HTMLElement {
  const { me } = context;
  return actions(
    can.linkGovernorWork(me, schoolId) ? buttonLink(path('schools', schoolId, 'visits', 'new'), 'Log a visit') : null,
    can.linkGovernorWork(me, schoolId) ? buttonLink(path('schools', schoolId, 'link-governor-report'), 'Write a link governor report', true) : null,
    can.termlyReport(me, schoolId) ? buttonLink(path('schools', schoolId, 'termly-report'), 'Submit the termly report', true) : null,
    buttonLink(path('schools', schoolId, 'activity'), 'Visits, reports and other activity', true),
    staffAndReadingLink(me, schoolId),
  );
}

/** The school's staff list (to those who import it) or its reading progress (to those who may read it). */
function staffAndReadingLink(me: AppContext['me'], schoolId: string): HTMLAnchorElement | null {
  if (mayDo(me, 'importStaff', schoolId)) return buttonLink(path('schools', schoolId, 'staff'), 'Staff and reading', true);
  if (mayDo(me, 'acknowledgementProgress', schoolId)) return buttonLink(path('schools', schoolId, 'reading'), 'Staff and reading', true);
  return null;
}

function registerTable(rows: RegisterRow[], schoolId: string, route: Route, names: ReadonlyMap<string, string>): HTMLElement {
  const statusFilter = h(
    'select',
    { id: 'filter-status', name: 'status' },
    h('option', { value: '' }, 'Any status'),
    STATUS_ORDER.map((status) => h('option', { value: status, selected: route.query.get('status') === status }, STATUS_LABELS[status])),
  );
  const search = h('input', { id: 'filter-title', name: 'q', type: 'search', value: route.query.get('q') ?? '', class: 'input-medium' });
  const sort = h(
    'select',
    { id: 'sort', name: 'sort' },
    (Object.keys(SORTS) as SortKey[]).map((key) => h('option', { value: key, selected: (route.query.get('sort') ?? 'status') === key }, SORTS[key].label)),
  );
  const count = h('p', { class: 'count', role: 'status', 'aria-live': 'polite' });
  const body = h('tbody', {});
  const redraw = () => {
    const wanted = statusFilter.value as ReviewStatus | '';
    const words = search.value.trim().toLowerCase();
    const shown = rows
      .filter((row) => (!wanted || row.status === wanted) && (!words || row.title.toLowerCase().includes(words)))
      .sort(SORTS[sort.value as SortKey].compare);
    replace(body, shown.map((row) => registerRow(row, schoolId, names)));
    count.textContent = `Showing ${shown.length} of ${plural(rows.length, 'policy', 'policies')}.`;
  };
  for (const control of [statusFilter, sort]) control.addEventListener('change', redraw);
  search.addEventListener('input', redraw);
  redraw();
  const table = h(
    'table',
    { class: 'data', 'data-testid': 'register' },
    h('caption', { class: 'visually-hidden' }, 'Policies, their review status and next review dates'),
    h('thead', {}, h('tr', {}, ['Policy', 'Status', 'Next review', 'Last reviewed', 'Version adopted', 'Approved by', 'EIA', 'Owner', 'Last evaluated'].map((label) => h('th', { scope: 'col' }, label)))),
    body,
  );
  return section(
    'Policies',
    h(
      'form',
      { class: 'filters', role: 'search', 'aria-label': 'Filter the policies', onsubmit: (event: Event) => event.preventDefault() },
      h('div', { class: 'field' }, h('label', { for: 'filter-title' }, 'Title contains'), search),
      h('div', { class: 'field' }, h('label', { for: 'filter-status' }, 'Status'), statusFilter),
      h('div', { class: 'field' }, h('label', { for: 'sort' }, 'Order'), sort),
    ),
    count,
    rows.length === 0 ? h('p', { class: 'empty' }, 'The trust has no policies yet.') : scrollingTable('Policy register', table),
  );
}

function registerRow(row: RegisterRow, schoolId: string, names: ReadonlyMap<string, string>): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h(
      'th',
      { scope: 'row' },
      h('a', { href: `#${path('schools', schoolId, 'policies', row.policyId)}` }, row.title),
      row.scope === 'trust' ? h('span', { class: 'tag' }, 'Trust-wide') : null,
      row.statutory ? h('span', { class: 'tag' }, 'Statutory') : null,
    ),
    h('td', {}, statusBadge(row.status)),
    h('td', {}, nextReviewText(row)),
    h('td', {}, row.lastReviewedOn ? formatDate(row.lastReviewedOn) : 'Never'),
    h('td', {}, versionText(row)),
    h('td', {}, approvedByText(row)),
    h('td', {}, eiaBadge(row.eia, row.eiaVersion)),
    h('td', {}, row.ownerId ? (names.get(row.ownerId) ?? 'Named') : 'Not named'),
    h('td', { class: 'evaluation-cell' }, lastEvaluationText(row, 120)),
  );
}

/**
 * The last evaluation in words: "12 November 2026: “It is effective and suitable for purpose”;
 * 1 point answered No: Funding in place." In the register table the statement is cut to `limit`.
 */
export function lastEvaluationText(row: RegisterRow, limit?: number): string {
  const last = row.lastEvaluation;
  if (!last) return row.lastEvaluatedOn ? formatDate(row.lastEvaluatedOn) : 'Never';
  const statement = limit !== undefined && last.effectivenessStatement.length > limit ? `${last.effectivenessStatement.slice(0, limit - 1).trimEnd()}…` : last.effectivenessStatement;
  const no = last.answeredNo.length === 0 ? '' : `; ${plural(last.answeredNo.length, 'point')} answered No: ${last.answeredNo.join(', ')}`;
  return `${formatDate(last.evaluatedOn)}: “${statement}”${no}.`;
}

/** "Summer 2027 (by 31 August 2027)": the due date as the review gave it, and the day it means. */
export function nextReviewText(row: RegisterRow): string {
  if (!row.nextReviewDue) return '–';
  const given = row.nextReviewDueAsGiven;
  if (given && given !== row.nextReviewDue && (isTermId(given) || /^\d{4}-\d{2}$/.test(given))) {
    return `${formatDue(given)} (by ${formatDate(row.nextReviewDue)})`;
  }
  return formatDate(row.nextReviewDue);
}

export function versionText(row: RegisterRow): string {
  if (row.adoptedVersion === null) return 'Not adopted';
  const current = row.currentVersion;
  return current !== null && current > row.adoptedVersion ? `${row.adoptedVersion} (version ${current} is out)` : String(row.adoptedVersion);
}
