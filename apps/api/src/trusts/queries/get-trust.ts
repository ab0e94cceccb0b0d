import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@governance/domain';
import { TrustReader } from '../trust-reader';
import type { Trust } from '@governance/contracts';

/** GET /api/trusts/{trustId}'s answer (shared with the web app). */
export type TrustView = Trust;

/** One trust with its security policy; 404 when it was never registered. */
@Injectable()
export class GetTrustQuery {
  constructor(private readonly trusts: TrustReader) {}

  async execute(trustId: string): Promise<TrustView> {
    const trust = await this.trusts.load(trustId);
    if (!trust.exists) throw new NotFoundError('Trust', trustId);
    return {
      id: trust.trustId,
      name: trust.name,
      schools: trust.schools.length,
      securityPolicy: { requireMfaForAdmins: trust.requireMfaForAdmins },
    };
  }
}
