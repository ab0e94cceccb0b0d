import { Injectable } from '@nestjs/common';
import { mayBeLinkGovernor } from '@governance/domain';
import type { PersonName } from '@governance/contracts';
import { ListPeopleQuery } from '../../people/queries/list-people';

/**
 * The people who may be named a school's link governor (its governors and the trustees), by
 * the same rule the assignment is checked against, so the form offers only names it accepts.
 */
@Injectable()
export class LinkGovernorCandidatesQuery {
  constructor(private readonly people: ListPeopleQuery) {}

  async execute(trustId: string, schoolId: string): Promise<PersonName[]> {
    const everyone = await this.people.execute(trustId);
    return everyone
      .filter((person) => !person.erased && mayBeLinkGovernor(person.roles, schoolId))
      .map((person) => ({ id: person.id, name: person.name }))
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  }
}
