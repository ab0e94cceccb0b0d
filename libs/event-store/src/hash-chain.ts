import { createHash, createHmac, KeyObject } from 'node:crypto';
import { JsonObject, NewEvent } from './event-store';

/**
 * Tamper evidence: each event's metadata carries `hash`, chained to the previous event's hash in
 * the same stream, so altering, removing or reordering a stored event breaks the chain from there.
 *
 * Version 1 (no `metadata.chain`): a plain SHA-256, which anyone can recompute after an edit.
 * Version 2 (`metadata.chain: 2`): an HMAC-SHA-256 with a key kept outside DATA_DIR, named by
 * `metadata.chainKey`, over metadata that includes `recordedAt`, the time the store records.
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

/** The HMAC key of version 2 chains and the id stored beside each hash made with it. */
export interface ChainKey {
  id: string;
  secret: KeyObject;
}

/** Version 1: plain SHA-256. Kept so logs written before version 2 still verify. */
export function chainHash(previousHash: string, event: ChainedFields): string {
  return createHash('sha256').update(previousHash).update('\n').update(chainedText(event)).digest('hex');
}

/** Version 2: the same text as version 1, under HMAC-SHA-256, so it cannot be recomputed without the key. */
export function chainHmac(key: KeyObject, previousHash: string, event: ChainedFields): string {
  return createHmac('sha256', key).update(previousHash).update('\n').update(chainedText(event)).digest('hex');
}

function chainedText(event: ChainedFields): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  return stableJson({ streamId: event.streamId, revision: event.revision, id: event.id, type: event.type, data: event.data, metadata });
}

export interface ChainPosition {
  streamId: string;
  /** Revision of the stream's last event, -1 for a new stream. */
  revision: number;
  previousHash: string;
}

/**
 * Adds each event's hash, chained to the stream's previous event: version 2 with `recordedAt`
 * (which the store records as the event's time) when a key is given, version 1 without one.
 */
export function chainEvents(events: readonly NewEvent[], at: ChainPosition, key?: ChainKey, recordedAt?: string): NewEvent[] {
  let previous = at.previousHash;
  let revision = at.revision;
  return events.map((event) => {
    revision += 1;
    const metadata: JsonObject = key
      ? { ...event.metadata, chain: 2, chainKey: key.id, recordedAt: recordedAt ?? new Date().toISOString() }
      : event.metadata;
    const fields = { ...event, metadata, streamId: at.streamId, revision };
    const hash = key ? chainHmac(key.secret, previous, fields) : chainHash(previous, fields);
    previous = hash;
    return { ...event, metadata: { ...metadata, hash } };
  });
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
