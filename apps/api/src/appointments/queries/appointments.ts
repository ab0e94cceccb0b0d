import { Injectable } from '@nestjs/common';
import { AppointmentBody, isCurrentOn, NotFoundError } from '@governance/domain';
import type { AppointmentItem } from '@governance/contracts';
import { Clock } from '../../clock/clock';
import { PersonReader } from '../../people/person-reader';
import { AppointmentsReader } from '../appointments-reader';
import { AppointmentItems } from './appointment-items';

export interface AppointmentFilter {
  body?: AppointmentBody;
  schoolId?: string;
  current?: 'true' | 'false';
  on?: string;
}

/** GET /trusts/:trustId/appointments: the trust's appointments per body, with names, optionally only those held (or not) on a day. */
@Injectable()
export class AppointmentsListQuery {
  constructor(
    private readonly appointments: AppointmentsReader,
    private readonly items: AppointmentItems,
    private readonly clock: Clock,
  ) {}

  async execute(trustId: string, filter: AppointmentFilter): Promise<AppointmentItem[]> {
    const on = filter.on ?? this.clock.today();
    const wanted = (await this.appointments.ofTrust(trustId)).filter(
      (appointment) =>
        (filter.body === undefined || appointment.body === filter.body) &&
        (filter.schoolId === undefined || appointment.schoolId === filter.schoolId) &&
        (filter.current === undefined || isCurrentOn(appointment, on) === (filter.current === 'true')),
    );
    return this.items.view(trustId, wanted, on);
  }
}

/** GET /trusts/:trustId/people/:personId/appointments: one person's appointments, current and past (404 for someone not of the trust). */
@Injectable()
export class PersonAppointmentsQuery {
  constructor(
    private readonly appointments: AppointmentsReader,
    private readonly people: PersonReader,
    private readonly items: AppointmentItems,
    private readonly clock: Clock,
  ) {}

  async execute(trustId: string, personId: string): Promise<AppointmentItem[]> {
    const person = await this.people.load(personId);
    if (!person.exists || person.trustId !== trustId) throw new NotFoundError('Person', personId);
    const theirs = (await this.appointments.ofTrust(trustId)).filter((appointment) => appointment.personId === personId);
    return this.items.view(trustId, theirs, this.clock.today());
  }
}
