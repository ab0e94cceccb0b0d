import { NotFoundError, TrustSchool } from '@governance/domain';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { readableSchools } from '@governance/domain';
import { Actor } from '../../auth/actor';
import { TrustReader } from '../trust-reader';

export interface SchoolView {
  id: string;
  name: string;
  urn: string | null;
  phase: string | null;
}

export function schoolView(school: TrustSchool): SchoolView {
  return {
    id: school.schoolId,
    name: school.name,
    urn: school.urn ?? null,
    phase: school.phase ?? null,
  };
}

/** The trust's current schools; school-scoped people see only their own. */
export class ListSchoolsQuery extends Query<SchoolView[]> {
  constructor(
    readonly trustId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

@QueryHandler(ListSchoolsQuery)
export class ListSchoolsHandler implements IQueryHandler<ListSchoolsQuery> {
  constructor(private readonly trusts: TrustReader) {}

  async execute({ trustId, actor }: ListSchoolsQuery): Promise<SchoolView[]> {
    const trust = await this.trusts.load(trustId);
    if (!trust.exists) throw new NotFoundError('Trust', trustId);
    const readable = readableSchools(actor);
    return trust.schools
      .filter((school) => readable === 'all' || readable.has(school.schoolId))
      .map(schoolView);
  }
}
