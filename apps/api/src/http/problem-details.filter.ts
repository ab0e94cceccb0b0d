import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, InvalidValueError, NotFoundError } from '@governance/domain';
import { DuplicateEventIdError, WrongExpectedVersionError } from '@governance/event-store';
import type { Response } from 'express';
import { Problem, PROBLEM_CONTENT_TYPE, problem, problemType } from './problem';

/** An HttpException that already carries its problem document. */
export class ProblemException extends HttpException {
  constructor(readonly body: Problem) {
    super(body, body.status);
  }
}

/** Turns every error into application/problem+json; never leaks stacks or SQL. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toProblem(error);
    if (body.status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (response.headersSent) return;
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  toProblem(error: unknown): Problem {
    if (error instanceof ProblemException) return error.body;
    if (error instanceof DomainError) {
      return problem(422, error.message, { type: problemType(error.code), code: error.code, ...error.details });
    }
    if (error instanceof InvalidValueError) {
      return problem(400, error.message, {
        type: problemType('validation'),
        errors: [{ field: error.field, message: error.message }],
      });
    }
    if (error instanceof NotFoundError) return problem(404, error.message);
    if (error instanceof WrongExpectedVersionError) {
      return problem(409, 'Someone else changed this record at the same time. Reload it and try again.', {
        type: problemType('concurrency-conflict'),
      });
    }
    if (error instanceof DuplicateEventIdError) {
      return problem(409, 'This change was already recorded.', { type: problemType('duplicate-event') });
    }
    if (error instanceof HttpException) return fromHttpException(error);
    const bodyError = fromBodyParserError(error);
    if (bodyError) return bodyError;
    return problem(500, 'Something went wrong on our side. The error has been logged.');
  }
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const response = error.getResponse();
  if (typeof response === 'object' && response !== null && 'status' in response && 'detail' in response) {
    return response as Problem;
  }
  const message =
    typeof response === 'string'
      ? response
      : Array.isArray((response as { message?: unknown }).message)
        ? ((response as { message: string[] }).message).join('; ')
        : String((response as { message?: unknown }).message ?? error.message);
  return problem(status, message);
}

/** Errors raised by Express's body parser before a route runs (bad JSON, too large, bad charset, bad compression). */
export function fromBodyParserError(error: unknown): Problem | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, status } = error as { type?: unknown; status?: unknown };
  if (typeof status !== 'number') return undefined;
  if (isInflateError(error)) {
    return problem(400, 'The request body could not be decompressed: it is not in the Content-Encoding the request names. Send it uncompressed, or compressed as it says.', {
      type: problemType('bad-content-encoding'),
    });
  }
  if (typeof type !== 'string') return undefined;
  switch (type) {
    case 'entity.parse.failed':
      return problem(400, 'The request body is not valid JSON.', { type: problemType('malformed-json') });
    case 'entity.too.large':
      return problem(413, 'The request body is too large.', { type: problemType('body-too-large') });
    case 'encoding.unsupported':
      return problem(415, UNSUPPORTED_ENCODING, { type: problemType('unsupported-content-encoding') });
    case 'charset.unsupported':
      return problem(415, 'The request body must be UTF-8 encoded.');
    default:
      return status >= 400 && status < 500 ? problem(status, 'The request body could not be read.') : undefined;
  }
}

export const UNSUPPORTED_ENCODING = 'This Content-Encoding is not supported: send the request body uncompressed, or JSON compressed as gzip, deflate or br.';

/** zlib's own errors (incorrect header check, unexpected end of file), which body-parser passes on with a 400 but no type. */
function isInflateError(error: object): boolean {
  const { type, code, errno } = error as { type?: unknown; code?: unknown; errno?: unknown };
  return type === undefined && typeof code === 'string' && typeof errno === 'number';
}
