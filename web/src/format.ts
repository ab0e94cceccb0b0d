/** Dates and terms in the words schools use: "14 November 2026", "Summer 2027". */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export type TermName = 'autumn' | 'spring' | 'summer';

/** `2026-11-14` as "14 November 2026"; anything else comes back as given. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** An instant (`2026-11-14T09:30:00Z`) as "14 November 2026 at 09:30" in the browser's zone. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const day = `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${day} at ${time}`;
}

export function isTermId(value: string): boolean {
  return /^\d{4}-(autumn|spring|summer)$/.test(value);
}

/** `2027-summer` as "Summer 2027". */
export function formatTerm(term: string | null | undefined): string {
  if (!term) return '';
  const match = /^(\d{4})-(autumn|spring|summer)$/.exec(term);
  if (!match) return term;
  return `${match[2][0].toUpperCase()}${match[2].slice(1)} ${match[1]}`;
}

/** A due date as the review gave it: a date, a term or a month ("March 2027"). */
export function formatDue(value: string | null | undefined): string {
  if (!value) return '';
  if (isTermId(value)) return formatTerm(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return formatDate(value);
}

/**
 * The term a day falls in under the default calendar (Autumn Sep-Dec, Spring Jan-Mar,
 * Summer Apr-Aug). The server's answer (`term` of the compliance figures) wins where known,
 * since a trust may set its own dates.
 */
export function termOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  if (month >= 9) return `${year}-autumn`;
  if (month >= 4) return `${year}-summer`;
  return `${year}-spring`;
}

/** Calendar order inside a year: spring, summer, autumn. */
function termIndex(name: TermName): number {
  return name === 'spring' ? 0 : name === 'summer' ? 1 : 2;
}

/** Terms around `term`, oldest first, for a term chooser. */
export function termsAround(term: string, before: number, after: number): string[] {
  const terms: string[] = [];
  for (let i = -before; i <= after; i += 1) terms.push(shiftTerm(term, i));
  return terms;
}

/** The term `by` terms after (or before, when negative) `term`. */
export function shiftTerm(term: string, by: number): string {
  const [yearText, name] = term.split('-');
  const index = Number(yearText) * 3 + termIndex(name as TermName) + by;
  const year = Math.floor(index / 3);
  const order: TermName[] = ['spring', 'summer', 'autumn'];
  return `${year}-${order[index - year * 3]}`;
}

/** Today in the browser's zone, `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
