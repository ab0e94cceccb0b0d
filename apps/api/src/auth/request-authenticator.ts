import { Inject, Injectable } from '@nestjs/common';
import { holdsAdminRole, TrustState } from '@governance/domain';
import { PeopleDirectory } from '../directory/people-directory';
import { PersonReader } from '../people/person-reader';
import { TrustReader } from '../trusts/trust-reader';
import { AccessTokens } from './access-tokens';
import { Actor } from './actor';
import { isOperatorToken } from './operator-token';
import { RequestSession } from './request-actor';
import { SERVER_SECRETS, ServerSecrets } from './server-secrets';

export type Authentication =
  | { ok: true; session: RequestSession; ownTrust?: TrustState }
  | { ok: false; reason: 'no-token' | 'malformed-header' | 'invalid-token' | 'session-ended' };

/**
 * Turns an Authorization header into a session: the operator's token, or a person's access
 * token that is genuine, unexpired and still matches the directory (not erased, credentials
 * unchanged). Roles come from the person's events on every request, so a revoked role ends at once.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    @Inject(SERVER_SECRETS) private readonly secrets: ServerSecrets,
    private readonly tokens: AccessTokens,
    private readonly directory: PeopleDirectory,
    private readonly people: PersonReader,
    private readonly trusts: TrustReader,
  ) {}

  async authenticate(header: string | undefined): Promise<Authentication> {
    if (!header) return { ok: false, reason: 'no-token' };
    const match = /^Bearer ([\x21-\x7e]{1,4096})$/i.exec(header.trim());
    if (!match) return { ok: false, reason: 'malformed-header' };
    const token = match[1];
    if (isOperatorToken(this.secrets, token)) {
      const actor: Actor = { kind: 'operator', actorId: 'operator' };
      return { ok: true, session: { actor, mfaVerified: true, mfaEnrolmentRequired: false } };
    }
    const claims = this.tokens.verify(token);
    if (!claims) return { ok: false, reason: 'invalid-token' };
    const entry = this.directory.findById(claims.sub);
    if (
      !entry ||
      entry.erasedAt ||
      entry.sessionVersion !== claims.sv ||
      entry.trustId !== claims.tid
    ) {
      return { ok: false, reason: 'session-ended' };
    }
    const [person, trust] = await Promise.all([
      this.people.load(claims.sub),
      this.trusts.load(claims.tid),
    ]);
    if (!person.exists || person.erased || person.trustId !== claims.tid || !trust.exists) {
      return { ok: false, reason: 'session-ended' };
    }
    const actor: Actor = {
      kind: 'person',
      actorId: person.personId,
      personId: person.personId,
      trustId: person.trustId,
      roles: [...person.roles],
    };
    const mfaVerified = claims.amr.includes('otp');
    const mfaEnrolmentRequired =
      trust.requireMfaForAdmins && holdsAdminRole(actor.roles) && !mfaVerified;
    return { ok: true, session: { actor, mfaVerified, mfaEnrolmentRequired }, ownTrust: trust };
  }
}
