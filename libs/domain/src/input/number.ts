import { InvalidValueError } from '../shared/domain-error';

/** A whole number of at least `min` (a version number, a count of incidents). */
export function requireInteger(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidValueError(field, `${field} must be a whole number of at least ${min}.`);
  }
  return value;
}
