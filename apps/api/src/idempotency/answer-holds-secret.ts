import { SetMetadata } from '@nestjs/common';

export const ANSWER_HOLDS_SECRET = 'governance:answer-holds-secret';

export interface SecretAnswer {
  /** What the caller can do instead of getting the answer again, for the replay's message. */
  advice: string;
}

/**
 * Marks a route whose answer carries a secret (a TOTP secret, an access or feed token): an
 * Idempotency-Key never stores that answer, and a replay says it is not kept. A test fails for
 * any route whose answer type has a secret-looking field without this mark.
 */
export const AnswerHoldsSecret = (advice: string) =>
  SetMetadata(ANSWER_HOLDS_SECRET, { advice } satisfies SecretAnswer);

/** Names of answer fields that hold secrets: `secret`, `accessToken`, `token`, `otpauthUri`, `password`. */
export const SECRET_FIELD_NAME = /secret|token|otpauth|password/i;

/** The secret-looking fields (with text values) of an answer, as paths: a last guard for unmarked routes. */
export function secretLookingFields(value: unknown, path = '', depth = 0): string[] {
  if (value === null || typeof value !== 'object' || depth > 8) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([name, field]) => {
    const fieldPath = path ? `${path}.${name}` : name;
    if (typeof field === 'string' && SECRET_FIELD_NAME.test(name)) return [fieldPath];
    return secretLookingFields(field, fieldPath, depth + 1);
  });
}
