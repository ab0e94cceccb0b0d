import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@governance/domain';
import { PeopleDirectory } from '../../directory/people-directory';
import { PersonReader } from '../person-reader';
import { PersonView, personView } from './person-view';

/** One person of the trust as an admin sees them; 404 for anyone registered elsewhere. */
@Injectable()
export class GetPersonQuery {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly people: PersonReader,
  ) {}

  async execute(trustId: string, personId: string): Promise<PersonView> {
    const entry = this.directory.findById(personId);
    const state = await this.people.load(personId);
    if (!entry || entry.trustId !== trustId || !state.exists || state.trustId !== trustId) {
      throw new NotFoundError('Person', personId);
    }
    return personView(entry, state);
  }
}
