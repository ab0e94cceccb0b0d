import { LocalDate } from '../time/local-date';
import { InterestKind } from './kinds';

/** One interest as the log keeps it: what kind and when. Its description is personal text, kept in the people directory. */
export interface LoggedInterest {
  kind: InterestKind;
  from: LocalDate | null;
  to: LocalDate | null;
}

/** One interest as declared, with its description. */
export interface DeclaredInterest extends LoggedInterest {
  description: string;
}

/**
 * A declaration of interests: the whole list as the person declared it that day (empty: nothing
 * to declare). A newer declaration follows it; none is overwritten. Stream `interests-{trustId}`.
 * The descriptions are kept under `recordId` in the people directory, outside the log, so
 * erasing the person erases them (as names and emails).
 */
export interface InterestsDeclared {
  type: 'InterestsDeclared';
  data: { trustId: string; personId: string; recordId: string; declaredOn: LocalDate; interests: LoggedInterest[]; declaredBy: string };
}

export type InterestsEvent = InterestsDeclared;

export type Declaration = Omit<InterestsDeclared['data'], 'trustId'>;

/** Every declaration of the trust, in the order they were made. */
export interface InterestsState {
  declarations: readonly Declaration[];
}

export const initialInterestsState = (): InterestsState => ({ declarations: [] });

export function evolveInterests(state: InterestsState, event: InterestsEvent): InterestsState {
  const { trustId: _trustId, ...declaration } = event.data;
  return { declarations: [...state.declarations, declaration] };
}

/** One person's declarations, latest first (by date, then the later one made). */
export function declarationsOf(state: InterestsState, personId: string): Declaration[] {
  return state.declarations
    .map((declaration, order) => ({ declaration, order }))
    .filter(({ declaration }) => declaration.personId === personId)
    .sort((a, b) => b.declaration.declaredOn.localeCompare(a.declaration.declaredOn) || b.order - a.order)
    .map(({ declaration }) => declaration);
}
