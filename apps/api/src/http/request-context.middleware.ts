import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

const logger = new Logger('HTTP');
const REQUEST_ID = /^[\w.-]{1,100}$/;

/** Gives each request an id (X-Request-Id, echoed back) and logs one structured line when it ends. */
export function requestContext(request: Request, response: Response, next: NextFunction): void {
  const offered = request.header('x-request-id');
  const requestId = offered && REQUEST_ID.test(offered) ? offered : randomUUID();
  response.locals.requestId = requestId;
  response.setHeader('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  response.on('finish', () => {
    // The path only: query strings may carry feed tokens.
    logger.log({
      requestId,
      method: request.method,
      path: request.path,
      status: response.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      ip: request.ip,
    });
  });
  next();
}

export function requestIdOf(response: Response): string {
  return (response.locals.requestId as string | undefined) ?? randomUUID();
}
