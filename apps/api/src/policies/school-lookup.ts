import { Injectable } from '@nestjs/common';
import { activeSchool, NotFoundError } from '@governance/domain';
import { TrustReader } from '../trusts/trust-reader';

/** Refuses (404) a school that is not, or no longer, one of the trust's academies. */
@Injectable()
export class SchoolLookup {
  constructor(private readonly trusts: TrustReader) {}

  async requireActive(trustId: string, schoolId: string): Promise<void> {
    if (!activeSchool(await this.trusts.load(trustId), schoolId)) {
      throw new NotFoundError('School', schoolId);
    }
  }
}
