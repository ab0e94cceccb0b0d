import { NotFoundError } from '@governance/domain';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { TrustReader } from '../trust-reader';

export interface TrustView {
  id: string;
  name: string;
  schools: number;
  securityPolicy: { requireMfaForAdmins: boolean };
}

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
