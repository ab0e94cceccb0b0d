import { bodyInWords, LocalDate, roleInWords, TermCalendar, termsEndingSoon, TrustSchool } from '@governance/domain';
import type { DigestTermEnding } from '@governance/notifications';
import { PeopleDirectory } from '../directory/people-directory';
import { TrustPeople } from './responsible-people';

/**
 * Each clerk's terms of office ending by the end of next term, for their weekly digest: a local
 * governing body's to its clerks (the trust's and the academy's own), the others to the trust's
 * clerks (its admins when it has none). An erased person's appointment is left out: it has no name.
 */
export function termsEndingForClerks(
  people: TrustPeople,
  schools: readonly TrustSchool[],
  asOf: LocalDate,
  calendar: TermCalendar,
  directory: PeopleDirectory,
): Map<string, DigestTermEnding[]> {
  const schoolNames = new Map(schools.map((school) => [school.schoolId, school.name]));
  const byClerk = new Map<string, DigestTermEnding[]>();
  for (const appointment of termsEndingSoon(people.appointments, asOf, calendar)) {
    const person = directory.findById(appointment.personId);
    if (!person || person.erasedAt || !person.name) continue;
    const line: DigestTermEnding = {
      name: person.name,
      role: roleInWords(appointment.role),
      body: bodyInWords(appointment, appointment.schoolId === null ? null : (schoolNames.get(appointment.schoolId) ?? null)),
      endsOn: appointment.endsOn,
    };
    const clerks = people.clerksOf(appointment.body === 'local-governing-body' ? appointment.schoolId : null);
    for (const clerkId of clerks) byClerk.set(clerkId, [...(byClerk.get(clerkId) ?? []), line]);
  }
  return byClerk;
}
