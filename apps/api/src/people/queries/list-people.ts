import { Injectable } from '@nestjs/common';
import { PeopleDirectory } from '../../directory/people-directory';
import { PersonReader } from '../person-reader';
import { PersonView, personView } from './person-view';

/** Everyone registered in the trust, erased people included (so the audit trail's ids resolve). */
@Injectable()
export class ListPeopleQuery {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly people: PersonReader,
  ) {}

  async execute(trustId: string): Promise<PersonView[]> {
    const entries = this.directory.listByTrust(trustId);
    const states = await Promise.all(entries.map((entry) => this.people.load(entry.personId)));
    // A directory row without its PersonRegistered event is a registration still in flight (or undone).
    return entries.flatMap((entry, i) => {
      const state = states[i];
      return state.exists && state.trustId === trustId ? [personView(entry, state)] : [];
    });
  }
}
