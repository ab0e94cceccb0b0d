import { DecisionContext, assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { termLabel } from '../time/term';
import { TermCalendar } from '../time/term-calendar';
import { TermDatesEvent, TermDatesState, mergeTermDates } from './events';

/** Sets the first and last day of some terms for a trust; other terms keep their dates. */
export interface SetTermDates {
  type: 'SetTermDates';
  data: {
    trustId: string;
    /** `[{term, startsOn, endsOn}]`, the term in any form `parseTerm` reads ("Spring 2027"). */
    terms: unknown;
  };
}

export type TermDatesCommand = SetTermDates;

/** How many terms one request may set: three academic years of three terms, with room to spare. */
export const MAX_TERMS_PER_CHANGE = 30;

export function decideTermDates(
  command: TermDatesCommand,
  state: TermDatesState,
  _context: DecisionContext,
): TermDatesEvent[] {
  switch (command.type) {
    case 'SetTermDates':
      return setTermDates(command, state);
    default:
      return assertNever(command.type);
  }
}

function setTermDates({ data }: SetTermDates, state: TermDatesState): TermDatesEvent[] {
  // Each given term on its own (real dates, near the defaults, not twice), then with the
  // trust's other terms: the result must not overlap anywhere.
  const given = TermCalendar.withOverrides(data.terms, 'terms').overriddenTerms;
  if (given.length === 0) {
    throw new DomainError('no-terms', 'Give at least one term with its first and last day.');
  }
  if (given.length > MAX_TERMS_PER_CHANGE) {
    throw new DomainError(
      'too-many-terms',
      `Set at most ${MAX_TERMS_PER_CHANGE} terms at once; ${given.length} were given.`,
      { max: MAX_TERMS_PER_CHANGE },
    );
  }
  const merged = mergeTermDates(state.overrides, given);
  try {
    TermCalendar.withOverrides(merged, 'terms');
  } catch (error) {
    throw new DomainError(
      'term-dates-overlap',
      `These dates overlap the trust's other term dates: ${(error as Error).message}`,
      { terms: given.map((t) => termLabel(t.term)) },
    );
  }
  const changed = given.filter((dates) => {
    const before = state.overrides.find((o) => o.term === dates.term);
    return !before || before.startsOn !== dates.startsOn || before.endsOn !== dates.endsOn;
  });
  if (changed.length === 0) return [];
  return [{ type: 'TermDatesSet', data: { trustId: data.trustId, terms: changed } }];
}
