import { InvalidValueError } from '../shared/domain-error';
import {
  LocalDate,
  addDays,
  compareDates,
  daysBetween,
  isAfter,
  isBefore,
  parseLocalDate,
} from './local-date';
import {
  TermId,
  compareTerms,
  defaultTermDates,
  defaultTermOf,
  nextTerm,
  parseTerm,
  previousTerm,
  termLabel,
} from './term';

/** A term's first and last day. */
export interface TermDates {
  term: TermId;
  startsOn: LocalDate;
  endsOn: LocalDate;
}

/** How far (in days) a trust's own term dates may sit from the default boundaries. */
export const MAX_TERM_DATE_SHIFT_DAYS = 60;

/**
 * The terms of a trust: DESIGN.md's default boundaries, overridden term by term with the
 * trust's own dates (academies set their own; spring ends around Easter, so it moves).
 *
 * - An overridden term runs exactly from its `startsOn` to its `endsOn`.
 * - A term without an override keeps its default boundaries, moved only where an overridden
 *   neighbour needs it: it starts no earlier than the day after the previous term ends, and
 *   when the next term is overridden it runs to the day before that term starts.
 * - A day between two terms (a holiday) belongs to the term before it, as in the defaults
 *   where Summer runs to 31 August: `termOf` gives the latest term started on or before it.
 *
 * Used as a due date, a term means its last day (`dueDateOf`): a review due "Spring 2025" is
 * due by the end of that term.
 */
export class TermCalendar {
  static readonly default = new TermCalendar(new Map());

  private constructor(private readonly overrides: ReadonlyMap<TermId, TermDates>) {}

  /**
   * A calendar with the trust's own dates, given as `{term, startsOn, endsOn}` (the term in
   * any form `parseTerm` reads). Throws InvalidValueError naming `field[i]` when a term is
   * given twice, ends before it starts, sits more than 60 days from its default boundaries,
   * or overlaps a neighbour.
   */
  static withOverrides(input: unknown, field = 'termDates'): TermCalendar {
    if (!Array.isArray(input))
      throw new InvalidValueError(field, `${field} must be a list of {term, startsOn, endsOn}.`);
    const overrides = new Map<TermId, TermDates>();
    input.forEach((item: unknown, index) => {
      const dates = readOverride(item, `${field}[${index}]`);
      if (overrides.has(dates.term)) {
        throw new InvalidValueError(
          `${field}[${index}].term`,
          `${termLabel(dates.term)} is given twice in ${field}.`,
        );
      }
      overrides.set(dates.term, dates);
    });
    const calendar = new TermCalendar(overrides);
    calendar.checkNoOverlap(field);
    return calendar;
  }

  /** The overridden terms, in time order. */
  get overriddenTerms(): TermDates[] {
    return [...this.overrides.values()].sort((a, b) => compareTerms(a.term, b.term));
  }

  datesOf(term: TermId): TermDates {
    const own = this.overrides.get(term);
    if (own) return own;
    const defaults = defaultTermDates(term);
    const previous = this.overrides.get(previousTerm(term));
    const next = this.overrides.get(nextTerm(term));
    const afterPrevious = previous ? addDays(previous.endsOn, 1) : defaults.startsOn;
    return {
      term,
      startsOn: isAfter(afterPrevious, defaults.startsOn) ? afterPrevious : defaults.startsOn,
      endsOn: next ? addDays(next.startsOn, -1) : defaults.endsOn,
    };
  }

  startOf(term: TermId): LocalDate {
    return this.datesOf(term).startsOn;
  }

  endOf(term: TermId): LocalDate {
    return this.datesOf(term).endsOn;
  }

  /** A term given as a due date means its last day: "due Spring 2025" is due by the end of Spring 2025. */
  dueDateOf(term: TermId): LocalDate {
    return this.endOf(term);
  }

  /** The term `date` falls in; a holiday belongs to the term before it. */
  termOf(date: LocalDate): TermId {
    let term = nextTerm(defaultTermOf(date));
    while (isAfter(this.startOf(term), date)) term = previousTerm(term);
    return term;
  }

  private checkNoOverlap(field: string): void {
    const affected = new Set<TermId>();
    for (const term of this.overrides.keys())
      [previousTerm(term), term, nextTerm(term)].forEach((t) => affected.add(t));
    for (const term of affected) {
      const dates = this.datesOf(term);
      const following = this.datesOf(nextTerm(term));
      if (
        compareDates(dates.startsOn, dates.endsOn) > 0 ||
        !isBefore(dates.endsOn, following.startsOn)
      ) {
        throw new InvalidValueError(
          field,
          `${field} overlap: ${termLabel(term)} runs ${dates.startsOn} to ${dates.endsOn} and ` +
            `${termLabel(following.term)} starts ${following.startsOn}.`,
        );
      }
    }
  }
}

function readOverride(item: unknown, field: string): TermDates {
  if (typeof item !== 'object' || item === null) {
    throw new InvalidValueError(field, `${field} must be an object {term, startsOn, endsOn}.`);
  }
  const raw = item as Record<string, unknown>;
  const term = parseTerm(raw.term, `${field}.term`);
  const startsOn = parseLocalDate(raw.startsOn, `${field}.startsOn`);
  const endsOn = parseLocalDate(raw.endsOn, `${field}.endsOn`);
  if (isBefore(endsOn, startsOn)) {
    throw new InvalidValueError(
      `${field}.endsOn`,
      `${termLabel(term)} cannot end (${endsOn}) before it starts (${startsOn}).`,
    );
  }
  const defaults = defaultTermDates(term);
  const near = (date: LocalDate, defaultDate: LocalDate) =>
    Math.abs(daysBetween(defaultDate, date)) <= MAX_TERM_DATE_SHIFT_DAYS;
  if (!near(startsOn, defaults.startsOn)) {
    throw new InvalidValueError(
      `${field}.startsOn`,
      `${termLabel(term)} must start within ${MAX_TERM_DATE_SHIFT_DAYS} days of ${defaults.startsOn}; ${startsOn} is too far.`,
    );
  }
  if (!near(endsOn, defaults.endsOn)) {
    throw new InvalidValueError(
      `${field}.endsOn`,
      `${termLabel(term)} must end within ${MAX_TERM_DATE_SHIFT_DAYS} days of ${defaults.endsOn}; ${endsOn} is too far.`,
    );
  }
  return { term, startsOn, endsOn };
}
