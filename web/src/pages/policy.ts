import type { AcknowledgementProgress, PolicyVersion, RegisterRow } from '@governance/contracts';
import { AppContext, can, isTrustWide, mayDo, schoolName } from '../context.js';
import { linkGovernors, policyHistory, register } from '../data.js';
import { approvedByText } from '../approver-check.js';
import { Child, h } from '../dom.js';
import { formatDate, plural } from '../format.js';
import { focusHighlighted, historyList } from '../history-list.js';
import { Route, path } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, eiaBadge, section, statusBadge } from '../ui.js';
import { APPROVER_LABELS } from '../vocabulary.js';
import { lastEvaluationText, nextReviewText, versionText } from './register.js';
import { latestVersionDocument, policyDocumentValue, policyVersions } from './policy-document.js';
import { policyAcknowledgementProgress } from '../staff/staff-api.js';

/** One policy at one school: where it stands, what can be recorded, and its history in words. */
export async function policyPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId, policyId } = route.params;
  const entry = route.query.get('entry');
  const [rows, history, , versions, reading] = await Promise.all([
    register(context, schoolId, entry ?? undefined),
    policyHistory(context, schoolId, policyId, entry ?? undefined),
    linkGovernors(context, schoolId),
    policyVersions(context, policyId),
    // Only a line on this page: it must not fail the page.
    mayDo(context.me, 'acknowledgementProgress', schoolId) ? policyAcknowledgementProgress(context, schoolId, policyId).catch(() => null) : null,
  ]);
  const row = rows.find((candidate) => candidate.policyId === policyId);
  if (!row) throw new Error('This policy is not in the school’s register (it may have been retired).');
  const titles = new Map(rows.map((r) => [r.policyId, r.title]));
  focusHighlighted(entry);
  return {
    title: row.title,
    trail: [
      ['Home', '/'],
      ...(isTrustWide(context.me) ? ([['Compliance', '/compliance']] as [string, string][]) : []),
      [schoolName(context, schoolId), path('schools', schoolId)],
    ],
    content: [
      h('p', { class: 'lead' }, `At ${schoolName(context, schoolId)}`),
      summary(row, documentItem(context, policyId, versions), ownerItem(context, schoolId, row), readingItem(schoolId, reading)),
      policyActions(context, schoolId, row),
      section('History', historyList(history, context, { highlight: entry, policyTitle: (id) => titles.get(id), label: `History of ${row.title}` })),
    ],
  };
}

function documentItem(context: AppContext, policyId: string, versions: PolicyVersion[]): HTMLElement | null {
  const found = latestVersionDocument(versions);
  return found ? h('div', {}, h('dt', {}, 'The policy document'), h('dd', {}, policyDocumentValue(context, policyId, found))) : null;
}

/** "Policy owner: <name>", and the way to change it for those who may. */
function ownerItem(context: AppContext, schoolId: string, row: RegisterRow): HTMLElement {
  const name = row.ownerId ? (context.names.get(row.ownerId) ?? 'Someone whose name you cannot see') : 'Not named yet';
  const change = can.assignPolicyOwner(context.me, schoolId)
    ? [' ', h('a', { href: `#${path('schools', schoolId, 'policies', row.policyId)}/owner`, 'data-testid': 'change-owner' }, 'Change the owner')]
    : [];
  return h('div', {}, h('dt', {}, 'Policy owner'), h('dd', { 'data-testid': 'policy-owner' }, name, ...change));
}

/**
 * "9 of 12 staff have acknowledged version 2", when the policy asks the school's staff to
 * acknowledge it and the reader may see progress (no row: it asks nobody here, or not this reader).
 */
function readingItem(schoolId: string, reading: AcknowledgementProgress | null): HTMLElement | null {
  const row = reading?.rows[0];
  if (!row) return null;
  return h(
    'div',
    {},
    h('dt', {}, 'Read and acknowledge'),
    h(
      'dd',
      { 'data-testid': 'policy-reading' },
      row.staff === 0
        ? `Nobody is on the school’s staff list yet to acknowledge version ${row.version}. `
        : `${row.acknowledged} of ${plural(row.staff, 'member of staff', 'staff')} ${row.acknowledged === 1 ? 'has' : 'have'} acknowledged version ${row.version}. `,
      h('a', { href: `#${path('schools', schoolId, 'reading')}` }, 'See the school’s reading progress'),
    ),
  );
}

function summary(row: RegisterRow, documentRow: HTMLElement | null, ownerRow: HTMLElement, readingRow: HTMLElement | null): HTMLElement {
  const item = (term: string, ...value: Child[]) => h('div', {}, h('dt', {}, term), h('dd', {}, ...value));
  return h(
    'dl',
    { class: 'summary-list', 'data-testid': 'policy-summary' },
    item('Status', statusBadge(row.status)),
    item('Next review', nextReviewText(row)),
    ownerRow,
    item('Last reviewed', row.lastReviewedOn ? formatDate(row.lastReviewedOn) : 'Never'),
    item('Version adopted', versionText(row)),
    documentRow,
    readingRow,
    item('Equality impact assessment', eiaBadge(row.eia, row.eiaVersion)),
    item('Applies to', row.scope === 'trust' ? 'The whole trust (one policy for every school)' : 'Each school adopts its own copy'),
    item('Last evaluated', lastEvaluationText(row)),
    // The body that approved the adopted version, flagged when the scheme of delegation gives another.
    row.adoptedVersion !== null && row.approvedBy ? item('Approved by', approvedByText(row)) : null,
    // The minute reference of the last approval, adoption or review, when a meeting decided it.
    row.minuteRef ? item('Minute reference', h('span', { 'data-testid': 'minute-ref' }, row.minuteRef)) : null,
    row.approvedByExpected || row.approver ? item('To be approved by', APPROVER_LABELS[row.approvedByExpected ?? row.approver] ?? row.approver) : null,
    row.reviewCycleMonths ? item('Review cycle', `Every ${plural(row.reviewCycleMonths, 'month')}`) : null,
  );
}

function policyActions(context: AppContext, schoolId: string, row: RegisterRow): HTMLElement {
  const { me } = context;
  const base = path('schools', schoolId, 'policies', row.policyId);
  const schoolWork = can.recordPolicyWork(me, schoolId);
  const reviewAllowed = row.scope === 'trust' ? can.reviewTrustPolicy(me) : schoolWork;
  return actions(
    reviewAllowed ? buttonLink(`${base}/review`, 'Record a review') : null,
    schoolWork ? buttonLink(`${base}/adopt`, 'Record an adoption', true) : null,
    schoolWork ? buttonLink(`${base}/eia`, 'Record an equality impact assessment', true) : null,
    can.evaluatePolicy(me, schoolId) ? buttonLink(`${base}/evaluate`, 'Evaluate this policy', true) : null,
    can.linkGovernorWork(me, schoolId) ? buttonLink(`${path('schools', schoolId, 'visits', 'new')}?policy=${encodeURIComponent(row.policyId)}`, 'Log a visit about this policy', true) : null,
  );
}
