import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem, problemType } from '../http/problem';

const KEYS = ['constructor', 'prototype'];

/**
 * Refuses a body with a "constructor" or "prototype" field anywhere. class-transformer
 * silently drops such keys before validation, so `{"constructor": {}}` would pass as an empty
 * body on routes whose fields are all optional (the scan would run). "__proto__" is refused
 * globally (http/body-depth.middleware.ts), which runs first and limits the depth to 16.
 */
export function refuseConstructorKey(request: Request, response: Response, next: NextFunction): void {
  const stack: unknown[] = [request.body];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    const key = KEYS.find((name) => Object.prototype.hasOwnProperty.call(current, name));
    if (key !== undefined) {
      const body = problem(400, `The request body has a "${key}" field, which no request accepts.`, {
        type: problemType('validation'),
        errors: [{ field: key, message: `${key} is not a field this request accepts` }],
      });
      response.status(400).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
      return;
    }
    stack.push(...Object.values(current as object));
  }
  next();
}
