import { Inject, Injectable } from '@nestjs/common';
import { fold, streamIds, TrustEvent, trustDecider, TrustState } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { toDomainEvent } from '../commands/command-executor';
import { isPlausibleId } from './plausible-id';

/** A trust's current state, folded from its stream: strongly consistent, no read model needed. */
@Injectable()
export class TrustReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(trustId: string): Promise<TrustState> {
    if (!isPlausibleId(trustId)) return trustDecider.initialState();
    const history = await this.store.readStream(streamIds.trust(trustId));
    return fold(trustDecider, history.map(toDomainEvent) as TrustEvent[]);
  }
}
