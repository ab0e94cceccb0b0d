import { Injectable } from '@nestjs/common';
import type { PolicyDocumentInfo, PolicyVersion } from '@governance/contracts';
import { streamIds } from '@governance/domain';
import { StreamStates } from '../../commands/stream-states';
import { PolicyReader } from '../policy-reader';

/**
 * The versions of one of the trust's policies, oldest first, from its stream (read through the
 * upcasters, so a version drafted before documents could be attached reads as having none).
 * Another trust's policy is as unknown as a missing one (404).
 */
@Injectable()
export class PolicyVersionsQuery {
  constructor(
    private readonly policies: PolicyReader,
    private readonly states: StreamStates,
  ) {}

  async execute(trustId: string, policyId: string): Promise<PolicyVersion[]> {
    await this.policies.ofTrust(trustId, policyId);
    return (await this.states.history(streamIds.policy(policyId)))
      .filter((event) => event.type === 'PolicyVersionDrafted')
      .map((event) => ({
        version: event.data.version as number,
        summary: event.data.summary as string,
        documentUrl: (event.data.documentUrl as string | null) ?? null,
        document: (event.data.document as PolicyDocumentInfo | null) ?? null,
        draftedAt: String(event.metadata.occurredAt),
      }));
  }
}
