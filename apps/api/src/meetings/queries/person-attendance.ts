import { Injectable } from '@nestjs/common';
import { academicYearOf, Actor, mayReadAttendanceOf, NotFoundError } from '@governance/domain';
import { MeetingsQuery } from '@governance/projections';
import type { PersonAttendance } from '@governance/contracts';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { Clock } from '../../clock/clock';
import { PersonReader } from '../../people/person-reader';

/** A person's attendance at meetings over one academic year (for the governance register). */
@Injectable()
export class PersonAttendanceQuery {
  constructor(
    private readonly meetings: MeetingsQuery,
    private readonly people: PersonReader,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, trustId: string, personId: string, year: string | undefined): Promise<PersonAttendance> {
    const person = await this.people.load(personId);
    if (!person.exists || person.trustId !== trustId) throw new NotFoundError('Person', personId);
    allowedOrForbidden(mayReadAttendanceOf(actor, personId));
    return this.meetings.personAttendance(trustId, personId, academicYearOf(year, this.clock.today()));
  }
}
