import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { NOTIFICATIONS_DB } from './notifications-store.module';

/** The last day the daily scan has covered on this server (notifications.db, table scan_runs). */
@Injectable()
export class ScanRuns {
  constructor(@Inject(NOTIFICATIONS_DB) private readonly db: Database.Database) {}

  scannedThrough(): string | null {
    const row = this.db.prepare('SELECT last_date FROM scan_runs WHERE id = 1').get() as { last_date: string } | undefined;
    return row?.last_date ?? null;
  }

  record(date: string, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO scan_runs (id, last_date, ran_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET last_date = excluded.last_date, ran_at = excluded.ran_at`,
      )
      .run(date, now.toISOString());
  }
}
