import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@governance/domain';
import type { SchemeOfDelegationView } from '@governance/contracts';
import { TrustReader } from '../trust-reader';

/** The trust's scheme of delegation as set (an empty list when none is set); 404 for an unknown trust. */
@Injectable()
export class GetSchemeOfDelegationQuery {
  constructor(private readonly trusts: TrustReader) {}

  async execute(trustId: string): Promise<SchemeOfDelegationView> {
    const trust = await this.trusts.load(trustId);
    if (!trust.exists) throw new NotFoundError('Trust', trustId);
    return { rules: (trust.delegation ?? []).map((rule) => ({ ...rule })) };
  }
}
