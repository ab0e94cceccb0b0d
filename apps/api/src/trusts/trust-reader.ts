import { Injectable } from '@nestjs/common';
import { streamIds, trustDecider, TrustState } from '@governance/domain';
import { StreamStates } from '../commands/stream-states';
import { isPlausibleId } from './plausible-id';

/** A trust's current state, folded from its stream: strongly consistent, no read model needed. */
@Injectable()
export class TrustReader {
  constructor(private readonly states: StreamStates) {}

  async load(trustId: string): Promise<TrustState> {
    if (!isPlausibleId(trustId)) return trustDecider.initialState();
    return this.states.stateOf(trustDecider, streamIds.trust(trustId));
  }
}
