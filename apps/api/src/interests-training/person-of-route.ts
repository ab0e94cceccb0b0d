import { Injectable } from '@nestjs/common';
import { mayKeepRecordOf, NotFoundError, RegisteredPerson } from '@governance/domain';
import { Actor } from '../auth/actor';
import { allowedOrForbidden } from '../auth/fact-refusal';
import { PersonReader } from '../people/person-reader';

/**
 * The person a record route names: a registered person of the route's trust (anything else is
 * an unknown person, 404, like another trust's), whom the caller may keep records of
 * (fact 'own-record-or-clerk', 403). An erased person's records may be read but not added to.
 */
@Injectable()
export class PersonOfRoute {
  constructor(private readonly people: PersonReader) {}

  async require(actor: Actor, trustId: string, personId: string): Promise<RegisteredPerson> {
    const person = await this.people.load(personId);
    if (!person.exists || person.trustId !== trustId) throw new NotFoundError('Person', personId);
    allowedOrForbidden(mayKeepRecordOf(actor, { personId, roles: person.roles }));
    return person;
  }
}
