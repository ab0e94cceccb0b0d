import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { addDays, isAfter } from '@governance/domain';
import { OutboxDispatcher, Outbox } from '@governance/notifications';
import { randomUUID } from 'node:crypto';
import { Clock } from '../clock/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { londonTimeOfDay } from './london-time';
import { ReviewScanService } from './review-scan.service';
import { ScanRuns } from './scan-runs';

/**
 * The daily review scan and the outbox's sending, on one @nestjs/schedule tick a minute
 * (Europe/London). The scan runs at the first tick at or after REVIEW_SCAN_TIME (default
 * 06:00) each day, as of that day; a server that was down at that time runs it when it comes
 * back. A server starting for the first time waits for the next scan time. REVIEW_SCAN=off
 * turns the daily scan off; the outbox keeps sending either way.
 */
@Injectable()
export class ReviewScanScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReviewScan');
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scans: ReviewScanService,
    private readonly runs: ScanRuns,
    private readonly outbox: Outbox,
    private readonly dispatcher: OutboxDispatcher,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const now = this.clock.now();
    const requeued = this.outbox.requeueInterrupted(now);
    if (requeued > 0) {
      this.logger.warn(`${requeued} reminder(s) were being sent when the server stopped; sending them again with the same Message-ID`);
    }
    if (this.runs.scannedThrough() === null) {
      // First start on this DATA_DIR: behave as if the daily scan had always been scheduled.
      const today = this.clock.today();
      this.runs.record(this.scanTimeReached(now) ? today : addDays(today, -1), now);
    }
    void this.dispatch();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.scans.idle();
    await this.dispatcher.idle();
  }

  @Cron(CronExpression.EVERY_MINUTE, { name: 'review-scan-tick', timeZone: 'Europe/London', waitForCompletion: true })
  async tick(): Promise<void> {
    if (this.stopping) return;
    await this.runDailyScanIfDue();
    await this.dispatch();
  }

  /** The scan of today, once, when the scan time has come and today is not covered yet. */
  async runDailyScanIfDue(): Promise<void> {
    if (!this.config.reviewScan) return;
    const now = this.clock.now();
    const today = this.clock.today();
    const through = this.runs.scannedThrough();
    if ((through !== null && !isAfter(today, through)) || !this.scanTimeReached(now)) return;
    try {
      await this.scans.scan({
        asOf: today,
        trustIds: 'all',
        actor: { kind: 'operator', actorId: 'operator' },
        correlationId: `review-scan-${today}-${randomUUID()}`,
      });
      this.runs.record(today, this.clock.now());
    } catch (error) {
      // Left unrecorded, so the next tick tries again.
      this.logger.error(`The daily review scan failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private scanTimeReached(now: Date): boolean {
    return londonTimeOfDay(now) >= this.config.reviewScanTime;
  }

  private async dispatch(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.dispatcher.dispatchDue();
    } catch (error) {
      this.logger.error(`Sending reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
