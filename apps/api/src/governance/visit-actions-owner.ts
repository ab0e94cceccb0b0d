import { Injectable } from '@nestjs/common';
import { isHeadteacherGrantOf } from '@governance/domain';
import { PeopleDirectory } from '../directory/people-directory';
import { PersonReader } from '../people/person-reader';

/**
 * Who owns the actions agreed at a visit: the school's headteacher (the first by name when the
 * school has two). With no headteacher, null: the link governor who agreed them owns them.
 */
@Injectable()
export class VisitActionsOwner {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly people: PersonReader,
  ) {}

  async of(trustId: string, schoolId: string): Promise<string | null> {
    const entries = this.directory
      .listByTrust(trustId)
      .filter((entry) => !entry.erasedAt)
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.personId.localeCompare(b.personId));
    for (const entry of entries) {
      const person = await this.people.load(entry.personId);
      if (person.exists && !person.erased && person.roles.some((grant) => isHeadteacherGrantOf(grant, schoolId))) return entry.personId;
    }
    return null;
  }
}
