import { Inject, Injectable } from '@nestjs/common';
import { fold, PersonEvent, personDecider, PersonState, streamIds } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { toDomainEvent } from '../commands/command-executor';
import { isPlausibleId } from '../trusts/plausible-id';

/** A person's roles and status, folded from their stream. */
@Injectable()
export class PersonReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(personId: string): Promise<PersonState> {
    if (!isPlausibleId(personId)) return personDecider.initialState();
    const history = await this.store.readStream(streamIds.person(personId));
    return fold(personDecider, history.map(toDomainEvent) as PersonEvent[]);
  }
}
