import type { NextFunction, Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem, problemType } from './problem';

/** No request of this API nests deeper; deeper bodies would only exhaust the validators' recursion. */
export const MAX_BODY_DEPTH = 16;

export function rejectDeepBodies(request: Request, response: Response, next: NextFunction): void {
  const { deepest, prototypeKey } = inspect(request.body as unknown);
  if (deepest > MAX_BODY_DEPTH) {
    return refuse(response, `The request body is nested more than ${MAX_BODY_DEPTH} levels deep.`, 'body-too-deep');
  }
  // JSON.parse keeps "__proto__" as an own key, and class-transformer silently drops "constructor"
  // and "prototype" before validation: refuse all three before any code sees the body.
  if (prototypeKey) return refuse(response, `The request body has a "${prototypeKey}" field, which no request accepts.`, 'prototype-key');
  next();
}

function refuse(response: Response, detail: string, type: string): void {
  response.status(400).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem(400, detail, { type: problemType(type) })));
}

/** Depth of a parsed JSON value, measured without recursion so a hostile body cannot overflow the stack. */
export function depthOf(value: unknown): number {
  return inspect(value).deepest;
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

function inspect(value: unknown): { deepest: number; prototypeKey: string | undefined } {
  let deepest = 0;
  let prototypeKey: string | undefined;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_BODY_DEPTH) return { deepest, prototypeKey };
    prototypeKey ??= PROTOTYPE_KEYS.find((key) => Object.prototype.hasOwnProperty.call(current, key));
    for (const child of Object.values(current as object)) stack.push([child, depth + 1]);
  }
  return { deepest, prototypeKey };
}
