import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchedulerRegistry } from '@nestjs/schedule';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { ReviewScanScheduler } from '../apps/api/src/review-scan/review-scan.scheduler';
import { ScanRuns } from '../apps/api/src/review-scan/scan-runs';
import { createReviewCyclesTrust } from './support/review-cycles-trust';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The daily job: one @nestjs/schedule tick a minute in Europe/London runs the scan once a day
 * at or after REVIEW_SCAN_TIME, as of that day; a restart after the scan time catches up a
 * missed day; REVIEW_SCAN=off turns it off. The tick itself is called here, not waited for.
 */
describe('the daily review scan', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-scheduler-'));
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close({ keepData: true });
    app = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = async (env: Record<string, string>) => (app = await startTestApp({ REVIEW_SCAN_TIME: '00:00', ...env }, dataDir));
  const marksOn = async (asOf: string) =>
    (await app!.app.get<EventStore>(EVENT_STORE).readAll()).filter((e) => ['ReviewDue', 'ReviewOverdue'].includes(e.type) && e.data.asOf === asOf);

  it('is scheduled every minute in Europe/London, and a first start waits for the next scan time', async () => {
    await start({ CLOCK_TODAY: '2027-06-30' });
    await createReviewCyclesTrust(app!);
    const job = app!.app.get(SchedulerRegistry).getCronJob('review-scan-tick');
    expect(job.cronTime.source).toBe('*/1 * * * *');
    expect(job.cronTime.timeZone).toBe('Europe/London');
    // 00:00 has passed today, so the first start counts today as covered.
    expect(app!.app.get(ScanRuns).scannedThrough()).toBe('2027-06-30');
    await app!.app.get(ReviewScanScheduler).runDailyScanIfDue();
    expect(await marksOn('2027-06-30')).toEqual([]);
  }, 60_000);

  it('scans the new day once after a restart, as of that day', async () => {
    await start({ CLOCK_TODAY: '2027-07-01' });
    const scheduler = app!.app.get(ReviewScanScheduler);
    await scheduler.runDailyScanIfDue();
    await scheduler.runDailyScanIfDue();
    const marks = await marksOn('2027-07-01');
    expect(marks.map((e) => e.type).sort()).toEqual(['ReviewDue', 'ReviewDue', 'ReviewDue', 'ReviewOverdue', 'ReviewOverdue', 'ReviewOverdue']);
    expect(marks.every((e) => e.metadata.actorRole === 'operator' && String(e.metadata.correlationId).startsWith('review-scan-2027-07-01'))).toBe(true);
    expect(app!.app.get(ScanRuns).scannedThrough()).toBe('2027-07-01');
  });

  it('does nothing with REVIEW_SCAN=off', async () => {
    await start({ CLOCK_TODAY: '2027-07-02', REVIEW_SCAN: 'off' });
    await app!.app.get(ReviewScanScheduler).runDailyScanIfDue();
    expect(app!.app.get(ScanRuns).scannedThrough()).toBe('2027-07-01');
  });
});
