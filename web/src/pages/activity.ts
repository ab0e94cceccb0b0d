import { AppContext, isTrustWide, schoolName } from '../context.js';
import { audit, linkGovernors, register } from '../data.js';
import { h } from '../dom.js';
import { focusHighlighted, historyList } from '../history-list.js';
import { Route, navigate, path } from '../router.js';
import { PageView } from '../shell.js';
import { section } from '../ui.js';

const KINDS: { value: string; label: string }[] = [
  { value: '', label: 'Everything' },
  { value: 'LinkGovernorVisitLogged', label: 'Link governor visits' },
  { value: 'LinkGovernorReported', label: 'Link governor reports' },
  { value: 'TermlyReportSubmitted', label: 'Headteacher’s termly reports' },
  { value: 'PolicyReviewed', label: 'Reviews' },
  { value: 'PolicyAdopted', label: 'Adoptions' },
  { value: 'EIACompleted', label: 'Equality impact assessments' },
];

/** A school's audit trail in words: visits, reports, reviews, newest first. */
export async function activityPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId } = route.params;
  const entry = route.query.get('entry');
  const type = route.query.get('type') ?? '';
  const [page, rows] = await Promise.all([
    audit(context, { schoolId, type: type || undefined, limit: 200 }, entry ?? undefined),
    register(context, schoolId).catch(() => []),
    linkGovernors(context, schoolId),
  ]);
  const titles = new Map(rows.map((row) => [row.policyId, row.title]));
  focusHighlighted(entry);
  const chooser = h(
    'select',
    { id: 'activity-type', onchange: (event: Event) => navigate(`${path('schools', schoolId, 'activity')}${(event.target as HTMLSelectElement).value ? `?type=${(event.target as HTMLSelectElement).value}` : ''}`) },
    KINDS.map((kind) => h('option', { value: kind.value, selected: kind.value === type }, kind.label)),
  );
  return {
    title: `${schoolName(context, schoolId)}: activity`,
    trail: [['Home', '/'], ...(isTrustWide(context.me) ? ([['Compliance', '/compliance']] as [string, string][]) : []), [schoolName(context, schoolId), path('schools', schoolId)]],
    content: [
      h('div', { class: 'inline-form' }, h('label', { for: 'activity-type' }, 'Show'), chooser),
      section(
        'Newest first',
        historyList(page.items, context, { highlight: entry, policyTitle: (id) => titles.get(id), label: 'Activity' }),
        page.nextCursor ? h('p', { class: 'hint' }, 'Older entries are not shown; choose a kind of activity above to see further back.') : null,
      ),
    ],
  };
}
