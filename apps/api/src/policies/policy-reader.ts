import { Injectable } from '@nestjs/common';
import { NotFoundError, policyDecider, PolicyState, RegisteredPolicy, streamIds } from '@governance/domain';
import { StreamStates } from '../commands/stream-states';
import { isPlausibleId } from '../trusts/plausible-id';

/** A policy of one trust, folded from its stream: the write side never trusts a lagging read model. */
@Injectable()
export class PolicyReader {
  constructor(private readonly states: StreamStates) {}

  async load(policyId: string): Promise<PolicyState> {
    if (!isPlausibleId(policyId)) return policyDecider.initialState();
    return this.states.stateOf(policyDecider, streamIds.policy(policyId));
  }

  /** The policy, when it is one of this trust's; another trust's policy is as unknown as a missing one (404). */
  async ofTrust(trustId: string, policyId: string): Promise<RegisteredPolicy> {
    const state = await this.load(policyId);
    if (!state.registered || state.trustId !== trustId) throw new NotFoundError('Policy', policyId);
    return state;
  }
}
