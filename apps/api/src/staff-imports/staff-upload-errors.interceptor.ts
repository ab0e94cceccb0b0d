import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';
import { problem, problemType } from '../http/problem';
import { ProblemException } from '../http/problem-details.filter';

/** The largest staff list read: 5,000 rows of name, email and job title fit in well under 1 MB. */
export const MAX_STAFF_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Words multer's refusals of a staff list for the office. Placed before the FileInterceptor: that
 * interceptor stops reading a file at the limit, so a 20 MB upload is never held in memory.
 */
@Injectable()
export class StaffUploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          return throwError(() => new ProblemException(problem(413, 'The staff list is larger than 2 MB, the most one import reads. Export only name, email and job title for one school, as CSV, and try again.', {
            type: problemType('staff-list-too-large'),
            title: 'This staff list is too big',
            code: 'too-large',
            errors: [{ field: 'file', message: 'at most 2 MB' }],
          })));
        }
        if (error instanceof BadRequestException && /Unexpected field|Too many (files|fields|parts)/i.test(error.message)) {
          return throwError(() => new ProblemException(problem(400, 'Send one CSV file, as the "file" field.', {
            type: problemType('validation'),
            errors: [{ field: 'file', message: 'one CSV file, in the "file" field' }],
          })));
        }
        return throwError(() => error);
      }),
    );
  }
}
