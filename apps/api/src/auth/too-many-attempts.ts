import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';

/** 429 after too many failed attempts; the filter below adds Retry-After. */
export class TooManyAttemptsError extends ProblemException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      problem(
        429,
        `Too many unsuccessful attempts. Wait ${howLong(retryAfterSeconds)} and try again.`,
        {
          type: problemType('too-many-attempts'),
          retryAfterSeconds,
        },
      ),
    );
  }
}

/** "20 seconds" for a short slowing-down, "15 minutes" for a wait. */
function howLong(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Use on controllers that throttle attempts (@UseFilters(RetryAfterFilter)). */
@Catch(TooManyAttemptsError)
export class RetryAfterFilter implements ExceptionFilter {
  catch(error: TooManyAttemptsError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(429).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(error.body));
  }
}
