import fc from 'fast-check';
import { chainHash, GENESIS_HASH, stableJson, verifyChain } from './hash-chain';
import { RecordedEvent } from './event-store';

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

describe('hash chain', () => {
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
