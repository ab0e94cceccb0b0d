import type { AgendaItemKind, AgendaItemView, PapersSentView } from '@governance/contracts';
import { formatDate, plural } from '../format.js';

/** What each kind of agenda item is, in words. */
export const AGENDA_KIND_LABELS: Record<AgendaItemKind, string> = {
  'policy-approval': 'Policy to approve',
  'policy-review': 'Policy to review',
  eia: 'Equality impact assessment',
  'link-governor-report': 'Link governor’s report',
  'termly-report': 'Headteacher’s termly report',
  action: 'Action',
  added: 'Added by the clerk',
};

/** "Due 3 March 2027" for a review or action, "Received 3 March 2027" for a report. */
export function itemDateWords(item: AgendaItemView): string | null {
  if (!item.on) return null;
  const reported = item.kind === 'link-governor-report' || item.kind === 'termly-report';
  return `${reported ? 'Received' : 'Due'} ${formatDate(item.on)}`;
}

/** "Papers sent on 3 March 2027: 8 clear days (on time)". */
export function papersWords(papers: PapersSentView): string {
  return `Papers sent on ${formatDate(papers.sentOn)}: ${plural(papers.clearDays, 'clear day')} (${papers.onTime ? 'on time' : 'late: fewer than seven clear days'})`;
}
