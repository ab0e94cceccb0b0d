import { Injectable } from '@nestjs/common';
import { Appointment, AppointmentBody, compareDates, statusOn } from '@governance/domain';
import type { AppointmentItem } from '@governance/contracts';
import { PeopleDirectory } from '../../directory/people-directory';
import { TrustReader } from '../../trusts/trust-reader';

/**
 * Appointments as the reads answer them: with the person's name from the directory (none once
 * they are erased, as everywhere else), the academy's name, and their status on a day.
 */
@Injectable()
export class AppointmentItems {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly trusts: TrustReader,
  ) {}

  async view(trustId: string, appointments: readonly Appointment[], on: string): Promise<AppointmentItem[]> {
    const trust = await this.trusts.load(trustId);
    const schoolNames = new Map(trust.exists ? trust.schools.map((school) => [school.schoolId, school.name]) : []);
    const names = new Map<string, string | null>();
    const nameOf = (personId: string): string | null => {
      if (!names.has(personId)) {
        const person = this.directory.findById(personId);
        names.set(personId, person && !person.erasedAt ? person.name : null);
      }
      return names.get(personId) ?? null;
    };
    return [...appointments].sort(byBodyThenStart).map((appointment) => ({
      appointmentId: appointment.appointmentId,
      personId: appointment.personId,
      name: nameOf(appointment.personId),
      body: appointment.body,
      schoolId: appointment.schoolId,
      schoolName: appointment.schoolId === null ? null : (schoolNames.get(appointment.schoolId) ?? null),
      committee: appointment.committee,
      role: appointment.role,
      appointedBy: appointment.appointedBy,
      startsOn: appointment.startsOn,
      endsOn: appointment.endsOn,
      endedOn: appointment.endedOn,
      endReason: appointment.endReason,
      status: statusOn(appointment, on),
    }));
  }
}

const BODY_ORDER: Record<AppointmentBody, number> = { members: 0, 'trust-board': 1, 'local-governing-body': 2, committee: 3 };

/** Per body (members, board, each academy's LGB, each committee), then by start date. */
function byBodyThenStart(a: Appointment, b: Appointment): number {
  return (
    BODY_ORDER[a.body] - BODY_ORDER[b.body] ||
    (a.schoolId ?? '').localeCompare(b.schoolId ?? '') ||
    (a.committee ?? '').localeCompare(b.committee ?? '') ||
    compareDates(a.startsOn, b.startsOn)
  );
}
