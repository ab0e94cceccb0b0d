import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { ATTACHABLE_EXTENSIONS, MAX_DOCUMENT_BYTES, megabytes } from '@governance/documents';
import { catchError, Observable, throwError } from 'rxjs';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';

/**
 * Words multer's refusals of an attached document ("File too large", "Unexpected field") for
 * the office: placed before the FileInterceptor, it sees what that interceptor throws.
 */
@Injectable()
export class DocumentUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          return throwError(() => new ProblemException(problem(413, `The document is larger than ${megabytes(MAX_DOCUMENT_BYTES)}, the largest we keep. Remove large pictures, or save it as a PDF, and try again.`, {
            type: problemType('document-too-large'),
            title: 'This document is too big to keep',
            code: 'too-large',
            errors: [{ field: 'document', message: `at most ${megabytes(MAX_DOCUMENT_BYTES)}` }],
          })));
        }
        if (error instanceof BadRequestException && /Unexpected field|Too many (files|fields|parts)/i.test(error.message)) {
          return throwError(() => new ProblemException(problem(400, `Send one file, as the "document" field (${ATTACHABLE_EXTENSIONS}).`, {
            type: problemType('validation'),
            errors: [{ field: 'document', message: 'one file, in the "document" field' }],
          })));
        }
        return throwError(() => error);
      }),
    );
  }
}
