import { InvalidValueError } from '../shared/domain-error';
import { isBefore, LocalDate, parseLocalDate } from '../time/local-date';

/**
 * The earliest day a person may record something on (a review, an approval, a visit). Dates
 * before it are typing mistakes or a form's default (1900-01-01), not governance records.
 * Stored events keep reading with parseLocalDate's wider range, so an old log still replays.
 */
export const EARLIEST_RECORD_DATE: LocalDate = '1990-01-01';

/** A real calendar date, YYYY-MM-DD, on or after EARLIEST_RECORD_DATE. */
export function requireRecordDate(value: unknown, field: string): LocalDate {
  const date = parseLocalDate(value, field);
  if (isBefore(date, EARLIEST_RECORD_DATE)) {
    throw new InvalidValueError(field, `${field} must be ${EARLIEST_RECORD_DATE} or later; ${date} is too early to be a governance record.`);
  }
  return date;
}

/** Like `requireRecordDate`, but absent or null becomes `null`. */
export function optionalRecordDate(value: unknown, field: string): LocalDate | null {
  return value === undefined || value === null ? null : requireRecordDate(value, field);
}
