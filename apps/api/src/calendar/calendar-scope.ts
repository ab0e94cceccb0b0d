import { Injectable } from '@nestjs/common';
import { activeSchool, InvalidValueError, mayReadSchool, NotFoundError, RegisteredTrust } from '@governance/domain';
import { refused } from '../auth/auth-problems';
import { Actor } from '../auth/actor';
import { TrustReader } from '../trusts/trust-reader';

/** The trust a calendar route names and the schools its feed shows: shared by the feed and feed-token creation. */
@Injectable()
export class CalendarScope {
  constructor(private readonly trusts: TrustReader) {}

  async registeredTrust(trustId: string): Promise<RegisteredTrust> {
    const trust = await this.trusts.load(trustId);
    if (!trust.exists) throw new NotFoundError('Trust', trustId);
    return trust;
  }

  /** The schools the feed shows: the one asked for, or every school the caller may read. */
  schoolsInView(trust: RegisteredTrust, actor: Actor, schoolId: unknown): string[] {
    if (schoolId === undefined) {
      return trust.schools.map((s) => s.schoolId).filter((id) => mayReadSchool(actor, id));
    }
    if (typeof schoolId !== 'string') throw new InvalidValueError('schoolId', 'schoolId must be given once, as text.');
    if (!activeSchool(trust, schoolId)) throw new NotFoundError('School', schoolId);
    if (!mayReadSchool(actor, schoolId)) throw refused('role-not-allowed');
    return [schoolId];
  }
}
