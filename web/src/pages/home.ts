import type { RegisterRow, RoleGrant } from '@governance/contracts';
import { manage } from '../admin/admin-access.js';
import { AppContext, can, isTrustWide, schoolName } from '../context.js';
import { compliance, linkGovernors, register } from '../data.js';
import { h } from '../dom.js';
import { plural } from '../format.js';
import { path } from '../router.js';
import { PageView } from '../shell.js';
import { actions, buttonLink, section, statusBadge } from '../ui.js';
import { ROLE_LABELS } from '../vocabulary.js';
import { headline } from './compliance.js';
import { nextReviewText } from './register.js';
import { myActionsSection } from './actions-panel.js';
import { myRecordsPanel } from '../records/my-records.js';
import { readingPanel } from '../reading/reading-page.js';

/** The first page after signing in: what matters for each of this person's roles. */
export async function homePage(_route: unknown, context: AppContext): Promise<PageView> {
  const { me } = context;
  const parts: (HTMLElement | null)[] = [h('p', { class: 'lead' }, `Signed in as ${describeRoles(context, me.roles)}.`)];
  // Staff come to read: what they must read is the first thing on their page.
  parts.push(await readingPanel(context));
  // A new trust's first admin starts by setting it up.
  if (manage.schools(me) && context.schools.length === 0) {
    parts.push(section('Set up the trust', h('p', {}, 'The trust has no schools yet. Add its schools, people and policies first.'), actions(buttonLink('/admin', 'Manage the trust'))));
  }
  if (me.roles.length > 0) parts.push(await myActionsSection(context));
  if (me.roles.length > 0) parts.push(await myRecordsPanel(context));
  if (isTrustWide(me)) parts.push(await trustPanel(context));
  const schoolIds = [...new Set(me.roles.filter((grant) => grant.schoolId).map((grant) => grant.schoolId as string))];
  for (const schoolId of schoolIds) parts.push(await schoolPanel(context, schoolId));
  if (can.prepareMeetingPapers(me)) {
    parts.push(section('Meeting papers', h('p', {}, 'Prepare the inputs for the minutes and agenda of the next meeting.'), actions(buttonLink('/clerk', 'Open the clerk’s termly pack'))));
  }
  if (can.importPolicies(me)) {
    parts.push(section('Policies you already have', h('p', {}, 'Upload existing policy documents; dates, approvers and review cycles are read for you to check.'), actions(buttonLink('/import', 'Import policy documents', true))));
  }
  return { title: `Welcome${me.name ? `, ${me.name}` : ''}`, content: parts };
}

function describeRoles(context: AppContext, roles: RoleGrant[]): string {
  return roles.map((grant) => `${ROLE_LABELS[grant.role] ?? grant.role}${grant.schoolId ? ` at ${schoolName(context, grant.schoolId)}` : ` of ${context.trust.name}`}`).join(', ');
}

async function trustPanel(context: AppContext): Promise<HTMLElement> {
  const answer = await compliance(context);
  const worst = [...answer.schools].filter((school) => school.overdue > 0).sort((a, b) => b.overdue - a.overdue).slice(0, 5);
  return h(
    'div',
    {},
    headline(answer),
    section(
      'Needs attention',
      worst.length === 0
        ? h('p', {}, 'No school has an overdue review.')
        : h('ul', { class: 'plain-list' }, worst.map((school) => h('li', {}, h('a', { href: `#${path('schools', school.schoolId)}` }, school.name), ` – ${plural(school.overdue, 'overdue review')}`))),
      actions(buttonLink('/compliance', 'See every school and policy')),
    ),
  );
}

/** A school-scoped person's school: what is due, and the forms of their role. */
async function schoolPanel(context: AppContext, schoolId: string): Promise<HTMLElement> {
  const { me } = context;
  const [rows, governors] = await Promise.all([register(context, schoolId), linkGovernors(context, schoolId)]);
  const urgent = rows
    .filter((row) => row.status === 'overdue' || row.status === 'due-soon' || row.status === 'never-reviewed')
    .sort(byDueDate)
    .slice(0, 8);
  const myLinks = governors.filter((governor) => governor.personId === me.id);
  const titles = new Map(rows.map((row) => [row.policyId, row.title]));
  return section(
    schoolName(context, schoolId),
    myLinks.length > 0
      ? h(
          'div',
          {},
          h('h3', {}, 'Your link governor areas'),
          h(
            'ul',
            { class: 'plain-list' },
            myLinks.map((link) =>
              h(
                'li',
                {},
                h('strong', {}, link.area),
                link.policyIds.length > 0 ? ': ' : '',
                link.policyIds.map((id, index) => [index > 0 ? ', ' : '', h('a', { href: `#${path('schools', schoolId, 'policies', id)}` }, titles.get(id) ?? 'a policy')]),
              ),
            ),
          ),
        )
      : null,
    h('h3', {}, 'Reviews needing attention'),
    urgent.length === 0 ? h('p', {}, nothingUrgent(rows)) : urgentList(urgent, schoolId),
    actions(
      can.linkGovernorWork(me, schoolId) ? buttonLink(path('schools', schoolId, 'visits', 'new'), 'Log a visit') : null,
      can.linkGovernorWork(me, schoolId) ? buttonLink(path('schools', schoolId, 'link-governor-report'), 'Write a link governor report', true) : null,
      can.termlyReport(me, schoolId) ? buttonLink(path('schools', schoolId, 'termly-report'), 'Submit the termly report') : null,
      buttonLink(path('schools', schoolId), 'See the whole policy register', true),
    ),
  );
}

/** Said only when it is true: policies the school has not adopted are not "in date". */
function nothingUrgent(rows: RegisterRow[]): string {
  const notAdopted = rows.filter((row) => row.status === 'not-adopted').length;
  if (rows.length === 0) return 'The school has no policies yet.';
  if (notAdopted === 0) return 'Every policy is in date.';
  if (notAdopted === rows.length) return `No review is due. The school has not adopted any of its ${plural(rows.length, 'policy', 'policies')} yet.`;
  return `No review is due. ${plural(notAdopted, 'policy', 'policies')} ${notAdopted === 1 ? 'is' : 'are'} not adopted yet.`;
}

/** Soonest due first; policies never reviewed (no due date) after them, by title. */
function byDueDate(a: RegisterRow, b: RegisterRow): number {
  if (a.nextReviewDue && b.nextReviewDue) return a.nextReviewDue.localeCompare(b.nextReviewDue) || a.title.localeCompare(b.title);
  if (a.nextReviewDue) return -1;
  if (b.nextReviewDue) return 1;
  return a.title.localeCompare(b.title);
}

function urgentList(rows: RegisterRow[], schoolId: string): HTMLElement {
  return h(
    'ul',
    { class: 'plain-list urgent' },
    rows.map((row) => h('li', {}, statusBadge(row.status), ' ', h('a', { href: `#${path('schools', schoolId, 'policies', row.policyId)}` }, row.title), row.nextReviewDue ? ` – due ${nextReviewText(row)}` : '')),
  );
}
