import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { withNullsRefused } from './null-fields';
import { FieldProblem, problem, problemType } from './problem';
import { ProblemException } from './problem-details.filter';

/** class-validator's checks, then the API's rule that null is never a value (null-fields.ts). */
class RequestValidationPipe extends ValidationPipe {
  /**
   * What the whole check made of an empty query string, per query class that accepts one: a
   * read without parameters (the dashboard, a register) is the commonest request, and its check
   * (class-transformer, then class-validator looking up every rule of the class) always comes
   * out the same, yet cost about a fifteenth of such a request. Kept only when the instance it
   * made holds nothing but plain values, so each request still gets its own instance.
   */
  private readonly emptyQueries = new WeakMap<object, Record<string, unknown>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (metadata.type !== 'query' || metadata.data !== undefined || !metatype || !isEmptyObject(value)) {
      return super.transform(value, metadata);
    }
    const kept = this.emptyQueries.get(metatype);
    if (kept) return Object.assign(Object.create(metatype.prototype as object) as object, kept);
    const entity: unknown = await super.transform(value, metadata);
    if (isInstanceOfPlainValues(entity, metatype.prototype as object)) this.emptyQueries.set(metatype, { ...entity });
    return entity;
  }

  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    return withNullsRefused(object, await super.validate(object, options));
  }
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

function isInstanceOfPlainValues(value: unknown, prototype: object): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === prototype &&
    Object.values(value).every((field) => field === undefined || field === null || typeof field !== 'object')
  );
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
