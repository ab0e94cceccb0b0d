import { addMonths, isBefore, LocalDate } from '../time/local-date';
import { LoggedInterest } from './events';

/** A published register lists interests that ended within this many months (Academy Trust Handbook). */
export const ENDED_INTERESTS_SHOWN_FOR_MONTHS = 12;

/**
 * What a register shows of one person's interests as of a day: from the latest declaration made
 * on or before that day, the interests not yet ended and those ended within the last 12 months.
 * Interests that start after the day are left out.
 */
export function interestsForRegister<Interest extends LoggedInterest>(
  latestFirst: readonly { declaredOn: LocalDate; interests: readonly Interest[] }[],
  asOf: LocalDate,
): { current: Interest[]; endedRecently: Interest[] } {
  const latest = latestFirst.find((declaration) => !isBefore(asOf, declaration.declaredOn));
  if (!latest) return { current: [], endedRecently: [] };
  const started = latest.interests.filter((interest) => interest.from === null || !isBefore(asOf, interest.from));
  const shownFrom = addMonths(asOf, -ENDED_INTERESTS_SHOWN_FOR_MONTHS);
  return {
    current: started.filter((interest) => interest.to === null || !isBefore(interest.to, asOf)),
    endedRecently: started.filter((interest) => interest.to !== null && isBefore(interest.to, asOf) && !isBefore(interest.to, shownFrom)),
  };
}
