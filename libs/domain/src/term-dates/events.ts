import { DomainEvent } from '../shared/decider';
import { TermId, compareTerms } from '../time/term';
import { TermCalendar, TermDates } from '../time/term-calendar';

/**
 * A trust's own term dates, stream `termdates-{trustId}` (termDatesStreamId). Each event
 * carries the terms it sets; a term set again replaces its earlier dates, and terms never
 * set keep DESIGN.md's defaults.
 */
export type TermDatesSetData = {
  trustId: string;
  /** The terms set by this event, in time order. */
  terms: TermDates[];
};
export type TermDatesSet = DomainEvent<'TermDatesSet', TermDatesSetData>;

export type TermDatesEvent = TermDatesSet;

export const TERM_DATES_EVENT_TYPES: readonly TermDatesEvent['type'][] = ['TermDatesSet'];

export interface TermDatesState {
  /** The trust's overrides so far, one per term, in time order. */
  overrides: TermDates[];
}

export function initialTermDatesState(): TermDatesState {
  return { overrides: [] };
}

export function evolveTermDates(state: TermDatesState, event: TermDatesEvent): TermDatesState {
  switch (event.type) {
    case 'TermDatesSet':
      return { overrides: mergeTermDates(state.overrides, event.data.terms) };
    default: {
      // Compile-time exhaustiveness; at run time an unknown event type leaves the state as it is.
      const _unknown: never = event.type;
      return state;
    }
  }
}

/** `current` with each term of `given` replaced (or added), in time order. */
export function mergeTermDates(current: readonly TermDates[], given: readonly TermDates[]): TermDates[] {
  const byTerm = new Map<TermId, TermDates>(current.map((dates) => [dates.term, dates]));
  for (const dates of given) byTerm.set(dates.term, dates);
  return [...byTerm.values()].sort((a, b) => compareTerms(a.term, b.term));
}

/** The trust's calendar: the defaults with its overrides (the state was checked when each event was decided). */
export function termCalendarOf(state: TermDatesState): TermCalendar {
  return state.overrides.length === 0 ? TermCalendar.default : TermCalendar.withOverrides(state.overrides);
}
