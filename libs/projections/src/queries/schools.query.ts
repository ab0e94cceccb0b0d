import type Database from 'better-sqlite3';

/** A school as the API answers it (shared with the web app). */
import type { School } from '@governance/contracts';
export type SchoolSummary = School;

export class SchoolsQuery {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      schools: db.prepare('SELECT school_id AS id, name, urn, phase FROM rm_schools WHERE trust_id = ? AND active = 1 ORDER BY name COLLATE NOCASE, school_id'),
      trust: db.prepare('SELECT trust_id AS id, name FROM rm_trusts WHERE trust_id = ?'),
    };
  }

  schoolsOf(trustId: string): SchoolSummary[] {
    return this.statements.schools.all(trustId) as SchoolSummary[];
  }

  trust(trustId: string): { id: string; name: string } | undefined {
    return this.statements.trust.get(trustId) as { id: string; name: string } | undefined;
  }
}
