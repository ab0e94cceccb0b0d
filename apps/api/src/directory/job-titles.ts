import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { DIRECTORY_DB } from './directory-database';

/**
 * Job titles from a school's staff list, in the directory beside the name (personal data: never
 * in the log; PeopleDirectory.erase clears them). A job title grants nothing.
 */
@Injectable()
export class JobTitles {
  constructor(@Inject(DIRECTORY_DB) private readonly db: Database.Database) {}

  set(personId: string, jobTitle: string | null): void {
    this.db.prepare('UPDATE people SET job_title = ? WHERE person_id = ? AND erased_at IS NULL').run(jobTitle, personId);
  }

  /** The job titles of a trust's people, by person id (null where none is kept). */
  ofTrust(trustId: string): Map<string, string | null> {
    const rows = this.db.prepare('SELECT person_id, job_title FROM people WHERE trust_id = ?').all(trustId) as { person_id: string; job_title: string | null }[];
    return new Map(rows.map((row) => [row.person_id, row.job_title]));
  }

  /** The job titles of some people, in one query, by person id (null where none is kept). */
  ofPeople(personIds: readonly string[]): Map<string, string | null> {
    const rows = this.db
      .prepare('SELECT person_id, job_title FROM people WHERE person_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(personIds)) as { person_id: string; job_title: string | null }[];
    return new Map(rows.map((row) => [row.person_id, row.job_title]));
  }

  ofPerson(personId: string): string | null {
    const row = this.db.prepare('SELECT job_title FROM people WHERE person_id = ?').get(personId) as { job_title: string | null } | undefined;
    return row?.job_title ?? null;
  }
}
