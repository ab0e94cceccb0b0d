import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency-store';
import { LEASE_MS, ProcessOwner } from './process-owner';

/** The pid of a process that has just ended: what a SIGKILLed server leaves behind. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid as number;
}

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
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toMatchObject({ kind: 'new', rerun: false });
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
    expect(store.reserve('actor:b', 'k1', 'hash-2')).toMatchObject({ kind: 'new' });
  });

  it('gives a released reservation to the retry, with the same seed so it makes the same ids', () => {
    const first = store.reserve('actor:a', 'k1', 'hash-1');
    store.release('actor:a', 'k1');
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toEqual({
      kind: 'new',
      seed: (first as { seed: string }).seed,
      rerun: true,
    });
  });

  describe('a pending key whose process is gone', () => {
    const other = (pid: number, host = hostname()): ProcessOwner => ({
      id: `${host}/${pid}/other-boot`,
      host,
      pid,
    });

    it('is taken over at once when its process has died', () => {
      const dead = new IdempotencyStore(dir, { owner: other(deadPid()) });
      const first = dead.reserve('actor:a', 'k1', 'hash-1');
      expect(store.reserve('actor:a', 'k1', 'hash-1')).toEqual({
        kind: 'new',
        seed: (first as { seed: string }).seed,
        rerun: true,
      });
      // Now ours: a second retry meanwhile is told it is in progress.
      expect(store.reserve('actor:a', 'k1', 'hash-1')).toEqual({ kind: 'in-progress' });
      dead.close();
    });

    it('stays in progress while its process lives, and is taken over after its heartbeat stops', () => {
      let now = Date.now();
      const live = new IdempotencyStore(dir, { owner: other(process.ppid), now: () => now });
      live.reserve('actor:a', 'k1', 'hash-1');
      const judge = new IdempotencyStore(dir, { now: () => now });
      expect(judge.reserve('actor:a', 'k1', 'hash-1')).toEqual({ kind: 'in-progress' });
      now += LEASE_MS + 1; // the heartbeat is older than the lease: a hung or vanished process
      expect(judge.reserve('actor:a', 'k1', 'hash-1')).toMatchObject({ kind: 'new', rerun: true });
      live.close();
      judge.close();
    });

    it('on another host counts as alive until its lease ends', () => {
      let now = Date.now();
      const remote = new IdempotencyStore(dir, {
        owner: other(deadPid(), 'another-host'),
        now: () => now,
      });
      remote.reserve('actor:a', 'k1', 'hash-1');
      const judge = new IdempotencyStore(dir, { now: () => now });
      expect(judge.reserve('actor:a', 'k1', 'hash-1')).toEqual({ kind: 'in-progress' });
      now += LEASE_MS + 1;
      expect(judge.reserve('actor:a', 'k1', 'hash-1')).toMatchObject({ kind: 'new', rerun: true });
      remote.close();
      judge.close();
    });

    it('is given back when its process shuts down cleanly', () => {
      const stopping = new IdempotencyStore(dir, { owner: other(process.ppid) });
      stopping.reserve('actor:a', 'k1', 'hash-1');
      stopping.close();
      expect(store.reserve('actor:a', 'k1', 'hash-1')).toMatchObject({ kind: 'new', rerun: true });
    });
  });

  it('remembers answers across a restart', () => {
    store.reserve('actor:a', 'k1', 'hash-1');
    store.complete('actor:a', 'k1', { status: 422, body: { status: 422 } });
    store.close();
    store = new IdempotencyStore(dir);
    expect(store.reserve('actor:a', 'k1', 'hash-1')).toMatchObject({
      kind: 'replay',
      response: { status: 422 },
    });
  });
});

describe('canonicalJson', () => {
  it('ignores key order but not values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});
