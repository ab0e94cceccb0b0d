import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent, SqliteEventStore } from '@governance/event-store';
import { ProjectionStateTable } from '@governance/projections';
import { describeOnSqlite } from './support/event-store-under-test';
import { readModelsAndRebuild } from './support/read-models-vs-rebuild';

const EVENTS = 20_000;

interface WorkerRun {
  /** The bulk path's settings (FAR_BEHIND_EVENTS, BULK_TRANSACTION_MS); none: the live path only. */
  env?: Record<string, string>;
  /** Kill only once no projection waits for deferred indexes any more. */
  untilIndexed?: boolean;
}

/** Runs the projection worker until it has passed `killAfter`, then SIGKILLs it; resolves its last reported position. */
function runWorkerAndKill(dataDir: string, killAfter: bigint, run: WorkerRun = {}): Promise<bigint> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'test/support/projection-worker.ts'], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, DATA_DIR: dataDir, ...run.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let last = 0n;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = chunk.trim().split('\n');
      const [position, deferred] = (lines[lines.length - 1] || '0 0').split(' ');
      last = BigInt(position);
      if (last >= killAfter && (!run.untilIndexed || deferred === '0')) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(last));
  });
}

/** The audit trail's rows and its checkpoint were committed together: exactly the events up to it. */
function expectRowsAtCheckpoint(dataDir: string): void {
  const db = new Database(join(dataDir, 'read-models.db'));
  const checkpoint = new ProjectionStateTable(db).get('audit-trail')?.position ?? 0n;
  const rows = (db.prepare('SELECT COUNT(*) AS n, MAX(position) AS last FROM audit_events').get() as { n: number; last: number });
  expect(BigInt(rows.n)).toBe(checkpoint);
  expect(BigInt(rows.last ?? 0)).toBe(checkpoint);
  db.close();
}

/** The read models' indexes (name and definition), in order. */
function indexesOf(dataDir: string): unknown[] {
  const db = new Database(join(dataDir, 'read-models.db'));
  try {
    return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all();
  } finally {
    db.close();
  }
}

describeOnSqlite('projections after a crash (SIGKILL)', 'its worker writes events.db directly', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'governance-crash-'));
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db'), synchronous: 'NORMAL' });
    for (let i = 0; i < EVENTS; i += 100) {
      // Realistic event shapes: every read model must digest them.
      const events: NewEvent[] = Array.from({ length: 100 }, (_, j) => {
        const n = i + j;
        const [schoolId, policyId] = [`s${n % 11}`, `p${n % 50}`];
        const data =
          j % 7 === 0
            ? { level: 'school', schoolId, policyId, reviewedOn: '2026-01-15', outcome: 'no-change', notes: null, nextReviewDue: null }
            : { schoolId, policyId, version: 1 + (n % 3), adoptedOn: '2025-09-01', approvedBy: null, localAmendments: null };
        return {
          id: randomUUID(),
          type: j % 7 === 0 ? 'PolicyReviewed' : 'PolicyAdopted',
          data,
          metadata: { trustId: `t${n % 3}`, schoolId, actorId: 'a', occurredAt: '2026-01-01T00:00:00.000Z' },
        };
      });
      await store.appendToStream(`schoolpolicy-s${i % 11}.p${i}`, events, { expectedRevision: 'any' });
    }
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('after kills at several points, the read models equal a full rebuild: nothing skipped or doubled', async () => {
    for (const killAfter of [1000n, 7000n, 13_000n]) {
      const reached = await runWorkerAndKill(dataDir, killAfter);
      expect(reached).toBeGreaterThanOrEqual(killAfter);
      expectRowsAtCheckpoint(dataDir);
    }

    // Let a last run finish the catch-up, then compare with a rebuild from scratch.
    await runWorkerAndKill(dataDir, BigInt(EVENTS));
    const { live, rebuilt } = await readModelsAndRebuild(dataDir);
    expect(live).toBe(rebuilt);
  }, 120_000);

  it('far behind (the bulk path: indexes deferred, a transaction a page), after kills at several points the rows match the checkpoint, and the finished catch-up equals a rebuild with every index', async () => {
    const bulkDir = mkdtempSync(join(tmpdir(), 'governance-crash-bulk-'));
    try {
      copyFileSync(join(dataDir, 'events.db'), join(bulkDir, 'events.db'));
      const env = { FAR_BEHIND_EVENTS: '1000', BULK_TRANSACTION_MS: '0' };
      for (const killAfter of [1000n, 7000n, 13_000n]) {
        const reached = await runWorkerAndKill(bulkDir, killAfter, { env });
        expect(reached).toBeGreaterThanOrEqual(killAfter);
        expectRowsAtCheckpoint(bulkDir);
        // Killed on the bulk path: the audit trail's plain indexes are dropped, and that is recorded.
        const db = new Database(join(bulkDir, 'read-models.db'));
        expect(db.prepare('SELECT name FROM projection_deferred_indexes').pluck().all()).toContain('audit-trail');
        db.close();
      }

      await runWorkerAndKill(bulkDir, BigInt(EVENTS), { env, untilIndexed: true });
      const { live, rebuilt } = await readModelsAndRebuild(bulkDir);
      expect(live).toBe(rebuilt);
      // Every index of a catch-up on the live path, none missing and none twice.
      expect(indexesOf(bulkDir)).toEqual(indexesOf(dataDir));
    } finally {
      rmSync(bulkDir, { recursive: true, force: true });
    }
  }, 120_000);
});
