import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem, problemType } from './problem';

const ACCEPTED = ['application/json', 'multipart/form-data'];

/**
 * A write with a body must say it is JSON (or a file upload): a body in any other format would
 * otherwise reach the route as "no body" and be judged on defaults.
 */
export function requireKnownContentType(request: Request, response: Response, next: NextFunction): void {
  if (!carriesBody(request)) return next();
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (ACCEPTED.includes(type)) return next();
  const body = problem(415, `Send the request body as JSON (Content-Type: application/json), not ${type || 'an unnamed type'}.`, {
    type: problemType('unsupported-media-type'),
  });
  response.status(415).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** A write (POST, PUT, PATCH) that sends a body. */
export function carriesBody(request: Request): boolean {
  const hasBody = Number(request.headers['content-length'] ?? '0') > 0 || request.headers['transfer-encoding'] !== undefined;
  return hasBody && ['POST', 'PUT', 'PATCH'].includes(request.method);
}
