import { Inject, Injectable } from '@nestjs/common';
import { personDecider, PersonState, streamIds } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { foldStream } from '../commands/fold-stream';
import { isPlausibleId } from '../trusts/plausible-id';

/** A person's roles and status, folded from their stream. */
@Injectable()
export class PersonReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(personId: string): Promise<PersonState> {
    if (!isPlausibleId(personId)) return personDecider.initialState();
    return foldStream(this.store, personDecider, streamIds.person(personId));
  }
}
