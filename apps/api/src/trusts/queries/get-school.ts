import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { SchoolLookup } from '../school-lookup';
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
  constructor(private readonly schools: SchoolLookup) {}

  async execute({ trustId, schoolId }: GetSchoolQuery): Promise<SchoolView> {
    return schoolView(await this.schools.requireActive(trustId, schoolId));
  }
}
