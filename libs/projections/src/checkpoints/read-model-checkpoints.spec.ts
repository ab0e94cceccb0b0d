import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SqliteEventStore } from '@governance/event-store';
import type { Position } from '@governance/event-store';
import { ALL_PROJECTIONS } from '../all-projections';
import { canonicalNames } from '../projection';
import { ProjectionRunner, ProjectionRunnerOptions } from '../projection-runner';
import { ComplianceQuery } from '../queries/compliance.query';
import { AcknowledgementsQuery } from '../queries/acknowledgements.query';
import { PolicyRegisterQuery } from '../queries/policy-register.query';
import { readModelsAt } from '../read-models-at';
import { rebuildProjections } from '../rebuild';
import { PAST_READ_MODEL_PROJECTIONS } from './past-projections';
import { ReadModelCheckpoints } from './read-model-checkpoints';

/**
 * Read-model checkpoints on a real SQLite log and read-model file: the live runner writes them
 * as it passes each interval, and the read models folded from a checkpoint are the ones folded
 * from the start, at every position.
 */
describe('read-model checkpoints', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner | undefined;

  const append = (trustId: string, streamId: string, type: string, data: Record<string, unknown>, occurredAt = '2026-11-24T09:00:00.000Z') =>
    store.appendToStream(streamId, [{ id: randomUUID(), type, data, metadata: { trustId, actorId: 'p-admin', occurredAt } }], {
      expectedRevision: 'any',
    });
  const policy = (trustId: string, policyId: string, title: string) =>
    append(trustId, `policy-${policyId}`, 'PolicyRegistered', {
      policyId, trustId, title, scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', statutory: true,
      eiaRequired: true, category: null, legislation: [], linkedPolicies: [], catalogueKey: null,
    });
  const adopt = (trustId: string, schoolId: string, policyId: string, adoptedOn: string) =>
    append(trustId, `schoolpolicy-${schoolId}.${policyId}`, 'PolicyAdopted', {
      schoolId, policyId, version: 1, adoptedOn, approvedBy: null, localAmendments: null,
    });
  const evaluate = (trustId: string, schoolId: string, policyId: string, evaluatedOn: string, statement: string) =>
    append(trustId, `schoolpolicy-${schoolId}.${policyId}`, 'PolicyEvaluated', {
      schoolId, policyId, evaluatedOn, checklist: [{ point: 'Policy annually reviewed', answer: 'yes', evidence: null }],
      effectivenessStatement: statement,
    });

  /** Two trusts interleaved: adoptions (one recorded late), reviews, an EIA, evaluations. */
  const buildTrusts = async () => {
    for (const trustId of ['t1', 't2']) {
      await append(trustId, `trust-${trustId}`, 'TrustRegistered', { trustId, name: `Trust ${trustId}` });
      await append(trustId, `trust-${trustId}`, 'SchoolAdded', { schoolId: `${trustId}-oak`, name: 'Oak Primary' });
      await append(trustId, `trust-${trustId}`, 'SchoolAdded', { schoolId: `${trustId}-elm`, name: 'Elm Academy' });
      await policy(trustId, `${trustId}-safe`, 'Safeguarding');
      await policy(trustId, `${trustId}-beh`, 'Behaviour');
    }
    await adopt('t1', 't1-oak', 't1-safe', '2025-09-10');
    await adopt('t2', 't2-oak', 't2-safe', '2025-09-10');
    await evaluate('t1', 't1-oak', 't1-safe', '2025-11-01', 'Effective');
    await adopt('t1', 't1-elm', 't1-safe', '2026-09-01');
    await evaluate('t1', 't1-oak', 't1-safe', '2026-02-01', 'Partly effective');
    await append('t1', 'schoolpolicy-t1-oak.t1-safe', 'PolicyReviewed', {
      level: 'school', schoolId: 't1-oak', policyId: 't1-safe', reviewedOn: '2026-01-15', outcome: 'no-change', notes: null, nextReviewDue: null,
    }, '2026-06-01T09:00:00.000Z');
    await adopt('t1', 't1-oak', 't1-beh', '2026-01-10');
    await evaluate('t2', 't2-oak', 't2-safe', '2026-03-01', 'Effective');
    await append('t1', 'schoolpolicy-t1-oak.t1-beh', 'EIACompleted', {
      schoolId: 't1-oak', policyId: 't1-beh', version: 1, completedOn: '2026-01-05', impacts: {}, fullAssessmentRequired: false,
      conclusion: 'No negative impact', approvedBy: null, approvedOn: null, affects: [],
    });
    await evaluate('t1', 't1-elm', 't1-safe', '2026-10-01', 'Effective');
    await evaluate('t1', 't1-oak', 't1-beh', '2026-10-02', 'Effective');
  };

  /** The live runner over every event so far, writing checkpoints, two events a transaction. */
  const runToHead = async (checkpoints: ReadModelCheckpoints, options: ProjectionRunnerOptions = {}) => {
    runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { batchSize: 2, checkpoints, ...options });
    runner.start();
    expect(await runner.waitForPosition(await store.headPosition(), 5000)).toBe(true);
    // stop() waits for the checkpoints still being compressed.
    await runner.stop();
    runner = undefined;
  };

  /** What knownAt answers from read models folded to a position: the dashboard and a register. */
  const answersOf = (folded: Database.Database) => {
    try {
      return {
        compliance: new ComplianceQuery(folded).forTrust('t1', '2026-11-24'),
        register: new PolicyRegisterQuery(folded).schoolRegister('t1', 't1-oak', '2026-11-24'),
        acknowledgements: new AcknowledgementsQuery(folded).progress('t1', { withPeople: true }),
      };
    } finally {
      folded.close();
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-checkpoints-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 10, synchronous: 'NORMAL' });
    db = new Database(join(dir, 'read-models.db'));
    db.pragma('journal_mode = WAL');
  });
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given the runner passed each interval, when folded from the newest checkpoint at every position, then the answers are those folded from the start', async () => {
    await buildTrusts();
    const checkpoints = new ReadModelCheckpoints(join(dir, 'checkpoints'), 5);
    await runToHead(checkpoints);

    const written = checkpoints.files().map((file) => file.position);
    expect(written.length).toBeGreaterThanOrEqual(3);
    // The secondary indexes are in the file: a load does not build them again.
    const file = new Database(gunzipSync(readFileSync(checkpoints.files()[0].path)));
    expect(file.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all()).toEqual(
      // A unique index too (read and acknowledge's latest adoption): it names its table without the database.
      expect.arrayContaining(['rm_policy_evaluations_latest', 'audit_decisions_by_day', 'rm_adoption_approvers_by_school', 'rm_ack_adoptions_latest']),
    );
    file.close();
    const head = await store.headPosition();
    let servedFromCheckpoint = 0;
    for (let position: Position = 1n; position <= head; position += 1n) {
      const from = checkpoints.load(position);
      if (from) {
        expect(from.position).toBeLessThanOrEqual(position);
        servedFromCheckpoint += 1;
      }
      const fromCheckpoint = answersOf(await readModelsAt(store, position, { trustId: 't1', from }));
      const fromStart = answersOf(await readModelsAt(store, position, { trustId: 't1' }));
      expect(fromCheckpoint).toEqual(fromStart);
    }
    expect(servedFromCheckpoint).toBeGreaterThan(Number(head) / 2);
  });

  it('given the runner caught up far behind (the bulk path, indexes deferred), when folded from the checkpoints it wrote, then the answers are those folded from the start', async () => {
    await buildTrusts();
    const checkpoints = new ReadModelCheckpoints(join(dir, 'checkpoints'), 5);
    const logs: string[] = [];
    await runToHead(checkpoints, { farBehindEvents: 3, bulkTransactionMs: 0, logger: { log: (m) => logs.push(m), error: (m) => logs.push(m) } });
    expect(logs.some((m) => m.includes('catching up in bulk'))).toBe(true);

    const written = checkpoints.files().map((file) => file.position);
    expect(written.length).toBeGreaterThanOrEqual(3);
    const head = await store.headPosition();
    for (let position: Position = 1n; position <= head; position += 1n) {
      const from = checkpoints.load(position);
      const fromCheckpoint = answersOf(await readModelsAt(store, position, { trustId: 't1', from }));
      expect(fromCheckpoint).toEqual(answersOf(await readModelsAt(store, position, { trustId: 't1' })));
    }
  });

  it('given a retention of the newest 2 and every 2nd interval, when the runner passed many intervals, then only those files stay, and every position still folds to the answer from the start', async () => {
    await buildTrusts();
    const checkpoints = new ReadModelCheckpoints(join(dir, 'checkpoints'), 2, undefined, { newest: 2, every: 2 });
    await runToHead(checkpoints);

    const kept = checkpoints.files().map((file) => file.position);
    expect(kept.length).toBeGreaterThan(3);
    const older = kept.slice(0, -2);
    // Thinned: of the older ones only those of every 2nd interval are left.
    expect(older.every((position) => (position / 2n) % 2n === 0n)).toBe(true);
    const head = await store.headPosition();
    expect(kept.length).toBeLessThan(Number(head) / 2 - 2);
    for (let position: Position = 1n; position <= head; position += 1n) {
      const from = checkpoints.load(position);
      const fromCheckpoint = answersOf(await readModelsAt(store, position, { trustId: 't1', from }));
      expect(fromCheckpoint).toEqual(answersOf(await readModelsAt(store, position, { trustId: 't1' })));
    }
  });

  it("given a rebuild wrote a checkpoint from its shadow tables, when folded from it after later events, then the answers are those folded from the start", async () => {
    await buildTrusts();
    const checkpoints = new ReadModelCheckpoints(join(dir, 'checkpoints'), 5);
    await rebuildProjections(store, db, ALL_PROJECTIONS, { checkpoints });
    const rebuiltAt = await store.headPosition();
    expect(checkpoints.files().map((file) => file.position)).toEqual([rebuiltAt]);
    await evaluate('t1', 't1-oak', 't1-safe', '2026-11-01', 'Effective again');
    await adopt('t1', 't1-elm', 't1-beh', '2026-11-02');
    // A late adoption withdrawn after the checkpoint stops counting as recorded late.
    const lateAdoption = (await store.readAll({ after: 0n, maxCount: 1000 })).find(
      (event) => event.type === 'PolicyAdopted' && event.data.schoolId === 't1-oak' && event.data.policyId === 't1-beh',
    )!;
    await append('t1', lateAdoption.streamId, 'EntryWithdrawn', {
      eventId: lateAdoption.id, entryType: 'PolicyAdopted', entry: lateAdoption.data, reason: 'Adopted at another meeting',
    });

    const recordedLate: number[] = [];
    for (let position = rebuiltAt; position <= (await store.headPosition()); position += 1n) {
      const from = checkpoints.load(position);
      expect(from?.position).toBe(rebuiltAt);
      const fromCheckpoint = answersOf(await readModelsAt(store, position, { trustId: 't1', from }));
      expect(fromCheckpoint).toEqual(answersOf(await readModelsAt(store, position, { trustId: 't1' })));
      recordedLate.push(fromCheckpoint.compliance.totals.recordedLate);
    }
    expect(recordedLate.at(-1)).toBe(recordedLate[0] - 1);
  });

  it('given an evaluation withdrawn after the checkpoint, when folded, then the register shows the evaluation before it (as folded from the start)', async () => {
    await buildTrusts();
    const checkpoints = new ReadModelCheckpoints(join(dir, 'checkpoints'), 5);
    await runToHead(checkpoints);
    const checkpointAt = await store.headPosition();
    checkpoints.write(db, canonicalNames(), checkpointAt);
    await checkpoints.settled();
    // The checkpoint keeps only Oak's latest safeguarding evaluation (February 2026); withdrawing
    // it brings back November 2025's, which only the log still has.
    const withdrawn = (await store.readAll({ after: 0n, maxCount: 1000 })).find(
      (event) => event.type === 'PolicyEvaluated' && event.data.evaluatedOn === '2026-02-01',
    )!;
    const { position } = await append('t1', withdrawn.streamId, 'EntryWithdrawn', {
      eventId: withdrawn.id, entryType: 'PolicyEvaluated', entry: withdrawn.data, reason: 'Recorded against the wrong policy',
    });

    const from = checkpoints.load(position);
    expect(from?.position).toBe(checkpointAt);
    const fromCheckpoint = answersOf(await readModelsAt(store, position, { trustId: 't1', from }));
    const fromStart = answersOf(await readModelsAt(store, position, { trustId: 't1' }));
    expect(fromCheckpoint).toEqual(fromStart);
    expect(fromCheckpoint.register.find((row) => row.policyId === 't1-safe')?.lastEvaluation?.evaluatedOn).toBe('2025-11-01');
  });

  it('given checkpoints of other projection versions or a damaged file, when loaded, then they are ignored, and the stale ones removed', async () => {
    await buildTrusts();
    const folder = join(dir, 'checkpoints');
    const older = new ReadModelCheckpoints(
      folder,
      5,
      PAST_READ_MODEL_PROJECTIONS.map((projection) => (projection.name === 'policy-register' ? { ...projection, version: projection.version - 1 } : projection)),
    );
    await runToHead(new ReadModelCheckpoints(join(dir, 'none'), 0));
    older.write(db, canonicalNames(), await store.headPosition());
    await older.settled();
    const stale = older.files();
    expect(stale.length).toBeGreaterThan(0);

    const current = new ReadModelCheckpoints(folder, 5);
    const head = await store.headPosition();
    expect(current.load(head)).toBeUndefined();
    // A file named as this version's but not a checkpoint (a copy cut short): skipped too.
    const damaged = join(folder, `${head}-${current.versionKey}.db.gz`);
    writeFileSync(damaged, 'not a database');
    expect(current.load(head)).toBeUndefined();

    current.removeStale();
    expect(stale.every((file) => !existsSync(file.path))).toBe(true);
  });
});
