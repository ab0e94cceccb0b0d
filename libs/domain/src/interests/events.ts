import { LocalDate } from '../time/local-date';
import { InterestKind } from './kinds';

export interface DeclaredInterest {
  kind: InterestKind;
  description: string;
  from: LocalDate | null;
  to: LocalDate | null;
}

/**
 * A declaration of interests: the whole list as the person declared it that day (empty: nothing
 * to declare). A newer declaration follows it; none is overwritten. Stream `interests-{trustId}`.
 */
export interface InterestsDeclared {
  type: 'InterestsDeclared';
  data: { trustId: string; personId: string; declaredOn: LocalDate; interests: DeclaredInterest[]; declaredBy: string };
}

export type InterestsEvent = InterestsDeclared;

export interface Declaration {
  personId: string;
  declaredOn: LocalDate;
  interests: readonly DeclaredInterest[];
  declaredBy: string;
}

/** Every declaration of the trust, in the order they were made. */
export interface InterestsState {
  declarations: readonly Declaration[];
}

export const initialInterestsState = (): InterestsState => ({ declarations: [] });

export function evolveInterests(state: InterestsState, event: InterestsEvent): InterestsState {
  const { personId, declaredOn, interests, declaredBy } = event.data;
  return { declarations: [...state.declarations, { personId, declaredOn, interests, declaredBy }] };
}

/** One person's declarations, latest first (by date, then the later one made). */
export function declarationsOf(state: InterestsState, personId: string): Declaration[] {
  return state.declarations
    .map((declaration, order) => ({ declaration, order }))
    .filter(({ declaration }) => declaration.personId === personId)
    .sort((a, b) => b.declaration.declaredOn.localeCompare(a.declaration.declaredOn) || b.order - a.order)
    .map(({ declaration }) => declaration);
}
