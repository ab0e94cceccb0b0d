import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { activeSchool, decideAccess, TrustState } from '@governance/domain';
import type { Request, Response } from 'express';
import { TrustReader } from '../trusts/trust-reader';
import { accessEntryOf } from './access.decorator';
import { refused, unauthenticated } from './auth-problems';
import { RequestAuthenticator } from './request-authenticator';
import { attachSession, RequestSession } from './request-actor';
import { SecurityLog } from './security-log';

/**
 * The one place access is decided (APP_GUARD): reads the route's entry in the access table
 * (libs/domain/src/access/access-table.ts), signs the caller in, looks up the route's trust
 * and school, and applies decideAccess. A route naming no entry is refused: nothing becomes
 * public by accident.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
    private readonly trusts: TrustReader,
    private readonly log: SecurityLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const entry = accessEntryOf(this.reflector, [context.getHandler(), context.getClass()]);
    if (!entry) {
      this.logger.error(
        `${request.method} ${request.route?.path ?? request.path} names no access-table entry; refusing every call`,
      );
      throw refused('role-not-allowed');
    }
    if (entry.scope === 'public') return true;

    const authentication = await this.authenticator.authenticate(request.header('authorization'));
    if (!authentication.ok) {
      this.log.record({
        event: 'access',
        outcome: 'refused',
        reason: authentication.reason,
        ...where(request),
      });
      response.setHeader('WWW-Authenticate', wwwAuthenticate(authentication.reason));
      throw unauthenticated(
        authentication.reason === 'session-ended' || authentication.reason === 'invalid-token'
          ? 'Your sign-in has expired or ended. Sign in again.'
          : undefined,
      );
    }
    const { session, ownTrust } = authentication;
    attachSession(request, session);

    const { trustId, schoolId } = request.params as Record<string, string | undefined>;
    const trust =
      trustId === undefined ? undefined : await this.trustFor(trustId, session, ownTrust);
    const outcome = decideAccess(entry, session.actor, session.mfaEnrolmentRequired, {
      trustId,
      trustExists: trust?.exists ?? false,
      schoolId,
      schoolExists:
        trust !== undefined &&
        schoolId !== undefined &&
        activeSchool(trust, schoolId) !== undefined,
    });
    if (!outcome.allowed) {
      this.log.record({
        event: 'access',
        outcome: 'refused',
        reason: outcome.reason,
        status: outcome.status,
        ...who(session),
        ...where(request),
      });
      throw refused(outcome.reason);
    }
    return true;
  }

  /** Another trust's state is never read for a person: the answer is 404 whatever it holds. */
  private async trustFor(
    trustId: string,
    session: RequestSession,
    ownTrust?: TrustState,
  ): Promise<TrustState | undefined> {
    const { actor } = session;
    if (actor.kind === 'person') return actor.trustId === trustId ? ownTrust : undefined;
    return this.trusts.load(trustId);
  }
}

function who(session: RequestSession) {
  return session.actor.kind === 'person'
    ? { personId: session.actor.personId, trustId: session.actor.trustId }
    : { personId: 'operator' };
}

function where(request: Request) {
  return { ip: request.ip, method: request.method, path: request.path };
}

/** RFC 6750: no error code when no credentials were sent at all. */
function wwwAuthenticate(reason: string): string {
  if (reason === 'no-token') return 'Bearer realm="governance"';
  const error = reason === 'malformed-header' ? 'invalid_request' : 'invalid_token';
  return `Bearer realm="governance", error="${error}"`;
}
