import { AuditTrailQuery, ComplianceQuery, PolicyRegisterQuery, ProjectionRunner, SchoolsQuery, TrustPoliciesQuery } from '@governance/projections';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB } from '../projections/read-model-database';

/** The read-model queries, each over the server's read-model database (after the runner created its tables). */
export const readModelQueryProviders = [ComplianceQuery, PolicyRegisterQuery, AuditTrailQuery, SchoolsQuery, TrustPoliciesQuery].map((query) => ({
  provide: query,
  inject: [READ_MODEL_DB, ProjectionRunner],
  useFactory: (db: Database.Database) => new query(db),
}));
