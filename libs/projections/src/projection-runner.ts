import type Database from 'better-sqlite3';
import { defaultUpcaster, Upcaster } from '@governance/domain';
import type { EventStore, Position, RecordedEvent, Subscription } from '@governance/event-store';
import { BackoffDelays, backoffDelay, sleep } from './backoff';
import type { ReadModelCheckpoints } from './checkpoints/read-model-checkpoints';
import { BulkCatchUp, DEFAULT_FAR_BEHIND_EVENTS } from './bulk-catch-up';
import { DeferredIndexes } from './deferred-indexes';
import { canonicalNames, EventApplier, Projection } from './projection';
import { ProjectionStateTable } from './projection-state';
import { ProjectionChangesTable } from './projection-changes';
import { createSchema, dropTables } from './schema';

export interface ProjectionLogger {
  log(message: string): void;
  error(message: string): void;
}

export interface ProjectionRunnerOptions {
  /** Events applied per transaction while catching up (default 2000, as a rebuild). */
  batchSize?: number;
  logger?: ProjectionLogger;
  /** Waits before resubscribing after the subscription to the log drops (default 0.5 s doubling to 30 s). */
  resubscribeDelays?: BackoffDelays;
  /** How stored events of an old shape reach the appliers (default: the domain's registered upcasters). */
  upcaster?: Upcaster;
  /** Where to keep read-model checkpoints for knownAt, written as the runner passes each interval. */
  checkpoints?: ReadModelCheckpoints;
  /**
   * How far behind the head of the log (in positions) the runner switches to the bulk path:
   * secondary indexes deferred, transactions of about `bulkTransactionMs`. Default 50,000;
   * 0 never switches.
   */
  farBehindEvents?: number;
  /** How long one transaction of the bulk path keeps applying pages before it commits (default 1 s). */
  bulkTransactionMs?: number;
}


export interface ProjectionHealth {
  name: string;
  /** 'degraded': a running projection while the runner has lost the log and is catching up again. */
  status: 'running' | 'failed' | 'degraded';
  position: bigint;
  error: string | null;
}

/** Whether the runner follows the log. Degraded from a dropped subscription until it has caught up again. */
export interface FeedHealth {
  status: 'following' | 'degraded';
  /** Why the last subscription dropped (or why the store did not answer since). */
  error: string | null;
  /** When the runner became degraded (ISO instant). */
  since: string | null;
  /** Resubscriptions tried since then. */
  attempts: number;
}

interface Degraded {
  error: string;
  since: string;
  attempts: number;
  /** The head of the log when the store answered again: reaching it ends the degradation. */
  recoverAt?: Position;
}

interface Waiter {
  position: Position;
  resolve: (reached: boolean) => void;
}

const silent: ProjectionLogger = { log: () => undefined, error: () => undefined };
const DEFAULT_RESUBSCRIBE_DELAYS: BackoffDelays = { initialMs: 500, maxMs: 30_000 };

/**
 * Feeds every projection from one subscription to the global log. Each batch is applied in
 * one transaction together with the new checkpoints, so a crash never applies an event
 * twice or skips one. A projection that throws stops at that event (its savepoint is rolled
 * back) with a log line naming it; the others go on.
 *
 * When the subscription fails or ends (a dropped EventStoreDB connection, a failed read or
 * write), the runner reports itself degraded, waits with exponential backoff, checks the store
 * answers, and subscribes again from its last committed checkpoint; checkpoints filter what
 * comes again, so no event is applied twice. It is degraded until it has caught up again.
 */
export class ProjectionRunner {
  private readonly states: ProjectionStateTable;
  private readonly changes: ProjectionChangesTable;
  private readonly totalChanges: Database.Statement;
  private readonly appliers = new Map<string, EventApplier>();
  private readonly batchSize: number;
  private readonly logger: ProjectionLogger;
  private readonly resubscribeDelays: BackoffDelays;
  private readonly upcaster: Upcaster;
  private readonly checkpoints?: ReadModelCheckpoints;
  private readonly deferredIndexes: DeferredIndexes;
  private readonly bulk: BulkCatchUp;
  private readonly stopping = new AbortController();
  private subscription?: Subscription;
  private degraded?: Degraded;
  /** A batch that could not be written: ends the current subscription so the runner resubscribes. */
  private flushFailure?: unknown;
  private loop?: Promise<void>;
  private buffer: RecordedEvent[] = [];
  private flushScheduled = false;
  private waiters: Waiter[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    this.states = new ProjectionStateTable(db);
    this.changes = new ProjectionChangesTable(db);
    this.totalChanges = db.prepare('SELECT total_changes()').pluck();
    // 2000 a transaction, as a rebuild reads: catching up on a million events with 5000 was about
    // 20% faster, but its peak RSS swung between 280 and 600 MB from run to run (the garbage
    // collector promoting the larger pages); with 2000 it stayed at 230 MB.
    this.batchSize = options.batchSize ?? 2000;
    this.logger = options.logger ?? silent;
    this.resubscribeDelays = options.resubscribeDelays ?? DEFAULT_RESUBSCRIBE_DELAYS;
    this.upcaster = options.upcaster ?? defaultUpcaster;
    this.checkpoints = options.checkpoints;
    this.deferredIndexes = new DeferredIndexes(db);
    this.bulk = new BulkCatchUp(store, db, projections, this.deferredIndexes, {
      farBehindEvents: options.farBehindEvents ?? DEFAULT_FAR_BEHIND_EVENTS,
      transactionMs: options.bulkTransactionMs ?? 1000,
      pageEvents: this.batchSize,
      logger: this.logger,
      stopping: this.stopping.signal,
    });
    // Tables exist from construction on, so queries can be prepared before the runner starts.
    this.db.transaction(() => {
      for (const projection of this.projections) this.prepare(projection);
    }).immediate();
  }

  /** Starts following the log from the lowest checkpoint. */
  start(): void {
    this.checkpoints?.removeStale();
    for (const projection of this.projections) {
      this.appliers.set(projection.name, projection.applier(this.db, canonicalNames()));
    }
    this.loop = this.follow(this.stopping.signal);
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.subscription?.close();
    await this.loop;
    this.flush();
    for (const waiter of this.waiters) waiter.resolve(false);
    this.waiters = [];
    // A checkpoint still being compressed is published before the process may exit.
    await this.checkpoints?.settled();
  }

  /** The position every running projection has reached. */
  position(): Position {
    return this.lowestPosition();
  }

  health(): ProjectionHealth[] {
    const degraded = this.degraded;
    return this.projections.map((projection) => {
      const state = this.states.get(projection.name);
      const status = state?.status ?? 'running';
      return {
        name: projection.name,
        status: status === 'running' && degraded ? 'degraded' : status,
        position: state?.position ?? 0n,
        error: status === 'running' && degraded ? degraded.error : (state?.error ?? null),
      };
    });
  }

  feedHealth(): FeedHealth {
    const degraded = this.degraded;
    if (!degraded) return { status: 'following', error: null, since: null, attempts: 0 };
    return { status: 'degraded', error: degraded.error, since: degraded.since, attempts: degraded.attempts };
  }

  /** Resolves true once the read models reflect `position`, or false after `timeoutMs`. */
  waitForPosition(position: Position, timeoutMs: number): Promise<boolean> {
    if (this.position() >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve: (reached) => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.resolve(false), timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Follows the log until stopped, resubscribing with backoff whenever the subscription drops. */
  private async follow(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      const openedAt = Date.now();
      const dropped = await this.followOnce();
      if (signal.aborted) return;
      this.degrade(dropped);
      // A subscription that stayed up a while was healthy: back off from the bottom again.
      if (Date.now() - openedAt >= this.resubscribeDelays.maxMs) failures = 0;
      // Resubscribe only once the store answers; until then keep backing off.
      for (;;) {
        await sleep(backoffDelay(failures, this.resubscribeDelays), signal);
        failures += 1;
        if (signal.aborted) return;
        try {
          const head = await this.store.headPosition();
          if (this.degraded) this.degraded.recoverAt = head;
          break;
        } catch (error) {
          this.degrade(error);
        }
      }
    }
  }

  /** Follows one subscription from the committed checkpoint until it drops; answers why it dropped. */
  private async followOnce(): Promise<unknown> {
    try {
      await this.bulk.catchUpIfFarBehind({
        lowestPosition: () => this.lowestPosition(),
        hasRunningProjection: () => this.hasRunningProjection(),
        state: (name) => this.states.get(name),
        apply: (stored) => {
          // Appliers only know the current shape of each event.
          const events = stored.map((event) => this.upcaster.upcast(event));
          for (const projection of this.projections) this.applyTo(projection, events);
        },
        committed: (before) => {
          this.checkpointIfDue(before);
          this.wakeWaiters();
        },
      });
    } catch (error) {
      return error;
    }
    if (this.stopping.signal.aborted) return undefined;
    const subscription = this.store.subscribeToAll({ after: this.lowestPosition() });
    this.subscription = subscription;
    this.recoverIfCaughtUp();
    let dropped: unknown;
    try {
      for await (const event of subscription) {
        // Appliers only know the current shape of each event.
        this.buffer.push(this.upcaster.upcast(event));
        if (this.buffer.length >= this.batchSize) this.flushOrResubscribe();
        else this.scheduleFlush();
      }
      dropped = new Error('the event store ended the subscription');
    } catch (error) {
      dropped = error;
    }
    await subscription.close().catch(() => undefined);
    if (this.flushFailure !== undefined) {
      dropped = this.flushFailure;
      this.flushFailure = undefined;
      // Later events must not overtake a batch that was not written: the next subscription brings all again.
      this.buffer = [];
      return dropped;
    }
    try {
      // Apply what arrived before the drop, so the next subscription starts after it.
      this.flush();
    } catch (error) {
      this.buffer = [];
      return error;
    }
    return dropped;
  }

  /** Writes the buffer; when that fails, ends the subscription so the loop resubscribes from the checkpoint. */
  private flushOrResubscribe(): void {
    if (this.flushFailure !== undefined) return;
    try {
      this.flush();
    } catch (error) {
      this.flushFailure = error;
      this.buffer = [];
      void this.subscription?.close().catch(() => undefined);
    }
  }

  private degrade(cause: unknown): void {
    const error = describe(cause);
    if (this.degraded) {
      this.degraded = { ...this.degraded, error, attempts: this.degraded.attempts + 1, recoverAt: undefined };
    } else {
      this.degraded = { error, since: new Date().toISOString(), attempts: 0 };
    }
    this.logger.error(
      `Projection runner lost the event log (${error}); resubscribing from position ${this.lowestPosition()} with backoff`,
    );
  }

  /** Ends the degradation once the store answered again and the read models reached its head. */
  private recoverIfCaughtUp(): void {
    const recoverAt = this.degraded?.recoverAt;
    if (recoverAt === undefined) return;
    if (this.hasRunningProjection() && this.position() < recoverAt) return;
    this.logger.log(`Projection runner is following the event log again at position ${this.position()}`);
    this.degraded = undefined;
  }

  /** Events that arrive together (a catch-up page) share one transaction. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushOrResubscribe();
    });
  }

  private flush(): void {
    if (this.buffer.length === 0 || !this.db.open) return;
    const events = this.buffer;
    this.buffer = [];
    const before = this.position();
    // IMMEDIATE: take the write lock before reading the checkpoints. A deferred transaction that
    // read first would fail with SQLITE_BUSY_SNAPSHOT (which no busy timeout waits out) when
    // another process sharing DATA_DIR committed in between.
    this.db.transaction(() => {
      for (const projection of this.projections) this.applyTo(projection, events);
    }).immediate();
    this.checkpointIfDue(before);
    this.wakeWaiters();
    this.recoverIfCaughtUp();
  }

  /**
   * After a committed batch that passed a multiple of the checkpoint interval: a copy of the
   * tables knownAt folds, at the exact position every projection has reached. Synchronous, so
   * no batch lands in between. A failed copy is logged and costs only knownAt's speed.
   */
  private checkpointIfDue(before: Position): void {
    const checkpoints = this.checkpoints;
    if (!checkpoints) return;
    const position = this.position();
    if (!checkpoints.due(before, position)) return;
    const states = checkpoints.projections.map((projection) => this.states.get(projection.name));
    if (!states.every((state, i) => state?.status === 'running' && state.version === checkpoints.projections[i].version && state.position === position)) return;
    try {
      checkpoints.write(this.db, canonicalNames(), position);
    } catch (error) {
      this.logger.error(`Read-model checkpoint at position ${position} not written: ${describe(error)}`);
    }
  }

  private applyTo(projection: Projection, events: RecordedEvent[]): void {
    // Read the checkpoint inside the transaction: a rebuild in another process may have moved it.
    const state = this.states.get(projection.name);
    if (!state || state.status === 'failed') return;
    const pending = events.filter((event) => event.position > state.position);
    if (pending.length === 0) return;
    const apply = this.appliers.get(projection.name) as EventApplier;
    try {
      const changesBefore = this.totalChanges.get() as number;
      this.db.transaction(() => {
        for (const event of pending) apply(event);
      })();
      const position = pending[pending.length - 1].position;
      // Whether this batch wrote a row of this read model: kept answers that read it stay valid when not.
      this.changes.record(projection.name, state.position, position, this.totalChanges.get() !== changesBefore);
      this.states.save({ ...state, position });
    } catch {
      this.applyOneByOne(projection, state.position, pending, apply);
    }
  }

  /** After a failed batch: apply up to the failing event, then stop this projection there. */
  private applyOneByOne(projection: Projection, from: Position, events: RecordedEvent[], apply: EventApplier): void {
    let position = from;
    for (const event of events) {
      try {
        this.db.transaction(() => apply(event))();
        position = event.position;
      } catch (error) {
        const message = `${event.type} at position ${event.position} in stream ${event.streamId} (event ${event.id}): ${describe(error)}`;
        this.logger.error(`Projection ${projection.name} stopped on ${message}`);
        this.states.save({ name: projection.name, version: projection.version, position, status: 'failed', error: message });
        return;
      }
    }
    this.states.save({ name: projection.name, version: projection.version, position, status: 'running', error: null });
    this.changes.record(projection.name, from, position, true);
  }

  private prepare(projection: Projection): void {
    const state = this.states.get(projection.name);
    if (state && state.version === projection.version) {
      if (state.status === 'failed') this.states.save({ ...state, status: 'running', error: null });
      // Indexes a bulk catch-up deferred are built when it ends, not here only to be dropped again.
      if (!this.deferredIndexes.isDeferred(projection)) createSchema(this.db, projection, canonicalNames());
      return;
    }
    if (state) this.logger.log(`Projection ${projection.name} changed from version ${state.version} to ${projection.version}: rebuilding`);
    dropTables(this.db, projection, canonicalNames());
    createSchema(this.db, projection, canonicalNames());
    this.deferredIndexes.forget(projection);
    this.changes.forget(projection.name);
    this.states.save({ name: projection.name, version: projection.version, position: 0n, status: 'running', error: null });
  }

  private hasRunningProjection(): boolean {
    return this.projections.some((projection) => this.states.get(projection.name)?.status === 'running');
  }

  private lowestPosition(): Position {
    const running = this.projections
      .map((projection) => this.states.get(projection.name))
      .filter((state) => state !== undefined && state.status === 'running');
    if (running.length === 0) return 0n;
    return running.reduce((lowest, state) => (state!.position < lowest ? state!.position : lowest), running[0]!.position);
  }

  private wakeWaiters(): void {
    const position = this.position();
    for (const waiter of [...this.waiters]) if (position >= waiter.position) waiter.resolve(true);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
