import { Injectable } from '@nestjs/common';
import { mustDeclare } from '@governance/domain';
import { ListPeopleQuery } from '../../people/queries/list-people';
import type { Person } from '@governance/contracts';

/**
 * The people a trust-wide list covers: not erased, and holding a governor or trustee role or
 * having a record already (someone who stepped down still shows their last status).
 */
@Injectable()
export class PeopleWithRecords {
  constructor(private readonly people: ListPeopleQuery) {}

  async list(trustId: string, withRecords: ReadonlySet<string>): Promise<(Person & { mustDeclare: boolean })[]> {
    const people = await this.people.execute(trustId);
    return people
      .filter((person) => !person.erased && (mustDeclare(person.roles) || withRecords.has(person.id)))
      .map((person) => ({ ...person, mustDeclare: mustDeclare(person.roles) }))
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  }
}
