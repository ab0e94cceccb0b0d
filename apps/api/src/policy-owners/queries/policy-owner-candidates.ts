import { Injectable } from '@nestjs/common';
import { mayOwnSchoolPolicy } from '@governance/domain';
import type { PersonName } from '@governance/contracts';
import { ListPeopleQuery } from '../../people/queries/list-people';

/**
 * The people who may be named owner of a policy at a school (its staff, headteacher and
 * governors, and the trust-wide roles), by the rule the assignment is checked against, so the
 * form offers only names it accepts.
 */
@Injectable()
export class PolicyOwnerCandidatesQuery {
  constructor(private readonly people: ListPeopleQuery) {}

  async execute(trustId: string, schoolId: string): Promise<PersonName[]> {
    const everyone = await this.people.execute(trustId);
    return everyone
      .filter((person) => !person.erased && mayOwnSchoolPolicy(person.roles, schoolId))
      .map((person) => ({ id: person.id, name: person.name }))
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  }
}
