import { InvalidValueError } from '../shared/domain-error';

/** One of a fixed set of values, e.g. a policy scope or an approving body. */
export function requireChoice<Choice extends string>(
  value: unknown,
  choices: readonly Choice[],
  field: string,
): Choice {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value))
    return value as Choice;
  throw new InvalidValueError(
    field,
    `${field} must be one of ${choices.map((c) => `"${c}"`).join(', ')}.`,
  );
}

/** Like `requireChoice`, but absent or null becomes `null`. */
export function optionalChoice<Choice extends string>(
  value: unknown,
  choices: readonly Choice[],
  field: string,
): Choice | null {
  return value === undefined || value === null ? null : requireChoice(value, choices, field);
}

/** A yes/no flag; absent takes the default the API documents. */
export function optionalBoolean(value: unknown, field: string, defaultValue: boolean): boolean {
  if (value === undefined || value === null) return defaultValue;
  if (typeof value !== 'boolean')
    throw new InvalidValueError(field, `${field} must be true or false.`);
  return value;
}

/** A required yes/no flag. */
export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean')
    throw new InvalidValueError(field, `${field} is required and must be true or false.`);
  return value;
}
