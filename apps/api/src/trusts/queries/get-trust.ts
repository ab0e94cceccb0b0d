import { NotFoundError } from '@governance/domain';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { TrustReader } from '../trust-reader';
import type { Trust } from '@governance/contracts';

/** GET /api/trusts/{trustId}'s answer (shared with the web app). */
export type TrustView = Trust;

export class GetTrustQuery extends Query<TrustView> {
  constructor(readonly trustId: string) {
    super();
  }
}

@QueryHandler(GetTrustQuery)
export class GetTrustHandler implements IQueryHandler<GetTrustQuery> {
  constructor(private readonly trusts: TrustReader) {}

  async execute({ trustId }: GetTrustQuery): Promise<TrustView> {
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
