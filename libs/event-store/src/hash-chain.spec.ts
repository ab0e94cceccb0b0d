import fc from 'fast-check';
import { createSecretKey, randomBytes } from 'node:crypto';
import { inspectChain, verifyChain } from './chain-verification';
import { ChainKey, chainEvents, chainHash, GENESIS_HASH, stableJson } from './hash-chain';
import { NewEvent, RecordedEvent } from './event-store';

function chained(count: number): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  let previous = GENESIS_HASH;
  for (let revision = 0; revision < count; revision += 1) {
    const base = {
      streamId: 'policy-1',
      revision,
      id: `e${revision}`,
      type: 'PolicyReviewed',
      data: { reviewedOn: `2026-0${revision + 1}-01`, notes: 'ok' },
      metadata: { actorId: 'p1', occurredAt: '2026-01-01T00:00:00Z' } as Record<string, unknown>,
    };
    const hash = chainHash(previous, base);
    events.push({ ...base, metadata: { ...base.metadata, hash }, position: BigInt(revision + 10), recordedAt: '' });
    previous = hash;
  }
  return events;
}

describe('hash chain, version 1 (plain SHA-256, logs written before keys)', () => {
  it('accepts an intact stream, whatever the key order of its stored JSON', () => {
    const events = chained(3);
    events[1] = { ...events[1], data: { notes: 'ok', reviewedOn: events[1].data.reviewedOn } };
    expect(verifyChain(events)).toBeUndefined();
  });

  it('names an altered event', () => {
    const events = chained(3);
    events[1] = { ...events[1], data: { ...events[1].data, reviewedOn: '2026-12-31' } };
    expect(verifyChain(events)).toMatchObject({ revision: 1, eventId: 'e1', reason: 'altered' });
  });

  it('names the event after a removed one', () => {
    const events = chained(3);
    expect(verifyChain([events[0], events[2]])).toMatchObject({ eventId: 'e2', reason: 'missing-before' });
  });

  it('names an event without a hash', () => {
    const events = chained(2);
    events[1] = { ...events[1], metadata: { actorId: 'p1' } };
    expect(verifyChain(events)).toMatchObject({ eventId: 'e1', reason: 'unchained' });
  });

  it('hashes exactly as stored chains were hashed (a pinned vector)', () => {
    const event = {
      streamId: 'schoolpolicy-s1.p1',
      revision: 3,
      id: 'e-1',
      type: 'EIACompleted',
      data: { b: [1, 'x', { z: null, a: true }], a: 'é\u2028"q"', n: -0.5 },
      metadata: { hash: 'ignored', trustId: 't1', occurredAt: '2026-11-24T10:00:00.000Z' },
    };
    expect(chainHash('abc', event)).toBe('1cadd2375d5f92efeccdb4bb9b2ba7d5cf71622f54253d4ac81c899657eb4fba');
  });

  it('writes any JSON value as the first, map-and-join version did', () => {
    // The format as first written: stored hashes depend on it, so a faster version must match it.
    const reference = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
      if (value !== null && typeof value === 'object') {
        return `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${reference((value as Record<string, unknown>)[key])}`)
          .join(',')}}`;
      }
      return JSON.stringify(value ?? null);
    };
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.constantFrom(undefined, null, 1)), (value, holes) => {
        expect(stableJson(value)).toBe(reference(value));
        expect(stableJson({ value, holes })).toBe(reference({ value, holes }));
      }),
      { numRuns: 500 },
    );
  });
});

const key: ChainKey = { id: 'k1', secret: createSecretKey(randomBytes(32)) };
const RECORDED_AT = '2026-11-24T10:00:00.123Z';

/** A stream written as CommandExecutor writes it with a key, then read back as the store records it. */
function keyedStream(count: number, chainKey: ChainKey | null = key, streamId = 'schoolpolicy-s1.p1'): RecordedEvent[] {
  const fresh: NewEvent[] = Array.from({ length: count }, (_, revision) => ({
    id: `e${revision}`,
    type: 'PolicyReviewed',
    data: { reviewedOn: `2026-0${revision + 1}-01` },
    metadata: { actorId: 'p1', occurredAt: '2026-11-24T10:00:00.000Z' },
  }));
  return recorded(chainEvents(fresh, { streamId, revision: -1, previousHash: GENESIS_HASH }, chainKey ?? undefined, RECORDED_AT), streamId);
}

function recorded(events: NewEvent[], streamId: string, from = 0): RecordedEvent[] {
  return events.map((event, index) => ({
    ...event,
    streamId,
    revision: from + index,
    position: BigInt(from + index + 1),
    // A JSON round trip, as the store does: the hash must not depend on object identity or key order.
    metadata: JSON.parse(JSON.stringify(event.metadata)) as RecordedEvent['metadata'],
    recordedAt: typeof event.metadata.recordedAt === 'string' ? event.metadata.recordedAt : RECORDED_AT,
  }));
}

/** What someone holding only the database can do: change an event and recompute a SHA-256 chain after it. */
function recomputeWithoutKey(events: RecordedEvent[], from: number, keepVersion: boolean): RecordedEvent[] {
  const out = events.slice(0, from);
  let previous = from === 0 ? GENESIS_HASH : String(events[from - 1].metadata.hash);
  for (const event of events.slice(from)) {
    const { hash: _old, ...rest } = event.metadata;
    const metadata = keepVersion ? rest : (({ chain: _c, chainKey: _k, ...plain }) => plain)(rest);
    const hash = chainHash(previous, { ...event, metadata });
    out.push({ ...event, metadata: { ...metadata, hash } });
    previous = hash;
  }
  return out;
}

describe('hash chain, version 2 (HMAC-SHA-256 with a key kept outside DATA_DIR)', () => {
  const options = { keys: [key], checkRecordedAt: true };

  it('verifies a keyed stream and reports version 2', () => {
    const events = keyedStream(3);
    expect(events.every((event) => event.metadata.chain === 2 && event.metadata.chainKey === 'k1')).toBe(true);
    expect(inspectChain(events, options)).toEqual({ versions: new Set([2]) });
  });

  it('verifies a version 1 log continued with version 2 events', () => {
    const old = keyedStream(2, null, 's');
    const continued = chainEvents(
      [{ id: 'e2', type: 'PolicyReviewed', data: {}, metadata: {} }],
      { streamId: 's', revision: 1, previousHash: String(old[1].metadata.hash) },
      key,
      RECORDED_AT,
    );
    const events = [...old, ...recorded(continued, 's', 2)];
    expect(inspectChain(events, options)).toEqual({ versions: new Set([1, 2]) });
  });

  it('names an event changed with the chain recomputed after it without the key', () => {
    const events = keyedStream(4);
    events[1] = { ...events[1], data: { reviewedOn: '2026-12-31' } };
    const forged = recomputeWithoutKey(events, 1, true);
    expect(verifyChain(forged, options)).toMatchObject({ eventId: 'e1', reason: 'altered' });
  });

  it('names the first event rewritten as version 1 after keyed ones', () => {
    const events = keyedStream(4);
    events[2] = { ...events[2], data: { reviewedOn: '2026-12-31' } };
    expect(verifyChain(recomputeWithoutKey(events, 2, false), options)).toMatchObject({ eventId: 'e2', reason: 'downgraded' });
  });

  it('names a chain made with another key', () => {
    const other: ChainKey = { id: 'k1', secret: createSecretKey(randomBytes(32)) };
    expect(verifyChain(keyedStream(2, other), options)).toMatchObject({ eventId: 'e0', reason: 'altered' });
    expect(verifyChain(keyedStream(2), { keys: [] })).toMatchObject({ eventId: 'e0', reason: 'unknown-key' });
  });

  it('names a recording time changed in the store, and one changed inside the hash', () => {
    const events = keyedStream(3);
    const moved = events.map((event, index) => (index === 1 ? { ...event, recordedAt: '2026-11-25T10:00:00.000Z' } : event));
    expect(verifyChain(moved, options)).toMatchObject({ eventId: 'e1', reason: 'recorded-at-changed' });
    const both = events.map((event, index) =>
      index === 1 ? { ...event, recordedAt: '2026-11-25T10:00:00.000Z', metadata: { ...event.metadata, recordedAt: '2026-11-25T10:00:00.000Z' } } : event,
    );
    expect(verifyChain(both, options)).toMatchObject({ eventId: 'e1', reason: 'altered' });
  });
});
