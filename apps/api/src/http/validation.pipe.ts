import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { withNullsRefused } from './null-fields';
import { FieldProblem, problem, problemType } from './problem';
import { ProblemException } from './problem-details.filter';

/** class-validator's checks, then the API's rule that null is never a value (null-fields.ts). */
class RequestValidationPipe extends ValidationPipe {
  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    return withNullsRefused(object, await super.validate(object, options));
  }
}

/** Validates bodies and queries against their DTO classes; unknown fields and null are refused. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
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
    const message = messageFor(error, field);
    return [...(message ? [{ field, message }] : []), ...flatten(error.children ?? [], field)];
  });
}

/** Checks of what kind a value is: when one fails, the others say nothing more (a number is not "too long"). */
const KIND_CHECKS = ['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isObject', 'isIn', 'isEnum'];
/** class-validator's own shape and size checks; any other constraint is one of ours and knows best. */
const GENERIC_CHECKS = new Set([
  ...KIND_CHECKS,
  'matches',
  'maxLength',
  'minLength',
  'isLength',
  'min',
  'max',
  'arrayMaxSize',
  'arrayMinSize',
  'arrayNotEmpty',
  'isNotEmpty',
  'isDefined',
]);

/**
 * One message per field, in words a clerk can act on: a rule of our own speaks first ("a
 * headteacher belongs to one school"); a missing field is "required" (not a list of every
 * rule an absent value breaks); a value of the wrong kind says what kind is wanted;
 * otherwise the first rule it breaks.
 */
function messageFor(error: ValidationError, field: string): string | undefined {
  const constraints = error.constraints ?? {};
  const names = Object.keys(constraints);
  if (names.length === 0) return undefined;
  if ('whitelistValidation' in constraints) return `${field} is not a field this request accepts`;
  const own = names.find((name) => !GENERIC_CHECKS.has(name));
  if (own) return constraints[own];
  if (error.value === undefined || error.value === null) return `${field} is required`;
  const kind = KIND_CHECKS.find((name) => name in constraints);
  return constraints[kind ?? names[0]];
}
