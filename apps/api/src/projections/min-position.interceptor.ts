import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ProjectionRunner } from '@governance/projections';
import type { Request } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';

export const MIN_POSITION_WAIT_MS = 5000;

/** `X-Min-Position`: a read waits (bounded) until the read models reflect the client's own write. */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(private readonly runner: ProjectionRunner) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.header('x-min-position');
    if (header === undefined || request.method !== 'GET') return next.handle();
    if (!/^\d{1,20}$/.test(header.trim())) {
      throw new ProblemException(
        problem(400, 'X-Min-Position must be a position returned by a write: a whole number.', {
          type: problemType('validation'),
          errors: [{ field: 'X-Min-Position', message: 'must be a whole number' }],
        }),
      );
    }
    return from(this.runner.waitForPosition(BigInt(header.trim()), MIN_POSITION_WAIT_MS)).pipe(
      switchMap((reached) => {
        if (!reached) {
          throw new ProblemException(
            problem(503, `The read models have not reached position ${header.trim()} yet. Try again shortly.`, {
              type: problemType('read-model-lagging'),
            }),
          );
        }
        return next.handle();
      }),
    );
  }
}
