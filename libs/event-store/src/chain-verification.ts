import { RecordedEvent } from './event-store';
import { ChainKey, chainHash, chainHmac, GENESIS_HASH } from './hash-chain';

export type ChainBreakReason =
  /** The stored hash does not match the event: it was changed after it was written. */
  | 'altered'
  /** The revisions skip: an event before this one was removed. */
  | 'missing-before'
  /** The event has no hash at all. */
  | 'unchained'
  /** A version 1 (unkeyed) hash after version 2 ones: the stream was rewritten without the key. */
  | 'downgraded'
  /** A version 2 hash made with a key this server does not hold (or an unknown chain version). */
  | 'unknown-key'
  /** The store's recording time differs from the one inside the hash. */
  | 'recorded-at-changed';

export interface ChainBreak {
  streamId: string;
  revision: number;
  position: string;
  eventId: string;
  type: string;
  reason: ChainBreakReason;
}

export interface ChainVerificationOptions {
  /** The keys version 2 hashes may have been made with, by id. */
  keys?: readonly ChainKey[];
  /** Check that each version 2 event's recorded time is the one it was hashed with. */
  checkRecordedAt?: boolean;
}

export interface ChainInspection {
  /** The first event that does not fit, if any. */
  broken?: ChainBreak;
  /** The chain versions met before the break (1: SHA-256, 2: HMAC-SHA-256). */
  versions: Set<number>;
}

/** Checks one stream's events (read forwards, complete) and names the first that does not fit. */
export function verifyChain(events: readonly RecordedEvent[], options: ChainVerificationOptions = {}): ChainBreak | undefined {
  return inspectChain(events, options).broken;
}

export function inspectChain(events: readonly RecordedEvent[], options: ChainVerificationOptions = {}): ChainInspection {
  const keys = new Map((options.keys ?? []).map((key) => [key.id, key.secret]));
  const versions = new Set<number>();
  let previous = GENESIS_HASH;
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index];
    const describe = (reason: ChainBreakReason): ChainInspection => ({
      versions,
      broken: {
        streamId: event.streamId,
        revision: event.revision,
        position: String(event.position),
        eventId: event.id,
        type: event.type,
        reason,
      },
    });
    if (event.revision !== index) return describe('missing-before');
    const stored = event.metadata.hash;
    if (typeof stored !== 'string') return describe('unchained');
    const version = event.metadata.chain ?? 1;
    if (version === 1) {
      if (versions.has(2)) return describe('downgraded');
      if (stored !== chainHash(previous, event)) return describe('altered');
    } else if (version === 2) {
      const key = keys.get(String(event.metadata.chainKey));
      if (!key) return describe('unknown-key');
      if (stored !== chainHmac(key, previous, event)) return describe('altered');
      if (options.checkRecordedAt && event.metadata.recordedAt !== event.recordedAt) return describe('recorded-at-changed');
    } else {
      return describe('unknown-key');
    }
    versions.add(version);
    previous = stored;
  }
  return { versions };
}
