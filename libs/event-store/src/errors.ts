import { ExpectedRevision } from './event-store';

/** The stream was not at the revision the writer expected: someone else wrote first. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, or 'no-stream'. */
    readonly actual: number | 'no-stream',
  ) {
    super(`Stream ${streamId} expected at ${String(expected)} but is at ${String(actual)}`);
  }
}

/** An event id was reused for a different event: a bug in the caller, never a retry. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly eventId: string, message = `Event id ${eventId} was already appended elsewhere`) {
    super(message);
  }
}

export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionError {
  return error instanceof WrongExpectedVersionError;
}

/** The event store did not answer at start-up: the operator must fix the address or start the server. */
export class EventStoreUnreachableError extends Error {
  override readonly name = 'EventStoreUnreachableError';
  constructor(
    /** The connection string with any password masked, safe to print. */
    readonly target: string,
    readonly reason: string,
  ) {
    super(
      `Cannot reach EventStoreDB at ${target}: ${reason}. ` +
        'Check EVENTSTORE_CONNECTION_STRING and that the server is running and reachable from here.',
    );
  }
}

/** A subscription lost its feed (a dropped connection, a server that ended the call): resubscribe from the checkpoint. */
export class SubscriptionDroppedError extends Error {
  override readonly name = 'SubscriptionDroppedError';
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`The subscription to the event log dropped: ${reason}`, options);
  }
}

/** Only key streams may be deleted: the rest of the log is append-only. */
export class StreamNotDeletableError extends Error {
  override readonly name = 'StreamNotDeletableError';
  constructor(readonly streamId: string, prefixes: readonly string[]) {
    super(
      `Stream ${streamId} cannot be deleted: the event log is append-only, ` +
        `and only key streams (named ${prefixes.map((prefix) => `${prefix}…`).join(', ')}) may be deleted`,
    );
  }
}

/** The stream was deleted for good (a key erased): it can never be written again. */
export class StreamDeletedError extends Error {
  override readonly name = 'StreamDeletedError';
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} was deleted for good and cannot be written again`);
  }
}
