import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, problem, problemType } from './problem';
import { ProblemException } from './problem-details.filter';

/** Validates bodies and queries against their DTO classes; unknown fields are refused. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const detail = fields.map((f) => f.message).join('; ') || 'The request is not valid.';
      return new ProblemException(
        problem(400, detail, { type: problemType('validation'), title: 'Your request has invalid fields', errors: fields }),
      );
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, `${field} is not a field this request accepts`),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
