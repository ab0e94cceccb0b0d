import { ChronoUnit, LocalDate as JodaDate } from '@js-joda/core';
import { InvalidValueError } from '../shared/domain-error';

/**
 * Policy dates are calendar dates in Europe/London, written `YYYY-MM-DD` (DESIGN.md, "Time").
 * They travel as plain strings (events are stored as JSON); these functions check and
 * compute with them. Years outside 1900-2199 are refused as typing mistakes.
 */
export type LocalDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && toJodaOrNull(value) !== null;
}

/**
 * Checks that `value` is a real calendar date `YYYY-MM-DD` and returns it. 2026-02-30 throws
 * an InvalidValueError naming `field` (HTTP 400).
 */
export function parseLocalDate(value: unknown, field = 'date'): LocalDate {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) {
    throw new InvalidValueError(
      field,
      `${field} must be a date written YYYY-MM-DD, for example 2026-09-01.`,
    );
  }
  const [, year] = DATE_PATTERN.exec(value) as RegExpExecArray;
  if (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR) {
    throw new InvalidValueError(
      field,
      `${field} must be a date between ${MIN_YEAR} and ${MAX_YEAR}; ${value} is not.`,
    );
  }
  if (toJodaOrNull(value) === null) {
    throw new InvalidValueError(
      field,
      `${field} must be a real calendar date; ${value} does not exist.`,
    );
  }
  return value;
}

/** Like `parseLocalDate`, but absent or null becomes `null`. */
export function optionalLocalDate(value: unknown, field = 'date'): LocalDate | null {
  return value === undefined || value === null ? null : parseLocalDate(value, field);
}

/** Adds calendar months; a day that the target month lacks is clamped to its last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return toJoda(date).plusMonths(months).toString();
}

/** Adds (or with a negative number subtracts) days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return toJoda(date).plusDays(days).toString();
}

/** Negative when `a` is before `b`, zero when equal, positive when after. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return toJoda(a).compareTo(toJoda(b));
}

export function isBefore(a: LocalDate, b: LocalDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: LocalDate, b: LocalDate): boolean {
  return compareDates(a, b) > 0;
}

/** Days from `from` to `to`: 1 from a day to the next, negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toJoda(from).until(toJoda(to), ChronoUnit.DAYS);
}

/** The latest of some dates, or null when there are none. */
export function latestDate(dates: readonly LocalDate[]): LocalDate | null {
  return dates.reduce<LocalDate | null>(
    (latest, date) => (latest === null || isAfter(date, latest) ? date : latest),
    null,
  );
}

/** The last day of the month of `date`. */
export function endOfMonth(date: LocalDate): LocalDate {
  const joda = toJoda(date);
  return joda.withDayOfMonth(joda.lengthOfMonth()).toString();
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/London at the instant `now` (23:30 UTC on 31 May is 1 June in London). */
export function londonToday(now: Date): LocalDate {
  const parts = Object.fromEntries(
    londonParts.formatToParts(now).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function toJoda(date: LocalDate): JodaDate {
  const joda = toJodaOrNull(date);
  if (joda === null)
    throw new InvalidValueError(
      'date',
      `date must be a real calendar date written YYYY-MM-DD; ${date} is not.`,
    );
  return joda;
}

/**
 * Dates already parsed, valid or not. A register assesses thousands of policies against the
 * same few thousand dates; parsing each with a regular expression and js-joda was most of a
 * dashboard's cost. js-joda dates are immutable, so sharing them is safe. Bounded: cleared
 * when full, which a trust's ten years of dates never fill.
 */
const parsedDates = new Map<string, JodaDate | null>();
const PARSED_DATES_LIMIT = 20_000;

function toJodaOrNull(value: string): JodaDate | null {
  // Only YYYY-MM-DD's ten characters can be a date, so no long input is ever kept.
  if (value.length !== 10) return null;
  const known = parsedDates.get(value);
  if (known !== undefined) return known;
  const parsed = parseJoda(value);
  if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
  parsedDates.set(value, parsed);
  return parsed;
}

function parseJoda(value: string): JodaDate | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  try {
    return JodaDate.of(year, month, day);
  } catch {
    return null;
  }
}
