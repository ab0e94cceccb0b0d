import { InvalidValueError } from '../shared/domain-error';
import { LocalDate, parseLocalDate } from './local-date';

/**
 * School terms, written `YYYY-autumn`, `YYYY-spring`, `YYYY-summer` where YYYY is the
 * calendar year the term falls in: `2026-autumn` is Sep-Dec 2026, `2027-spring` Jan-Mar 2027,
 * `2027-summer` Apr-Aug 2027 (DESIGN.md, "Time"). The three make one academic year,
 * autumn first.
 */
export const termNames = ['autumn', 'spring', 'summer'] as const;
export type TermName = (typeof termNames)[number];
export type TermId = `${number}-${TermName}`;

const TERM_ID_PATTERN = /^(\d{4})-(autumn|spring|summer)$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
/** Order of the terms within a calendar year. */
const ORDER_IN_YEAR: Record<TermName, number> = { spring: 0, summer: 1, autumn: 2 };

/** True when `value` is a term id such as `2027-spring`. */
export function isTermId(value: unknown): value is TermId {
  if (typeof value !== 'string') return false;
  const match = TERM_ID_PATTERN.exec(value);
  return match !== null && Number(match[1]) >= MIN_YEAR && Number(match[1]) <= MAX_YEAR;
}

export function termId(year: number, name: TermName): TermId {
  return `${year}-${name}`;
}

export function termYear(term: TermId): number {
  return Number(term.slice(0, 4));
}

export function termName(term: TermId): TermName {
  return term.slice(5) as TermName;
}

/**
 * Reads a term as schools write it, case-insensitively: `2027-spring`, `Spring 2027`,
 * `spring term 2027`, `Autumn term 2026`, half-terms `Autumn 1 2026` / `Spring 2 2027`
 * (a half-term belongs to its term), `2027 Spring`, and academic-year forms
 * `Spring 2026/27` / `Autumn 2026-2027` (spring and summer fall in the second year).
 * Anything else throws an InvalidValueError naming `field`.
 */
export function parseTerm(input: unknown, field = 'term'): TermId {
  const text =
    typeof input === 'string'
      ? input.trim().toLowerCase().replace(/[,.]/g, ' ').replace(/\s+/g, ' ')
      : '';
  const term = readTerm(text);
  if (term === null) {
    const shown = typeof input === 'string' ? `"${input}" is not one` : 'it is missing';
    throw new InvalidValueError(
      field,
      `${field} must be a school term such as "2027-spring", "Spring 2027", "Autumn term 2026" or "Autumn 1 2026"; ${shown}.`,
    );
  }
  if (termYear(term) < MIN_YEAR || termYear(term) > MAX_YEAR) {
    throw new InvalidValueError(
      field,
      `${field} must be a term between ${MIN_YEAR} and ${MAX_YEAR}; "${String(input)}" is not.`,
    );
  }
  return term;
}

const NAME = '(autumn|spring|summer)';
const TERM_WORD = '(?: term)?';
const HALF = '(?: ?([12]))?';
const YEAR = '(\\d{4})';
const SECOND_YEAR = '(?: ?[/-] ?(\\d{2}|\\d{4}))?';
const CANONICAL = new RegExp(`^${YEAR}-${NAME}$`);
const NAME_FIRST = new RegExp(`^${NAME}${TERM_WORD}${HALF}${TERM_WORD} ${YEAR}${SECOND_YEAR}$`);
const YEAR_FIRST = new RegExp(`^${YEAR} ${NAME}${TERM_WORD}${HALF}$`);

function readTerm(text: string): TermId | null {
  const canonical = CANONICAL.exec(text);
  if (canonical) return termId(Number(canonical[1]), canonical[2] as TermName);
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return termId(Number(yearFirst[1]), yearFirst[2] as TermName);
  const nameFirst = NAME_FIRST.exec(text);
  if (!nameFirst) return null;
  const name = nameFirst[1] as TermName;
  const year = Number(nameFirst[3]);
  const secondYear = nameFirst[4];
  if (secondYear === undefined) return termId(year, name);
  // "2026/27": an academic year; it must be two consecutive years.
  const consecutive =
    secondYear.length === 2
      ? Number(secondYear) === (year + 1) % 100
      : Number(secondYear) === year + 1;
  if (!consecutive) return null;
  return termId(name === 'autumn' ? year : year + 1, name);
}

/** Orders terms in time: negative when `a` comes first. */
export function compareTerms(a: TermId, b: TermId): number {
  return termYear(a) - termYear(b) || ORDER_IN_YEAR[termName(a)] - ORDER_IN_YEAR[termName(b)];
}

export function nextTerm(term: TermId): TermId {
  const year = termYear(term);
  switch (termName(term)) {
    case 'autumn':
      return termId(year + 1, 'spring');
    case 'spring':
      return termId(year, 'summer');
    case 'summer':
      return termId(year, 'autumn');
  }
}

export function previousTerm(term: TermId): TermId {
  const year = termYear(term);
  switch (termName(term)) {
    case 'autumn':
      return termId(year, 'summer');
    case 'spring':
      return termId(year - 1, 'autumn');
    case 'summer':
      return termId(year, 'spring');
  }
}

/** "Spring 2027", for people. */
export function termLabel(term: TermId): string {
  const name = termName(term);
  return `${name[0].toUpperCase()}${name.slice(1)} ${termYear(term)}`;
}

/**
 * The default boundaries of DESIGN.md, which cover the whole year (holidays belong to the
 * term before them): Autumn 1 Sep-31 Dec, Spring 1 Jan-31 Mar, Summer 1 Apr-31 Aug.
 */
export function defaultTermDates(term: TermId): { startsOn: LocalDate; endsOn: LocalDate } {
  const year = termYear(term);
  switch (termName(term)) {
    case 'autumn':
      return { startsOn: `${year}-09-01`, endsOn: `${year}-12-31` };
    case 'spring':
      return { startsOn: `${year}-01-01`, endsOn: `${year}-03-31` };
    case 'summer':
      return { startsOn: `${year}-04-01`, endsOn: `${year}-08-31` };
  }
}

/** The term a date falls in under the default boundaries. */
export function defaultTermOf(date: LocalDate): TermId {
  const checked = parseLocalDate(date);
  const year = Number(checked.slice(0, 4));
  const month = Number(checked.slice(5, 7));
  if (month >= 9) return termId(year, 'autumn');
  if (month >= 4) return termId(year, 'summer');
  return termId(year, 'spring');
}
