import { ActionsQuery, AgendaQuery, AuditTrailQuery, ComplianceQuery, MeetingsQuery, PolicyRegisterQuery, ProjectionRunner, SchoolsQuery, TrustPoliciesQuery } from '@governance/projections';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB } from '../projections/read-model-database';

/** The read-model queries, each over the server's read-model database (after the runner created its tables). */
export const readModelQueryProviders = [
  ...[ComplianceQuery, PolicyRegisterQuery, SchoolsQuery, TrustPoliciesQuery, MeetingsQuery, ActionsQuery, AgendaQuery].map((query) => ({
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
