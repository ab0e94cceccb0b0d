import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent, SqliteEventStore, verifyChain } from '@governance/event-store';
import { bearer } from './fixtures';
import { readModelsAndRebuild } from './read-models-vs-rebuild';
import { ServerProcess, startServerProcess } from './server-process';

/*
 * The set-up the crash suites share: real server processes, one at a time, on a temporary
 * DATA_DIR that they kill (SIGKILL from outside, or CRASH_AT from inside) and restart; then the
 * checks of what survived. Call crashSuite() inside a describe: it cleans up after the suite.
 *
 *   const suite = crashSuite('governance-crash-');
 *   await suite.start();
 *   const answers = await suite.burstUntilKilled({ token, clients: 8, killAfter: 25, write });
 *   await suite.start();
 */

/** One write of a burst: a JSON POST to `path` on the server. */
export interface BurstWrite {
  path: string;
  body: object;
}

export interface Burst {
  /** The bearer token every write is sent with. */
  token: string;
  /** How many clients write at once, each waiting for its answer before its next write. */
  clients: number;
  /** The server is SIGKILLed as soon as this many writes have been answered 201. */
  killAfter: number;
  /** The n-th write of a client (n counts from 0). */
  write(client: number, n: number): BurstWrite;
}

export interface BurstAnswers {
  /** The bodies of the writes answered 201, in the order the answers came. */
  acknowledged: { id: string; position: string }[];
  /** "<status> <detail>" of every other answer that came before the kill. */
  otherAnswers: string[];
}

export interface CrashSuite {
  readonly dataDir: string;
  /** The server started last (it may have been killed since). */
  readonly server: ServerProcess;
  /** Starts a server on the data directory; the one before must have stopped. */
  start(env?: Record<string, string>): Promise<ServerProcess>;
  /** Sends the burst until `killAfter` writes are acknowledged, SIGKILLs the server and waits for it to die. */
  burstUntilKilled(burst: Burst): Promise<BurstAnswers>;
  /**
   * Stops the server, starts one that SIGKILLs itself at `point` of the request with Idempotency-Key
   * `key` (CRASH_AT), checks that `send` lost its connection and the server died by the signal,
   * then starts a normal server in its place.
   */
  sendThroughCrash(
    point: string,
    key: string,
    send: (server: ServerProcess) => PromiseLike<unknown>,
  ): Promise<void>;
  /** Waits (polling /api/health up to `polls` times, 50 ms apart) until every projection has caught up. */
  projectionsCaughtUp(polls: number): Promise<void>;
}

export function crashSuite(dataDirPrefix: string): CrashSuite {
  const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
  let current: ServerProcess | undefined;
  afterAll(async () => {
    await current?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  const suite: CrashSuite = {
    dataDir,
    get server() {
      if (current === undefined) throw new Error('No server has been started yet');
      return current;
    },
    async start(env = {}) {
      current = await startServerProcess(dataDir, env);
      return current;
    },
    async burstUntilKilled(burst) {
      const server = suite.server;
      const answers: BurstAnswers = { acknowledged: [], otherAnswers: [] };
      let killed = false;
      const client = async (index: number) => {
        for (let n = 0; !killed; n += 1) {
          const { path, body } = burst.write(index, n);
          try {
            const response = await fetch(server.url + path, {
              method: 'POST',
              headers: { ...bearer(burst.token), 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            });
            const answer = (await response.json()) as {
              id: string;
              position: string;
              detail?: string;
            };
            if (response.status !== 201) {
              if (!killed) answers.otherAnswers.push(`${response.status} ${answer.detail}`);
              continue;
            }
            answers.acknowledged.push({ id: answer.id, position: answer.position });
            if (answers.acknowledged.length >= burst.killAfter && !killed) {
              killed = true;
              await server.kill('SIGKILL');
            }
          } catch {
            return; // the connection died with the server
          }
        }
      };
      await Promise.all(Array.from({ length: burst.clients }, (_, index) => client(index)));
      await server.exited;
      return answers;
    },
    async sendThroughCrash(point, key, send) {
      await suite.server.kill('SIGTERM'); // one server at a time: the crashing one takes its place
      const crashing = await suite.start({ CRASH_AT: `${point}:${key}` });
      await expect(Promise.resolve(send(crashing))).rejects.toThrow();
      expect(await crashing.exited).toBeNull(); // killed by a signal, not exited
      await suite.start();
    },
    async projectionsCaughtUp(polls) {
      for (let i = 0; i < polls; i += 1) {
        const health = (await suite.server.app.http.get('/api/health')).body as {
          projections: { lag: string }[];
        };
        if (health.projections.every((p) => p.lag === '0')) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  return suite;
}

/**
 * The log of a stopped server's DATA_DIR, after checking it: no event twice, every stream's
 * revisions 0, 1, 2... with its hash chain intact, and read models equal to a rebuild from it.
 */
export async function expectIntactLog(dataDir: string): Promise<RecordedEvent[]> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  let events: RecordedEvent[];
  try {
    events = await store.readAll();
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const streamId of new Set(events.map((e) => e.streamId))) {
      const stream = await store.readStream(streamId);
      expect(stream.map((e) => e.revision)).toEqual(stream.map((_, index) => index));
      expect(verifyChain(stream)).toBeUndefined();
    }
  } finally {
    await store.close();
  }
  const { live, rebuilt } = await readModelsAndRebuild(dataDir);
  expect(live).toBe(rebuilt);
  return events;
}

/** The rows of events.db with this type, in log order, read straight from the file. */
export function eventsOfType(
  dataDir: string,
  type: string,
): { id: string; stream_id: string; position: number; data: string }[] {
  const db = new Database(join(dataDir, 'events.db'), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT event_id AS id, stream_id, position, data FROM events WHERE type = ? ORDER BY position',
      )
      .all(type) as never;
  } finally {
    db.close();
  }
}
