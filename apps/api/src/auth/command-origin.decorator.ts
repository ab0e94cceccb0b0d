import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestIdOf } from '../http/request-context.middleware';
import { Actor } from './actor';
import { sessionOf } from './request-actor';

/** Who sent a request and from which route: what a command handler needs to fill event metadata. */
export interface RequestOrigin {
  actor: Actor;
  /** The route's :trustId, when it has one. */
  trustId?: string;
  /** The route's :schoolId, when it has one. */
  schoolId?: string;
  /** The request id (X-Request-Id), becoming the events' correlation id. */
  correlationId: string;
}

export const Origin = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestOrigin => {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const session = sessionOf(request);
    if (!session)
      throw new Error('@Origin() used on a route without an access rule that signs the caller in');
    const { trustId, schoolId } = request.params as Record<string, string | undefined>;
    return {
      actor: session.actor,
      ...(trustId ? { trustId } : {}),
      ...(schoolId ? { schoolId } : {}),
      correlationId: requestIdOf(http.getResponse<Response>()),
    };
  },
);
