import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { catchError, Observable, of, tap, throwError } from 'rxjs';
import { accessEntryOf } from '../auth/access.decorator';
import { problem, problemType } from '../http/problem';
import { ProblemDetailsFilter, ProblemException } from '../http/problem-details.filter';
import { ANSWER_HOLDS_SECRET, SecretAnswer } from './answer-holds-secret';
import { IdempotencyStore } from './idempotency-store';
import { IdempotentRun, runIdempotently } from './idempotent-run';
import { answerToKeep } from './kept-answer';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const filter = new ProblemDetailsFilter();

/**
 * `Idempotency-Key` on a POST: the same key with the same request answers the first answer
 * again and appends nothing; the same key with another request is refused (422). A key whose
 * request died with its process is run again (the store decides), and the run finds in the log
 * whatever the dead one appended. Answers holding a secret are never stored.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header('idempotency-key');
    if (key === undefined || request.method !== 'POST') return next.handle();
    // Public routes (sign-in) answer secrets that must never be stored and replayed.
    const entry = accessEntryOf(this.reflector, [context.getHandler(), context.getClass()]);
    if (entry?.scope === 'public') return next.handle();
    if (!KEY_PATTERN.test(key)) {
      throw new ProblemException(
        problem(400, 'Idempotency-Key must be 1 to 255 visible characters.', {
          type: problemType('validation'),
          errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
        }),
      );
    }
    const secret = this.reflector.getAllAndOverride<SecretAnswer | undefined>(ANSWER_HOLDS_SECRET, [
      context.getHandler(),
      context.getClass(),
    ]);
    const scope = scopeOf(request);
    const reservation = this.store.reserve(scope, key, hashRequest(request));
    switch (reservation.kind) {
      case 'replay':
        response.status(reservation.response.status);
        response.setHeader('Idempotent-Replayed', 'true');
        if (reservation.response.status >= 400) {
          throw new ProblemException(reservation.response.body as ConstructorParameters<typeof ProblemException>[0]);
        }
        return of(reservation.response.body);
      case 'different-request':
        throw new ProblemException(
          problem(422, 'This Idempotency-Key was already used for a different request.', {
            type: problemType('idempotency-key-reused'),
          }),
        );
      case 'in-progress':
        throw new ProblemException(
          problem(409, 'A request with this Idempotency-Key is still being processed.', {
            type: problemType('idempotency-key-in-progress'),
          }),
        );
      case 'new':
        return runIdempotently(new IdempotentRun(key, reservation.seed, reservation.rerun), () =>
          next.handle(),
        ).pipe(
          tap((body) => {
            const answer = { status: response.statusCode, body };
            this.store.complete(scope, key, answerToKeep(answer, secret, request));
          }),
          catchError((error: unknown) => {
            const answer = filter.toProblem(error);
            // Conflicts, rate limits and server errors may succeed when retried: give the key back
            // (a retry runs the request again with the same ids, finding whatever this run appended).
            if (answer.status >= 500 || answer.status === 409 || answer.status === 429) this.store.release(scope, key);
            else this.store.complete(scope, key, { status: answer.status, body: answer });
            return throwError(() => error);
          }),
        );
    }
  }
}

/** Keys belong to whoever sent them: the signed-in actor, else the credentials presented. */
function scopeOf(request: Request): string {
  const actor = (request as Request & { actor?: { actorId?: unknown } }).actor;
  if (actor && typeof actor.actorId === 'string') return `actor:${actor.actorId}`;
  const authorization = request.header('authorization') ?? '';
  return `credentials:${createHash('sha256').update(authorization).digest('hex')}`;
}

function hashRequest(request: Request): string {
  return createHash('sha256')
    .update(`${request.method} ${request.originalUrl}\n`)
    .update(canonicalJson(request.body))
    .digest('hex');
}

/** JSON with sorted keys, so the same body written in another key order hashes alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
