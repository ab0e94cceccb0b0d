import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  type AppendExpectedRevision,
  type CurrentRevision,
  type Position as EsdbPosition,
  type RecordedEvent as EsdbRecordedEvent,
  type ResolvedEvent as EsdbResolvedEvent,
} from '@eventstore/db-client';
import { ExpectedRevision, JsonObject, Position, RecordedEvent } from './event-store';
import { isKeyStream } from './reserved-streams';

/*
 * Pure translations between the EventStore port and @eventstore/db-client's types, kept apart
 * from the adapter so they are testable without a server (and easy to port to the Kurrent client).
 */

/** The server's "no position known" marker: -1 as an unsigned 64-bit integer. */
const UNKNOWN_POSITION = 2n ** 64n - 1n;

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no-stream':
      return NO_STREAM;
    case 'stream-exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** The actual revision a WrongExpectedVersionError reports, in the port's terms. */
export function fromEsdbCurrentRevision(current: CurrentRevision): number | 'no-stream' {
  return current === NO_STREAM ? 'no-stream' : Number(current);
}

/**
 * Our positions are commit positions. Since EventStoreDB 20 every event's commit and prepare
 * positions are equal, so a single bigint checkpoint is enough to resume $all exactly.
 */
export function toEsdbPosition(position: Position): EsdbPosition {
  return { commit: position, prepare: position };
}

/** The commit position, or undefined when the server did not report one (old servers, idempotent appends). */
export function knownCommitPosition(position: EsdbPosition | undefined): Position | undefined {
  if (position === undefined || position.commit < 0n || position.commit >= UNKNOWN_POSITION)
    return undefined;
  return position.commit;
}

/** EventStoreDB's own bookkeeping ($stats, $settings, $scavenges, link events...), never ours. */
export function isSystemEvent(event: { type: string; streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** Streams of the adapter's event-id claims: `eventid-<event id>`. */
export const EVENT_ID_STREAM_PREFIX = 'eventid-';
export const EVENT_ID_CLAIM_TYPE = 'EventIdClaimed';

export function eventIdStream(eventId: string): string {
  return `${EVENT_ID_STREAM_PREFIX}${eventId}`;
}

export function isEventIdStream(streamId: string): boolean {
  return streamId.startsWith(EVENT_ID_STREAM_PREFIX);
}

/** The stream an event-id claim reserved its id for, or undefined when it is not a claim. */
export function claimedFor(claim: RecordedEvent | undefined): string | undefined {
  if (claim?.type !== EVENT_ID_CLAIM_TYPE) return undefined;
  return typeof claim.data.streamId === 'string' ? claim.data.streamId : undefined;
}

/** Recorded on a claim when an append of its id is tried again at another place in the stream. */
export const EVENT_ID_ATTEMPT_TYPE = 'EventIdAppendAttempted';

/**
 * Where an append may have put one event: exactly at a revision (the writer expected a
 * revision or no stream), or somewhere from a revision on (any, stream-exists).
 */
export type Landing = { at: number } | { from: number };

/**
 * The landing of the event at `index` of an append. `lastRevision` (-1: no stream) is needed
 * only when the expected revision does not fix the place; it is the stream's last revision
 * read before the append.
 */
export function landingOf(expected: ExpectedRevision, index: number, lastRevision?: number): Landing {
  if (typeof expected === 'number') return { at: expected + 1 + index };
  if (expected === 'no-stream') return { at: index };
  return { from: (lastRevision ?? -1) + 1 };
}

function landingIn(data: JsonObject): Landing | undefined {
  if (typeof data.at === 'number') return { at: data.at };
  if (typeof data.from === 'number') return { from: data.from };
  return undefined;
}

/**
 * Every place the appends that claimed or re-tried an id may have put it, from the events of
 * its claim stream. A claim written before landings were recorded may be anywhere in its stream.
 */
export function landingsOf(claimEvents: readonly RecordedEvent[]): Landing[] {
  const landings: Landing[] = [];
  for (const event of claimEvents) {
    if (event.type !== EVENT_ID_CLAIM_TYPE && event.type !== EVENT_ID_ATTEMPT_TYPE) continue;
    const landing = landingIn(event.data) ?? { from: 0 };
    const seen = landings.some((known) => JSON.stringify(known) === JSON.stringify(landing));
    if (!seen) landings.push(landing);
  }
  return landings;
}

/** Events no reader of the whole log sees: the server's bookkeeping, the adapter's event-id claims, keys. */
export function isHiddenEvent(event: { type: string; streamId: string }): boolean {
  return isSystemEvent(event) || isEventIdStream(event.streamId) || isKeyStream(event.streamId);
}

/**
 * Payloads as plain JSON objects. Our adapter only writes JSON objects; an event from another
 * writer whose payload is not one (binary, array, missing metadata) reads as an empty object.
 */
export function toJsonObject(value: unknown): JsonObject {
  if (value instanceof Uint8Array) {
    try {
      return toJsonObject(JSON.parse(Buffer.from(value).toString('utf8')));
    } catch {
      return {};
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as JsonObject;
  return {};
}

/** The position of a resolved event: on the record itself (servers from 22.6) or on the envelope ($all reads). */
export function positionOf(resolved: EsdbResolvedEvent): Position | undefined {
  return (
    knownCommitPosition(resolved.event?.position) ??
    knownCommitPosition(
      resolved.commitPosition === undefined ? undefined : toEsdbPosition(resolved.commitPosition),
    )
  );
}

export function fromEsdbRecordedEvent(event: EsdbRecordedEvent, position: Position): RecordedEvent {
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position,
    type: event.type,
    data: toJsonObject(event.data),
    metadata: toJsonObject(event.metadata),
    recordedAt: event.created.toISOString(),
  };
}

/**
 * A resolved event in the port's terms; throws when the server gives no position, since a
 * RecordedEvent without one would corrupt every checkpoint built on it.
 */
export function fromEsdbResolvedEvent(resolved: EsdbResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (event === undefined) return undefined; // a link whose target was deleted
  const position = positionOf(resolved);
  if (position === undefined) {
    throw new Error(
      `EventStoreDB reported no position for event ${event.id} in ${event.streamId}: a server from 22.6 is required`,
    );
  }
  return fromEsdbRecordedEvent(event, position);
}

/** A read of a stream that never existed, or was deleted (a tombstoned key stream), reads as empty. */
export function readsAsEmpty(error: unknown): boolean {
  return error instanceof StreamNotFoundError || error instanceof StreamDeletedError;
}
