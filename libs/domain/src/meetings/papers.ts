import { addDays, daysBetween, LocalDate } from '../time/local-date';

/** Papers go out seven clear days before a meeting (neither the day sent nor the meeting day counts). */
export const PAPERS_CLEAR_DAYS = 7;

/** The last day papers can go out and still give seven clear days: eight days before the meeting. */
export function lastDayForPapers(meetingDate: LocalDate): LocalDate {
  return addDays(meetingDate, -(PAPERS_CLEAR_DAYS + 1));
}

/** Clear days between sending and the meeting: the days strictly between them. */
export function clearDaysBefore(sentOn: LocalDate, meetingDate: LocalDate): number {
  return Math.max(0, daysBetween(sentOn, meetingDate) - 1);
}
