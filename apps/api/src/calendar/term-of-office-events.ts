import { Appointment, bodyInWords, LocalDate, RegisteredTrust, roleInWords, TermCalendar, termsEndingSoon } from '@governance/domain';
import { AllDayEvent, longDate } from '@governance/notifications';
import { PeopleDirectory } from '../directory/people-directory';

/**
 * Terms of office ending by the end of next term, as all-day events on their last day: a local
 * governing body's for the schools in view, the others when the feed covers the whole trust. The
 * UID names the appointment, so a calendar app replaces rather than repeats it; an erased person's
 * term is left out (it has no name to show).
 */
export function termOfOfficeEvents(
  trust: RegisteredTrust,
  schoolIds: readonly string[],
  appointments: readonly Appointment[],
  asOf: LocalDate,
  calendar: TermCalendar,
  directory: PeopleDirectory,
  domain: string,
): AllDayEvent[] {
  const wholeTrust = trust.schools.every((school) => schoolIds.includes(school.schoolId));
  return termsEndingSoon(appointments, asOf, calendar).flatMap((appointment) => {
    const inView = appointment.body === 'local-governing-body' ? appointment.schoolId !== null && schoolIds.includes(appointment.schoolId) : wholeTrust;
    const person = directory.findById(appointment.personId);
    if (!inView || !person || person.erasedAt || !person.name) return [];
    const schoolName = trust.schools.find((school) => school.schoolId === appointment.schoolId)?.name ?? null;
    const body = bodyInWords(appointment, schoolName);
    return [
      {
        uid: `term-of-office.${appointment.appointmentId}@${domain}`,
        date: appointment.endsOn,
        summary: `Term of office ends: ${person.name} (${body})`,
        description: `${person.name}'s term as ${roleInWords(appointment.role)} of the ${body} (appointed by ${appointment.appointedBy}) ends on ${longDate(appointment.endsOn)}. Renew it (a new appointment from the day after) or find a successor.`,
        categories: ['Term of office'],
      },
    ];
  });
}
