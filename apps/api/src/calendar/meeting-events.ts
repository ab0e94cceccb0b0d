import { addDays, LocalDate, RegisteredTrust } from '@governance/domain';
import type { MeetingSummary } from '@governance/contracts';
import { AllDayEvent, longDate } from '@governance/notifications';
import { meetingName } from '../meetings/meeting-name';

/** How far back the feed keeps meetings: a year, so last year's dates stay in calendars without growing for ever. */
export const MEETINGS_KEPT_DAYS = 366;

/** The first day of meetings a feed made on `asOf` shows. */
export function meetingsFrom(asOf: LocalDate): LocalDate {
  return addDays(asOf, -MEETINGS_KEPT_DAYS);
}

/**
 * The meetings a feed shows: each academy's local governing body for the schools in view, and
 * the trust board's and committees' when the feed covers the whole trust. A cancelled meeting
 * drops out; a moved one keeps its UID, so calendar apps move it rather than add another.
 */
export function meetingEvents(trust: RegisteredTrust, schoolIds: readonly string[], meetings: readonly MeetingSummary[], domain: string): AllDayEvent[] {
  const wholeTrust = trust.schools.every((school) => schoolIds.includes(school.schoolId));
  return meetings
    .filter((m) => !m.cancelled && (m.body === 'local-governing-body' ? m.schoolId !== null && schoolIds.includes(m.schoolId) : wholeTrust))
    .map((m) => ({
      uid: `meeting.${m.id}@${domain}`,
      date: m.date,
      summary: `Meeting – ${meetingName(trust, m)}`,
      description: `Meeting of the ${meetingName(trust, m)} on ${longDate(m.date)}.`,
      categories: ['Meeting'],
    }));
}
