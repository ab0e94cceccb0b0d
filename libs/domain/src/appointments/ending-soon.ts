import { TermCalendar } from '../time/term-calendar';
import { nextTerm } from '../time/term';
import { addDays, isAfter, isBefore, LocalDate } from '../time/local-date';
import { Appointment } from './events';
import { AppointmentBody, AppointmentRole } from './values';

/**
 * The last day a clerk looks ahead to for terms of office ending: the end of the term after the
 * one `asOf` falls in (the trust's own term dates), so a replacement can be elected or appointed.
 */
export function termsEndingHorizon(asOf: LocalDate, calendar: TermCalendar): LocalDate {
  return calendar.endOf(nextTerm(calendar.termOf(asOf)));
}

/**
 * Appointments whose term runs out between `asOf` and the end of next term, soonest first.
 * Those ended early are over already; one followed by a renewal (the same person on the same
 * body, starting by the day after) is not ending.
 */
export function termsEndingSoon(appointments: readonly Appointment[], asOf: LocalDate, calendar: TermCalendar): Appointment[] {
  const horizon = termsEndingHorizon(asOf, calendar);
  return appointments
    .filter((appointment) => appointment.endedOn === null && !isBefore(appointment.endsOn, asOf) && !isAfter(appointment.endsOn, horizon))
    .filter((appointment) => !appointments.some((other) => other !== appointment && isRenewalOf(other, appointment)))
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.appointmentId.localeCompare(b.appointmentId));
}

function isRenewalOf(next: Appointment, appointment: Appointment): boolean {
  return (
    next.personId === appointment.personId &&
    next.body === appointment.body &&
    next.schoolId === appointment.schoolId &&
    (next.committee ?? '').toLowerCase() === (appointment.committee ?? '').toLowerCase() &&
    isAfter(next.startsOn, appointment.startsOn) &&
    !isAfter(next.startsOn, addDays(appointment.endsOn, 1)) &&
    (next.endedOn === null || isAfter(next.endedOn, appointment.endsOn))
  );
}

const ROLE_WORDS: Record<AppointmentRole, string> = {
  chair: 'chair',
  'vice-chair': 'vice-chair',
  trustee: 'trustee',
  member: 'member',
  'parent-governor': 'parent governor',
  'staff-governor': 'staff governor',
  'co-opted': 'co-opted governor',
  foundation: 'foundation governor',
  'local-authority': 'local authority governor',
  headteacher: 'headteacher (ex officio)',
};

/** "parent governor", "headteacher (ex officio)". */
export function roleInWords(role: AppointmentRole): string {
  return ROLE_WORDS[role];
}

/** "trust board", "members", "Libra School LGB", "Finance and Audit committee". */
export function bodyInWords(appointment: { body: AppointmentBody; committee: string | null }, schoolName: string | null): string {
  switch (appointment.body) {
    case 'members':
      return 'members';
    case 'trust-board':
      return 'trust board';
    case 'local-governing-body':
      return `${schoolName ?? 'school'} LGB`;
    case 'committee':
      return `${appointment.committee ?? 'a'} committee`;
  }
}
