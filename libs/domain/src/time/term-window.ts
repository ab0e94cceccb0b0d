import { DomainError } from '../shared/domain-error';
import { LocalDate } from './local-date';
import { TermId, compareTerms, nextTerm, termLabel } from './term';
import { TermCalendar } from './term-calendar';

/**
 * Reports may be written for any past term, the current one or the next one (a report
 * prepared for the first meeting of next term), never further ahead: code
 * `term-too-far-ahead`, HTTP 422. "Current" is the term of `today` in `calendar`.
 */
export function refuseTermTooFarAhead(
  term: TermId,
  today: LocalDate,
  calendar: TermCalendar = TermCalendar.default,
): void {
  const latest = nextTerm(calendar.termOf(today));
  if (compareTerms(term, latest) > 0) {
    throw new DomainError(
      'term-too-far-ahead',
      `${termLabel(term)} is too far ahead: reports can be made up to next term (${termLabel(latest)}).`,
      { term, latestTerm: latest },
    );
  }
}
