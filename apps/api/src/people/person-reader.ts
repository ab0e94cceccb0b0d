import { Injectable } from '@nestjs/common';
import { personDecider, PersonState, streamIds } from '@governance/domain';
import { StreamStates } from '../commands/stream-states';
import { isPlausibleId } from '../trusts/plausible-id';

/** A person's roles and status, folded from their stream. */
@Injectable()
export class PersonReader {
  constructor(private readonly states: StreamStates) {}

  async load(personId: string): Promise<PersonState> {
    if (!isPlausibleId(personId)) return personDecider.initialState();
    return this.states.stateOf(personDecider, streamIds.person(personId));
  }
}
