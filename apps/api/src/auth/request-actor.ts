import type { Request } from 'express';
import { Actor } from './actor';

/** What the guard established about a request's caller, kept on the request for later steps. */
export interface RequestSession {
  actor: Actor;
  /** The person proved a one-time code when signing in (always true for the operator). */
  mfaVerified: boolean;
  /** An admin whose trust requires MFA and who has not set it up: only enrolment routes are open. */
  mfaEnrolmentRequired: boolean;
}

const SESSION = Symbol('governance:session');
type WithSession = Request & { [SESSION]?: RequestSession; actor?: Actor };

export function attachSession(request: Request, session: RequestSession): void {
  const target = request as WithSession;
  target[SESSION] = session;
  target.actor = session.actor;
}

export function sessionOf(request: Request): RequestSession | undefined {
  return (request as WithSession)[SESSION];
}
