import { activeSchool, NotFoundError } from '@governance/domain';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { TrustReader } from '../trust-reader';
import { SchoolView, schoolView } from './list-schools';

export class GetSchoolQuery extends Query<SchoolView> {
  constructor(
    readonly trustId: string,
    readonly schoolId: string,
  ) {
    super();
  }
}

@QueryHandler(GetSchoolQuery)
export class GetSchoolHandler implements IQueryHandler<GetSchoolQuery> {
  constructor(private readonly trusts: TrustReader) {}

  async execute({ trustId, schoolId }: GetSchoolQuery): Promise<SchoolView> {
    const school = activeSchool(await this.trusts.load(trustId), schoolId);
    if (!school) throw new NotFoundError('School', schoolId);
    return schoolView(school);
  }
}
