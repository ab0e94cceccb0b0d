import { Injectable } from '@nestjs/common';
import { NotFoundError, TrustSchool } from '@governance/domain';
import { readableSchools } from '@governance/domain';
import { Actor } from '../../auth/actor';
import { TrustReader } from '../trust-reader';
import type { School } from '@governance/contracts';

/** A school as the API answers it (shared with the web app). */
export type SchoolView = School;

export function schoolView(school: TrustSchool): SchoolView {
  return {
    id: school.schoolId,
    name: school.name,
    urn: school.urn ?? null,
    phase: school.phase ?? null,
  };
}

/** The trust's current schools; school-scoped people see only their own. */
@Injectable()
export class ListSchoolsQuery {
  constructor(private readonly trusts: TrustReader) {}

  async execute(trustId: string, actor: Actor): Promise<SchoolView[]> {
    const trust = await this.trusts.load(trustId);
    if (!trust.exists) throw new NotFoundError('Trust', trustId);
    const readable = readableSchools(actor);
    return trust.schools
      .filter((school) => readable === 'all' || readable.has(school.schoolId))
      .map(schoolView);
  }
}
