import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore, EventStoreDbEventStore, SqliteEventStore } from '@governance/event-store';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';

/** Opens the configured store; EventStoreDB must answer within the timeout or this rejects with EventStoreUnreachableError. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  if (config.eventStore === 'eventstoredb') {
    return EventStoreDbEventStore.connect(config.eventStoreConnectionString as string, {
      timeoutMs: config.eventStoreConnectTimeoutMs,
    });
  }
  return new SqliteEventStore({
    file: join(config.dataDir, DATA_DIR_FILES.events),
    synchronous: config.sqliteSynchronous,
    groupCommit: config.eventStoreGroupCommit,
  });
}

@Global()
@Module({
  providers: [{ provide: EVENT_STORE, inject: [APP_CONFIG], useFactory: openEventStore }],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  private readonly logger = new Logger('EventStore');
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log(`Closed the ${this.store.kind} event store`);
  }
}
