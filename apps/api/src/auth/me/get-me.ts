import { Injectable } from '@nestjs/common';
import { RoleGrant } from '@governance/domain';
import { PeopleDirectory } from '../../directory/people-directory';
import { MfaFromLog } from '../mfa-from-log';
import { RequestSession } from '../request-actor';

export interface MeView {
  id: string;
  kind: 'person' | 'operator';
  trustId: string | null;
  name: string | null;
  email: string | null;
  roles: RoleGrant[];
  mfaEnrolled: boolean;
  /** Only the MFA enrolment routes are open until the second factor is set up. */
  mfaEnrolmentRequired: boolean;
}

/** The signed-in caller's own account, or the operator's fixed profile. */
@Injectable()
export class GetMeQuery {
  constructor(
    private readonly directory: PeopleDirectory,
    private readonly mfa: MfaFromLog,
  ) {}

  async execute(session: RequestSession): Promise<MeView> {
    const { actor } = session;
    if (actor.kind === 'operator') {
      return {
        id: 'operator',
        kind: 'operator',
        trustId: null,
        name: 'Platform operator',
        email: null,
        roles: [],
        mfaEnrolled: false,
        mfaEnrolmentRequired: false,
      };
    }
    const entry = this.directory.findById(actor.personId);
    return {
      id: actor.personId,
      kind: 'person',
      trustId: actor.trustId,
      name: entry?.name ?? null,
      email: entry?.email ?? null,
      roles: actor.roles,
      mfaEnrolled: await this.mfa.isOn(actor.personId),
      mfaEnrolmentRequired: session.mfaEnrolmentRequired,
    };
  }
}
