/**
 * A domain rule refused a command (HTTP 422). `code` is stable and machine-readable;
 * `message` is written for the school staff who will read it.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Input that is malformed rather than refused by a rule (HTTP 400), e.g. 2026-02-30. */
export class InvalidValueError extends Error {
  override readonly name = 'InvalidValueError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The command names something that does not exist (HTTP 404). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} was not found`);
  }
}
