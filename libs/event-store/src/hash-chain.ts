import { createHash } from 'node:crypto';
import { JsonObject, RecordedEvent } from './event-store';

/**
 * Tamper evidence: each event's metadata carries `hash`, a SHA-256 over the event and the
 * previous event's hash in the same stream. Altering, removing or reordering a stored event
 * breaks the chain from that event on.
 */
export interface ChainedFields {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: JsonObject;
  /** The metadata without its own `hash`. */
  metadata: JsonObject;
}

export const GENESIS_HASH = '';

export function chainHash(previousHash: string, event: ChainedFields): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(stableJson({ streamId: event.streamId, revision: event.revision, id: event.id, type: event.type, data: event.data, metadata }))
    .digest('hex');
}

export interface ChainBreak {
  streamId: string;
  revision: number;
  position: string;
  eventId: string;
  type: string;
  reason: 'altered' | 'missing-before' | 'unchained';
}

/** Checks one stream's events (read forwards, complete) and names the first that does not fit. */
export function verifyChain(events: readonly RecordedEvent[]): ChainBreak | undefined {
  let previous = GENESIS_HASH;
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index];
    const describe = (reason: ChainBreak['reason']): ChainBreak => ({
      streamId: event.streamId,
      revision: event.revision,
      position: String(event.position),
      eventId: event.id,
      type: event.type,
      reason,
    });
    if (event.revision !== index) return describe('missing-before');
    const stored = event.metadata.hash;
    if (typeof stored !== 'string') return describe('unchained');
    if (stored !== chainHash(previous, event)) return describe('altered');
    previous = stored;
  }
  return undefined;
}

/**
 * JSON with sorted keys: the hash must not depend on key order after a JSON round trip.
 * `undefined` is written as null, in arrays and objects alike (stored chains depend on it).
 * Loops rather than map/join: every command hashes its events, and this was most of it.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) out += ',';
      out += stableJson(value[index]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (let index = 0; index < keys.length; index += 1) {
    if (index > 0) out += ',';
    out += `${JSON.stringify(keys[index])}:${stableJson(record[keys[index]])}`;
  }
  return `${out}}`;
}
