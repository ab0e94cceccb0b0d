import { DomainError } from '../shared/domain-error';
import { LocalDate, isAfter } from './local-date';

/**
 * Refuses a date after `today` for something that has already happened (a review, an
 * adoption, a visit): code `date-in-future`, HTTP 422.
 */
export function refuseFutureDate(date: LocalDate, field: string, today: LocalDate): void {
  if (isAfter(date, today)) {
    throw new DomainError(
      'date-in-future',
      `${field} ${date} is after today (${today}); record it once it has happened.`,
      {
        field,
        date,
        today,
      },
    );
  }
}
