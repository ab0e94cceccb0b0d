import { ActionsQuery, AgendaQuery, AuditTrailQuery, ComplianceQuery, MeetingsQuery, PersistedAnswers, PolicyRegisterQuery, ProjectionRunner, SchoolsQuery, TrustPoliciesQuery } from '@governance/projections';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB } from '../projections/read-model-database';

/** The read-model queries, each over the server's read-model database (after the runner created its tables). */
export const readModelQueryProviders = [
  // The dashboard and the registers keep their answers on disk, so the first ones after a start are read, not computed.
  {
    provide: PersistedAnswers,
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => PersistedAnswers.open(join(config.localDir, DATA_DIR_FILES.persistedAnswers)),
  },
  ...[ComplianceQuery, PolicyRegisterQuery].map((query) => ({
    provide: query,
    inject: [READ_MODEL_DB, PersistedAnswers, ProjectionRunner],
    useFactory: (db: Database.Database, persisted: PersistedAnswers) => new query(db, persisted),
  })),
  ...[SchoolsQuery, TrustPoliciesQuery, MeetingsQuery, ActionsQuery, AgendaQuery].map((query) => ({
    provide: query,
    inject: [READ_MODEL_DB, ProjectionRunner],
    useFactory: (db: Database.Database) => new query(db),
  })),
  // The audit trail reads each listed event's data from the log.
  {
    provide: AuditTrailQuery,
    inject: [READ_MODEL_DB, EVENT_STORE, ProjectionRunner],
    useFactory: (db: Database.Database, store: EventStore) => new AuditTrailQuery(db, store),
  },
];
