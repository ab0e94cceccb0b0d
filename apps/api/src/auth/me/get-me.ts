import { Injectable } from '@nestjs/common';
import { PeopleDirectory } from '../../directory/people-directory';
import { MfaFromLog } from '../mfa-from-log';
import { RequestSession } from '../request-actor';
import type { Me } from '@governance/contracts';
import { mayMap } from '@governance/domain';

/** GET /api/me's answer (shared with the web app). */
export type MeView = Me;

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
        may: mayMap(actor, false),
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
      may: mayMap(actor, session.mfaEnrolmentRequired),
    };
  }
}
