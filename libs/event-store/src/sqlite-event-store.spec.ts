import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamDeletedError } from './errors';
import { SqliteEventStore } from './sqlite-event-store';
import { describeEventStoreContract, newEvent, uniqueStream } from './testing/event-store-contract';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'governance-es-'));
}

describeEventStoreContract('SQLite', async () => {
  const dir = tempDir();
  const store = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 20 });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteEventStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every event and the head position when the file is reopened', async () => {
    const file = join(dir, 'events.db');
    const first = new SqliteEventStore({ file });
    const stream = uniqueStream();
    await first.appendToStream(stream, [newEvent('A'), newEvent('B')], { expectedRevision: 'no-stream' });
    const head = await first.headPosition();
    await first.close();

    const reopened = new SqliteEventStore({ file });
    expect(await reopened.headPosition()).toBe(head);
    expect((await reopened.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B']);
    const next = await reopened.appendToStream(stream, [newEvent('C')], { expectedRevision: 1 });
    expect(next.position).toBe(head + 1n);
    await reopened.close();
  });

  it('uses WAL with synchronous FULL by default and NORMAL when asked', async () => {
    const full = new SqliteEventStore({ file: join(dir, 'full.db') });
    const normal = new SqliteEventStore({ file: join(dir, 'normal.db'), synchronous: 'NORMAL' });
    expect(full.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(full.database.pragma('synchronous', { simple: true })).toBe(2);
    expect(normal.database.pragma('synchronous', { simple: true })).toBe(1);
    await full.close();
    await normal.close();
  });

  it('answers a retried append with any expected revision as the first one, appending nothing', async () => {
    const store = new SqliteEventStore({ file: join(dir, 'events.db') });
    const stream = uniqueStream();
    const events = [newEvent('A'), newEvent('B')];
    const first = await store.appendToStream(stream, events, { expectedRevision: 'any' });
    await expect(store.appendToStream(stream, events, { expectedRevision: 'any' })).resolves.toEqual(first);
    await expect(store.appendToStream(stream, events, { expectedRevision: 'stream-exists' })).resolves.toEqual(first);
    expect(await store.readStream(stream)).toHaveLength(2);
    await store.close();
  });

  it("leaves no byte of a deleted key stream's events in the file or its WAL, and stays deleted when reopened", async () => {
    const file = join(dir, 'events.db');
    const store = new SqliteEventStore({ file });
    const key = uniqueStream('personkey');
    const secret = randomBytes(32).toString('hex');
    await store.appendToStream(uniqueStream(), [newEvent('Before')], { expectedRevision: 'no-stream' });
    await store.appendToStream(key, [newEvent('PersonKeyIssued', { key: secret })], { expectedRevision: 'no-stream' });
    await store.appendToStream(uniqueStream(), [newEvent('After')], { expectedRevision: 'no-stream' });
    const holdsSecret = () =>
      [file, `${file}-wal`].some((path) => existsSync(path) && readFileSync(path).includes(secret));
    expect(holdsSecret()).toBe(true);

    await store.deleteStream(key);
    expect(holdsSecret()).toBe(false);
    await store.close();

    const reopened = new SqliteEventStore({ file });
    await expect(reopened.appendToStream(key, [newEvent('PersonKeyIssued')], { expectedRevision: 'no-stream' })).rejects.toBeInstanceOf(
      StreamDeletedError,
    );
    expect(holdsSecret()).toBe(false);
    await reopened.close();
  });

  it('sees appends made through another connection to the same file', async () => {
    const file = join(dir, 'events.db');
    const reader = new SqliteEventStore({ file, pollIntervalMs: 10 });
    const writer = new SqliteEventStore({ file });
    const subscription = reader.subscribeToAll();
    const stream = uniqueStream();
    await writer.appendToStream(stream, [newEvent('FromElsewhere')], { expectedRevision: 'no-stream' });
    for await (const event of subscription) {
      expect(event.type).toBe('FromElsewhere');
      break;
    }
    await subscription.close();
    await reader.close();
    await writer.close();
  });
});
