import { Inject, Injectable } from '@nestjs/common';
import { streamIds, trustDecider, TrustState } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { foldStream } from '../commands/fold-stream';
import { isPlausibleId } from './plausible-id';

/** A trust's current state, folded from its stream: strongly consistent, no read model needed. */
@Injectable()
export class TrustReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(trustId: string): Promise<TrustState> {
    if (!isPlausibleId(trustId)) return trustDecider.initialState();
    return foldStream(this.store, trustDecider, streamIds.trust(trustId));
  }
}
