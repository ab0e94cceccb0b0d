import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency-store';

describe('IdempotencyStore', () => {
  let dir: string;
  let store: IdempotencyStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-idem-'));
    store = new IdempotencyStore(dir);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('claims a new key, then replays the stored answer for the same request', () => {
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toEqual({ kind: 'new' });
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toEqual({ kind: 'in-progress' });
    store.complete('actor:a', 'k1', { status: 201, body: { id: 'x', position: '7' } });
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toEqual({
      kind: 'replay',
      response: { status: 201, body: { id: 'x', position: '7' } },
    });
  });

  it('refuses the same key for a different request, and keeps keys apart per person', () => {
    store.reserve('actor:a', 'k1', 'hash-1');
    expect(store.reserve('actor:a', 'k1', 'hash-2')).toEqual({ kind: 'different-request' });
    expect(store.reserve('actor:b', 'k1', 'hash-2')).toEqual({ kind: 'new' });
  });

  it('forgets a released reservation so the request can be retried', () => {
    store.reserve('actor:a', 'k1', 'hash-1');
    store.release('actor:a', 'k1');
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toEqual({ kind: 'new' });
  });

  it('remembers answers across a restart', () => {
    store.reserve('actor:a', 'k1', 'hash-1');
    store.complete('actor:a', 'k1', { status: 422, body: { status: 422 } });
    store.close();
    store = new IdempotencyStore(dir);
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toMatchObject({ kind: 'replay', response: { status: 422 } });
  });
});

describe('canonicalJson', () => {
  it('ignores key order but not values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});
