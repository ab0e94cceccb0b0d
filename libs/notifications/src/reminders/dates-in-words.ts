import { LocalDate, daysBetween, isTermId, termLabel } from '@governance/domain';

const LONG = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Wednesday 31 March 2027" */
export function longDate(date: LocalDate): string {
  return LONG.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
}

/** "31 March 2027" */
export function shortDate(date: LocalDate): string {
  return SHORT.format(new Date(`${date}T00:00:00Z`));
}

/** "in 14 days", "tomorrow", "today", "3 days ago" */
export function relativeDays(from: LocalDate, to: LocalDate): string {
  const days = daysBetween(from, to);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** How the due date was given, when it was a term: " (the end of Spring 2027)". */
export function asGivenNote(asGiven: string | null): string {
  if (!isTermId(asGiven)) return '';
  return ` (the end of ${termLabel(asGiven)})`;
}
