import { InvalidValueError } from '../shared/domain-error';

export interface TextLimits {
  /** Longest accepted length, in characters, after trimming. */
  max?: number;
}

const DEFAULT_MAX = 10_000;

/** A required piece of text: trimmed, not empty, not longer than `max`. */
export function requireText(value: unknown, field: string, limits: TextLimits = {}): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidValueError(field, `${field} is required and must be some text.`);
  }
  return checkLength(value.trim(), field, limits);
}

/** Optional text: absent, null or blank becomes `null` (event data stays plain JSON). */
export function optionalText(
  value: unknown,
  field: string,
  limits: TextLimits = {},
): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidValueError(field, `${field} must be some text.`);
  const trimmed = value.trim();
  return trimmed === '' ? null : checkLength(trimmed, field, limits);
}

/**
 * An optional list of texts (policy ids, legislation, actions): absent becomes `[]`; each
 * entry is trimmed and must not be blank; repeated entries are kept once, in first order.
 */
export function textList(value: unknown, field: string, limits: TextLimits = {}): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw new InvalidValueError(field, `${field} must be a list of texts.`);
  const items = value.map((item, index) => requireText(item, `${field}[${index}]`, limits));
  return [...new Set(items)];
}

function checkLength(text: string, field: string, { max = DEFAULT_MAX }: TextLimits): string {
  if (text.length > max) {
    throw new InvalidValueError(field, `${field} must be at most ${max} characters long.`);
  }
  return text;
}
