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

/** `2026-11-14` as "14/11/2026", the way a date is typed in England; anything else as given. */
export function formatDateForInput(date: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (date ?? '');
}

/**
 * A date typed day first ("14/11/2026", "14-11-2026", "14.11.26", "14 11 2026") or as
 * `2026-11-14`, as `2026-11-14`; null if it is not a real date. Never month first, whatever
 * the browser's language.
 */
export function parseDateInput(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{2}|\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3].length === 2 ? `20${dayFirst[3]}` : dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [0, 0, 0];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCMonth() !== month - 1) return null; // 31/02 and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
