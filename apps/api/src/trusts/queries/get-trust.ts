import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@governance/domain';
import { TrustReader } from '../trust-reader';

export interface TrustView {
  id: string;
  name: string;
  schools: number;
  securityPolicy: { requireMfaForAdmins: boolean };
}

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
