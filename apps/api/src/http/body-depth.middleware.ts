import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem, problemType } from './problem';

/** No request of this API nests deeper; deeper bodies would only exhaust the validators' recursion. */
export const MAX_BODY_DEPTH = 16;

export function rejectDeepBodies(request: Request, response: Response, next: NextFunction): void {
  if (depthOf(request.body as unknown) <= MAX_BODY_DEPTH) return next();
  const body = problem(400, `The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`, {
    type: problemType('body-too-deep'),
  });
  response.status(400).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** Depth of a parsed JSON value, measured without recursion so a hostile body cannot overflow the stack. */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_BODY_DEPTH) return deepest;
    for (const child of Object.values(current as object)) stack.push([child, depth + 1]);
  }
  return deepest;
}
