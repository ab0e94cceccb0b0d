import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { RequestSession, sessionOf } from './request-actor';

/** The caller's session (actor plus how they signed in), for the few routes about the session itself. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestSession => {
    const session = sessionOf(context.switchToHttp().getRequest<Request>());
    if (!session)
      throw new Error(
        '@CurrentSession() used on a route without an access rule that signs the caller in',
      );
    return session;
  },
);
