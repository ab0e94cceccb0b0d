import { getMetadataStorage, IS_OPTIONAL, ValidationError } from 'class-validator';

/**
 * The API's one rule for JSON null: it is never a value. class-validator's @IsOptional lets
 * null through as if the field were absent, and code after it then read null where it
 * expected text or a list (a 500). So every field of a validated DTO, at any depth of nested
 * DTOs, that holds null is refused here, once for all DTOs: an optional one with "must not be
 * null" (leave it out instead), a required one as "is required". A field that already broke
 * a rule keeps that rule's message. Plain objects the domain reads itself (EIA impacts,
 * incident counts) are not DTOs and are left to the domain.
 */
export function withNullsRefused(dto: object, errors: ValidationError[]): ValidationError[] {
  const result = [...errors];
  for (const [property, value] of Object.entries(dto)) {
    const index = result.findIndex((error) => error.property === property);
    const existing = index === -1 ? undefined : result[index];
    if (existing?.constraints && Object.keys(existing.constraints).length > 0) continue;
    const error = value === null ? nullError(dto, property) : nestedError(dto, property, value, existing);
    if (!error) continue;
    if (index === -1) result.push(error);
    else result[index] = error;
  }
  return result;
}

function nullError(dto: object, property: string): ValidationError {
  const message = isOptional(dto, property)
    ? `${property} must not be null; leave it out when it has no value`
    : `${property} is required`;
  return errorFor(dto, property, null, { isNotNull: message });
}

/** Nulls inside a nested DTO, or inside a list of them, become children of the field's error. */
function nestedError(dto: object, property: string, value: unknown, existing: ValidationError | undefined): ValidationError | undefined {
  const before = existing?.children ?? [];
  let children: ValidationError[];
  if (Array.isArray(value)) {
    children = [...before];
    value.forEach((item, position) => {
      if (!isDto(item)) return;
      const key = String(position);
      const at = children.findIndex((child) => child.property === key);
      const innerBefore = at === -1 ? [] : (children[at].children ?? []);
      const inner = withNullsRefused(item, innerBefore);
      if (same(inner, innerBefore)) return;
      const child = errorFor(value, key, item, undefined, inner);
      if (at === -1) children.push(child);
      else children[at] = child;
    });
  } else if (isDto(value)) {
    children = withNullsRefused(value, before);
  } else {
    return undefined;
  }
  if (same(children, before)) return undefined;
  return errorFor(dto, property, value, existing?.constraints, children);
}

function same(a: ValidationError[], b: ValidationError[]): boolean {
  return a.length === b.length && a.every((error, i) => error === b[i]);
}

/** An instance of a DTO class (class-transformer made it), not a plain object or a list. */
function isDto(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype !== null && prototype !== Object.prototype;
}

function isOptional(dto: object, property: string): boolean {
  return getMetadataStorage()
    .getTargetValidationMetadatas(dto.constructor, '', true, false)
    .some((metadata) => metadata.propertyName === property && metadata.name === IS_OPTIONAL);
}

function errorFor(
  target: object,
  property: string,
  value: unknown,
  constraints: Record<string, string> | undefined,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { target, property, value, children, ...(constraints ? { constraints } : {}) });
}
