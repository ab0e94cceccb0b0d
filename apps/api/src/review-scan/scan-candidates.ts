import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { READ_MODEL_DB } from '../projections/read-model-database';

/** Which trusts have live policies, from the policy register read model (rm_policies). */
@Injectable()
export class ScanCandidates {
  constructor(@Inject(READ_MODEL_DB) private readonly db: Database.Database) {}

  trustsWithPolicies(): string[] {
    return (
      this.db.prepare('SELECT DISTINCT trust_id FROM rm_policies WHERE retired = 0 ORDER BY trust_id').all() as {
        trust_id: string;
      }[]
    ).map((row) => row.trust_id);
  }
}
