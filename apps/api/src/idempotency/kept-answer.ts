import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import { problem, problemType } from '../http/problem';
import { SecretAnswer, secretLookingFields } from './answer-holds-secret';
import { StoredResponse } from './idempotency-store';

const logger = new Logger('Idempotency');

/**
 * The answer as idempotency.db keeps it. One that holds a secret (its route is marked, or, as a
 * last guard, it has a secret-looking field) is kept as a problem that says it is not kept.
 */
export function answerToKeep(
  response: StoredResponse,
  secret: SecretAnswer | undefined,
  request: Request,
): StoredResponse {
  const unmarked = secret ? [] : secretLookingFields(response.body);
  if (!secret && unmarked.length === 0) return response;
  if (unmarked.length > 0) {
    const route = `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`;
    logger.warn(`${route} answered ${unmarked.join(', ')} without @AnswerHoldsSecret: not stored`);
  }
  const advice =
    secret?.advice ?? 'Check what the first request did before sending a new one with a new key.';
  return {
    status: 410,
    body: problem(
      410,
      `The first request with this Idempotency-Key succeeded, but its answer held a secret and is not kept, so it cannot be sent again. ${advice}`,
      { type: problemType('idempotent-answer-not-kept'), title: 'Gone' },
    ),
  };
}
