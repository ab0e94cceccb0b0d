import { Injectable } from '@nestjs/common';
import { activeSchool, NotFoundError, TrustSchool } from '@governance/domain';
import { TrustReader } from './trust-reader';

/** A school that is one of the trust's academies now; 404 for one that is not, or has left. */
@Injectable()
export class SchoolLookup {
  constructor(private readonly trusts: TrustReader) {}

  async requireActive(trustId: string, schoolId: string): Promise<TrustSchool> {
    const school = activeSchool(await this.trusts.load(trustId), schoolId);
    if (!school) throw new NotFoundError('School', schoolId);
    return school;
  }
}
