import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { Actor } from './actor';
import { sessionOf } from './request-actor';

/** The caller the access guard resolved; only on routes whose rule is not public. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const session = sessionOf(context.switchToHttp().getRequest<Request>());
    if (!session)
      throw new Error(
        '@CurrentActor() used on a route without an access rule that signs the caller in',
      );
    return session.actor;
  },
);
