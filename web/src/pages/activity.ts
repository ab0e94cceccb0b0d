import { AppContext, isTrustWide, schoolName } from '../context.js';
import { audit, linkGovernors, register } from '../data.js';
import { h } from '../dom.js';
import { focusHighlighted, historyList } from '../history-list.js';
import { Route, navigate, path } from '../router.js';
import { PageView } from '../shell.js';
import { section } from '../ui.js';

/** "Older entries" (the next page by the API's cursor) and "Newest entries" (back to the start). */
function pager(schoolId: string, type: string, pageNumber: number, nextCursor: string | null): HTMLElement | null {
  if (!nextCursor && pageNumber === 1) return null;
  const link = (label: string, params: Record<string, string>, rel?: string) => {
    const query = new URLSearchParams({ ...(type ? { type } : {}), ...params }).toString();
    return h('li', {}, h('a', { href: `#${path('schools', schoolId, 'activity')}${query ? `?${query}` : ''}`, rel }, label));
  };
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages of activity' },
    h(
      'ul',
      { class: 'plain-list pager-links' },
      pageNumber > 1 ? link('Newest entries', {}) : null,
      nextCursor ? link('Older entries', { cursor: nextCursor, page: String(pageNumber + 1) }, 'next') : null,
    ),
  );
}

const KINDS: { value: string; label: string }[] = [
  { value: '', label: 'Everything' },
  { value: 'LinkGovernorVisitLogged', label: 'Link governor visits' },
  { value: 'LinkGovernorReported', label: 'Link governor reports' },
  { value: 'TermlyReportSubmitted', label: 'Headteacher’s termly reports' },
  { value: 'PolicyReviewed', label: 'Reviews' },
  { value: 'PolicyAdopted', label: 'Adoptions' },
  { value: 'EIACompleted', label: 'Equality impact assessments' },
  { value: 'EntryWithdrawn', label: 'Withdrawn entries' },
  { value: 'PolicyAcknowledged', label: 'Staff acknowledgements' },
];

/** How many entries a page shows: enough to scan, few enough to read. */
const PAGE_SIZE = 25;

/** A school's audit trail in words, newest first, a page at a time (the audit API's cursor). */
export async function activityPage(route: Route, context: AppContext): Promise<PageView> {
  const { schoolId } = route.params;
  const entry = route.query.get('entry');
  const type = route.query.get('type') ?? '';
  const cursor = route.query.get('cursor') ?? undefined;
  const pageNumber = Math.max(1, Number(route.query.get('page') ?? '1') || 1);
  const [page, rows] = await Promise.all([
    audit(context, { schoolId, type: type || undefined, limit: PAGE_SIZE, cursor }, entry ?? undefined),
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
        pageNumber > 1 ? `Page ${pageNumber}, newest first` : 'Newest first',
        historyList(page.items, context, { highlight: entry, policyTitle: (id) => titles.get(id), label: 'Activity', naming: true }),
        pager(schoolId, type, pageNumber, page.nextCursor),
      ),
    ],
  };
}
