import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';

/** 429 after too many failed attempts; the filter below adds Retry-After. */
export class TooManyAttemptsError extends ProblemException {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      problem(
        429,
        `Too many unsuccessful attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
        {
          type: problemType('too-many-attempts'),
          retryAfterSeconds,
        },
      ),
    );
  }
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
