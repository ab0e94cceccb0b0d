import { Global, Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Upcaster } from '@governance/domain';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { ALL_PROJECTIONS, ProjectionRunner, ReadModelCheckpoints } from '@governance/projections';
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { EVENT_UPCASTER } from '../commands/event-upcaster';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';
import { MinPositionInterceptor } from './min-position.interceptor';
import { openReadModelDatabase, READ_MODEL_DB } from './read-model-database';

@Global()
@Module({
  providers: [
    { provide: READ_MODEL_DB, inject: [APP_CONFIG], useFactory: openReadModelDatabase },
    {
      provide: ReadModelCheckpoints,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new ReadModelCheckpoints(join(config.localDir, DATA_DIR_FILES.readModelCheckpoints), config.readModelCheckpointEvents),
    },
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE, READ_MODEL_DB, ReadModelCheckpoints, APP_CONFIG, { token: EVENT_UPCASTER, optional: true }],
      useFactory: (store: EventStore, db: Database.Database, checkpoints: ReadModelCheckpoints, config: AppConfig, upcaster?: Upcaster) => {
        const logger = new Logger('Projections');
        return new ProjectionRunner(store, db, ALL_PROJECTIONS, {
          logger: { log: (m) => logger.log(m), error: (m) => logger.error(m) },
          upcaster,
          checkpoints,
          farBehindEvents: config.projectionFarBehindEvents,
        });
      },
    },
    { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor },
  ],
  exports: [READ_MODEL_DB, ProjectionRunner, ReadModelCheckpoints],
})
export class ProjectionsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  onModuleInit(): void {
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    this.db.close();
  }
}
