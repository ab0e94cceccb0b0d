import { InvalidValueError } from '../shared/domain-error';
import { LocalDate, endOfMonth, isLocalDate, parseLocalDate } from './local-date';
import { TermId, isTermId, parseTerm } from './term';
import { TermCalendar } from './term-calendar';

/**
 * A next-review-due as people give it, kept as they gave it (resolved to a date only when a
 * status is computed, with the trust's calendar of that moment):
 * - a date, `2026-03-01`;
 * - a term, `2025-spring` (from "Spring 2025"): due by the last day of that term;
 * - a month, `2020-10` (from "October 2020", as policy headers write it): due by its last day.
 */
export type DueDate = LocalDate | TermId | `${number}-${number}`;
export type DueDateKind = 'date' | 'term' | 'month';

const MONTH_ID = /^(\d{4})-(\d{2})$/;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_PHRASE = /^([a-z]+) (\d{4})$/;

export function dueDateKind(value: DueDate): DueDateKind {
  if (isTermId(value)) return 'term';
  if (MONTH_ID.test(value)) return 'month';
  return 'date';
}

/**
 * Reads a due date: `YYYY-MM-DD` (checked as a real date), a term in any form `parseTerm`
 * reads ("Spring 2025", "2025-spring", "Autumn 1 2026"), or a month (`2020-10`,
 * "October 2020", "Oct 2020"). Returns the canonical form; otherwise InvalidValueError naming `field`.
 */
export function parseDueDate(input: unknown, field = 'nextReviewDue'): DueDate {
  if (typeof input === 'string') {
    const text = input.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseLocalDate(text, field);
    const month = readMonth(text.toLowerCase().replace(/\s+/g, ' '));
    if (month !== null) return month;
    try {
      return parseTerm(text, field);
    } catch {
      // fall through to the message that names every accepted form
    }
  }
  throw new InvalidValueError(
    field,
    `${field} must be a date (YYYY-MM-DD), a term such as "Spring 2025" or "2025-spring", or a month such as "October 2020"` +
      `${typeof input === 'string' ? `; "${input}" is none of these` : ''}.`,
  );
}

/** Like `parseDueDate`, but absent, null or blank becomes `null`. */
export function optionalDueDate(input: unknown, field = 'nextReviewDue'): DueDate | null {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === ''))
    return null;
  return parseDueDate(input, field);
}

/**
 * The calendar date a due date means: the date itself, the last day of the term (in
 * `calendar`) or of the month. Accepts any form `parseDueDate` reads ("Spring 2027" too).
 */
export function resolveDueDate(
  input: DueDate | string,
  calendar: TermCalendar = TermCalendar.default,
): LocalDate {
  const value = parseDueDate(input);
  switch (dueDateKind(value)) {
    case 'term':
      return calendar.dueDateOf(value as TermId);
    case 'month':
      return endOfMonth(`${value}-01`);
    case 'date':
      return value;
  }
}

function readMonth(text: string): DueDate | null {
  const id = MONTH_ID.exec(text);
  if (id) return isLocalDate(`${text}-01`) ? (text as DueDate) : null;
  const phrase = MONTH_PHRASE.exec(text);
  if (!phrase) return null;
  const index = MONTH_NAMES.findIndex(
    (name) => name === phrase[1] || (phrase[1].length >= 3 && name.startsWith(phrase[1])),
  );
  if (index === -1) return null;
  const month = `${phrase[2]}-${String(index + 1).padStart(2, '0')}`;
  return isLocalDate(`${month}-01`) ? (month as DueDate) : null;
}
