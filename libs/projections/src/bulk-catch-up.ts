import type Database from 'better-sqlite3';
import type { EventStore, Position, RecordedEvent } from '@governance/event-store';
import type { DeferredIndexes } from './deferred-indexes';
import type { Projection } from './projection';
import type { ProjectionState } from './projection-state';

export const DEFAULT_FAR_BEHIND_EVENTS = 50_000;
/** The bulk path's page cache, in KiB (as a rebuild's): the pages a second of events keeps touching. */
const BULK_CACHE_KIB = 64 * 1024;
/**
 * Events a page on the bulk path (at most; its transactions last about a second whatever the
 * page): on the million-event trust pages of 500 peaked at 237-245 MB where 2,000 reached
 * 280-298 MB (more of each page outlives the young generation), at no loss of speed.
 */
const BULK_PAGE_EVENTS = 500;
/** Pages of WAL between checkpoints on the bulk path (4 KiB pages: 64 MB; SQLite's default is 1,000). */
const BULK_CHECKPOINT_PAGES = 16_384;

export interface BulkCatchUpOptions {
  /** Positions behind the head from which to catch up in bulk; 0 never does. */
  farBehindEvents: number;
  /** How long one transaction keeps applying pages before it commits. */
  transactionMs: number;
  /** At most this many events a page (BULK_PAGE_EVENTS when larger). */
  pageEvents: number;
  logger: { log(message: string): void };
  stopping: AbortSignal;
}

/** What the bulk path needs of the runner: its checkpoints, and the live path's way of applying. */
export interface BulkCatchUpTarget {
  /** The lowest checkpoint of the running projections, as the connection sees it (inside an open transaction too). */
  lowestPosition(): Position;
  hasRunningProjection(): boolean;
  state(name: string): ProjectionState | undefined;
  /** Applies a page to every projection, each in a savepoint with its checkpoint row. */
  apply(events: RecordedEvent[]): void;
  /** After each commit: read-model checkpoints due since `before`, waiters woken. */
  committed(before: Position): void;
}

/**
 * The live runner's way of catching up when far behind the head (a first start, a new
 * projection version, a long stop): the rebuild's way of writing. The secondary indexes of
 * projections that have more rows to come than they hold are dropped and built again at the
 * end, and pages of the log are applied in transactions of about a second, each committing
 * the rows with the checkpoints as the live path does, so a crash leaves the rows matching the
 * checkpoint. Then the live path takes over.
 */
export class BulkCatchUp {
  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    private readonly projections: readonly Projection[],
    private readonly deferredIndexes: DeferredIndexes,
    private readonly options: BulkCatchUpOptions,
  ) {}

  /** Catches up in bulk when far behind; then builds any indexes left deferred (by this or an interrupted catch-up). */
  async catchUpIfFarBehind(target: BulkCatchUpTarget): Promise<void> {
    const { farBehindEvents, logger, stopping } = this.options;
    const farBehind = BigInt(farBehindEvents);
    let head = farBehindEvents > 0 ? await this.store.headPosition() : 0n;
    if (farBehindEvents > 0 && head - target.lowestPosition() > farBehind) {
      logger.log(`Projection runner is ${head - target.lowestPosition()} events behind the log: catching up in bulk`);
      this.deferIndexes(target, head);
      const cacheSize = this.db.pragma('cache_size', { simple: true }) as number;
      const autoCheckpoint = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
      this.db.pragma(`cache_size = -${BULK_CACHE_KIB}`);
      this.db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
      try {
        while (head - target.lowestPosition() > farBehind && (await this.applyUpTo(target, head))) head = await this.store.headPosition();
      } finally {
        this.db.pragma(`cache_size = ${cacheSize}`);
        this.db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
      }
    }
    if (!stopping.aborted) this.restoreIndexes();
  }

  /** Drops the plain indexes of the projections whose rows to come outnumber the rows they hold. */
  private deferIndexes(target: BulkCatchUpTarget, head: Position): void {
    for (const projection of this.projections) {
      const state = target.state(projection.name);
      if (!state || state.status !== 'running' || this.deferredIndexes.isDeferred(projection)) continue;
      const behind = head - state.position;
      if (behind > BigInt(this.options.farBehindEvents) && behind >= state.position) this.deferredIndexes.defer(projection);
    }
  }

  private restoreIndexes(): void {
    for (const projection of this.projections) {
      if (!this.deferredIndexes.isDeferred(projection)) continue;
      const started = Date.now();
      this.deferredIndexes.restore(projection);
      this.options.logger.log(`Projection ${projection.name}: indexes built in ${Date.now() - started} ms`);
    }
  }

  /**
   * Applies the log up to `until` (or a little past it) in transactions of about
   * `transactionMs`; answers whether the read models moved. Between transactions the runner
   * writes due read-model checkpoints and wakes waiters, and the event loop serves others.
   */
  private async applyUpTo(target: BulkCatchUpTarget, until: Position): Promise<boolean> {
    const start = target.lowestPosition();
    const pageSize = Math.min(this.options.pageEvents, BULK_PAGE_EVENTS);
    for (let more = true; more && !this.options.stopping.aborted; ) {
      const before = target.lowestPosition();
      if (before >= until || !target.hasRunningProjection()) break;
      // IMMEDIATE, as the live path: the write lock before the checkpoints are read.
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const opened = Date.now();
        do {
          const from = target.lowestPosition();
          const page = await this.store.readAll({ after: from, maxCount: pageSize });
          target.apply(page);
          more = page.length === pageSize && target.lowestPosition() > from && target.lowestPosition() < until;
        } while (more && Date.now() - opened < this.options.transactionMs);
        this.db.exec('COMMIT');
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
      target.committed(before);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return target.lowestPosition() > start;
  }
}
