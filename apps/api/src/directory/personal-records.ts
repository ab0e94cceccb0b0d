import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { DIRECTORY_DB } from './directory-database';

/**
 * The personal text of a person's records (a declaration's descriptions, a training record's
 * title and provider), kept in the directory under the record id its event carries, so the log
 * holds no such text and erasing the person (PeopleDirectory.erase) deletes it.
 */
@Injectable()
export class PersonalRecords {
  constructor(@Inject(DIRECTORY_DB) private readonly db: Database.Database) {}

  /**
   * Keeps the record's text, then appends its event; if the append is refused the text is taken
   * back, so no text is left without its event. A retried request with the same Idempotency-Key
   * writes the same row again.
   */
  async keepWhileAppending<T>(record: { recordId: string; personId: string; trustId: string }, text: unknown, append: () => Promise<T>): Promise<T> {
    this.db
      .prepare('INSERT OR REPLACE INTO personal_records (record_id, person_id, trust_id, text) VALUES (?, ?, ?, ?)')
      .run(record.recordId, record.personId, record.trustId, JSON.stringify(text));
    try {
      return await append();
    } catch (error) {
      this.db.prepare('DELETE FROM personal_records WHERE record_id = ?').run(record.recordId);
      throw error;
    }
  }

  /** The texts of a trust's records by record id (none for an erased person). */
  ofTrust(trustId: string): Map<string, unknown> {
    const rows = this.db.prepare('SELECT record_id, text FROM personal_records WHERE trust_id = ?').all(trustId) as { record_id: string; text: string }[];
    return new Map(rows.map((row) => [row.record_id, JSON.parse(row.text) as unknown]));
  }
}
