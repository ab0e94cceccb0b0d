import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { FeedTokens, Mailer, openNotificationsDatabase, Outbox, OutboxDispatcher } from '@governance/notifications';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';
import { dispatcherProvider, MAILER, mailerProvider } from './dispatcher.provider';

export const NOTIFICATIONS_DB = Symbol('NOTIFICATIONS_DB');

/**
 * DATA_DIR/notifications.db: the outbox (reminders and emailed sign-in links), calendar feed
 * tokens and the scheduler's last run; and the mailer and dispatcher that send the outbox.
 */
@Global()
@Module({
  providers: [
    {
      provide: NOTIFICATIONS_DB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openNotificationsDatabase(join(config.dataDir, DATA_DIR_FILES.notifications), config.sqliteSynchronous),
    },
    { provide: Outbox, inject: [NOTIFICATIONS_DB], useFactory: (db: Database.Database) => new Outbox(db) },
    { provide: FeedTokens, inject: [NOTIFICATIONS_DB], useFactory: (db: Database.Database) => new FeedTokens(db) },
    mailerProvider,
    dispatcherProvider,
  ],
  exports: [NOTIFICATIONS_DB, Outbox, FeedTokens, MAILER, OutboxDispatcher],
})
export class NotificationsStoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(NOTIFICATIONS_DB) private readonly db: Database.Database,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  onApplicationShutdown(): void {
    this.mailer.close();
    if (this.db.open) this.db.close();
  }
}
