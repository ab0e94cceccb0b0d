import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@governance/domain';
import type Database from 'better-sqlite3';
import { DIRECTORY_DB } from './directory-database';
import { emailKey } from './email-address';

/** A person's row in the directory. Erased rows keep only their ids and erasure time. */
export interface DirectoryPerson {
  personId: string;
  trustId: string;
  name: string | null;
  email: string | null;
  passwordHash: string | null;
  mfaActive: boolean;
  mfaPending: boolean;
  totpLastStep: number | null;
  sessionVersion: number;
  createdAt: string;
  erasedAt: string | null;
}

export interface NewDirectoryPerson {
  personId: string;
  trustId: string;
  name: string;
  email: string;
  passwordHash?: string;
  createdAt: string;
}

interface Row {
  person_id: string;
  trust_id: string;
  name: string | null;
  email: string | null;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  session_version: number;
  created_at: string;
  erased_at: string | null;
}

/** The people directory: names, emails and credentials, outside the event log. */
@Injectable()
export class PeopleDirectory {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(@Inject(DIRECTORY_DB) private readonly db: Database.Database) {}

  /** Each statement prepared once: findById runs on every signed-in request. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Throws `email-in-use` when the address already has an account (in any trust). */
  insert(person: NewDirectoryPerson): void {
    try {
      this.statement(
        `INSERT INTO people (person_id, trust_id, name, email, email_key, password_hash, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        person.personId,
        person.trustId,
        person.name,
        person.email.trim(),
        emailKey(person.email),
        person.passwordHash ?? null,
        person.createdAt,
      );
    } catch (error) {
      throw emailInUseOr(error);
    }
  }

  /** Undoes an insert whose event could not be appended. */
  remove(personId: string): void {
    this.statement('DELETE FROM people WHERE person_id = ?').run(personId);
  }

  findById(personId: string): DirectoryPerson | undefined {
    const row = this.statement('SELECT * FROM people WHERE person_id = ?').get(personId) as
      Row | undefined;
    return row && toPerson(row);
  }

  /** Several people in one query (a school's staff list), by person id; ids not found are absent. */
  findByIds(personIds: readonly string[]): Map<string, DirectoryPerson> {
    const rows = this.statement(
      'SELECT * FROM people WHERE person_id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(personIds)) as Row[];
    return new Map(rows.map((row) => [row.person_id, toPerson(row)]));
  }

  findByEmail(email: string): DirectoryPerson | undefined {
    const row = this.statement('SELECT * FROM people WHERE email_key = ?').get(emailKey(email)) as
      Row | undefined;
    return row && toPerson(row);
  }

  listByTrust(trustId: string): DirectoryPerson[] {
    const rows = this.statement(
      'SELECT * FROM people WHERE trust_id = ? ORDER BY created_at, person_id',
    ).all(trustId) as Row[];
    return rows.map(toPerson);
  }

  /**
   * A new name or email (either or both). A new address (not just new capitals) ends every
   * session and drops the person's unused emailed links: they went to the old address, and the
   * address is how the person signs in and recovers the account. Throws `email-in-use` like insert.
   */
  changeDetails(personId: string, change: { name?: string; email?: string }): void {
    const run = this.db.transaction(() => {
      if (change.name !== undefined)
        this.statement('UPDATE people SET name = ? WHERE person_id = ? AND erased_at IS NULL').run(
          change.name,
          personId,
        );
      if (change.email !== undefined) {
        const key = emailKey(change.email);
        const before = this.findById(personId);
        // A change of case only is the same address: the person stays signed in.
        const newAddress = before?.email == null || emailKey(before.email) !== key;
        this.statement(
          `UPDATE people SET email = ?, email_key = ?, session_version = session_version + ?
             WHERE person_id = ? AND erased_at IS NULL`,
        ).run(change.email.trim(), key, newAddress ? 1 : 0, personId);
        if (newAddress)
          this.statement('DELETE FROM sign_in_links WHERE person_id = ? AND used_ms IS NULL').run(personId);
      }
    });
    try {
      run();
    } catch (error) {
      throw emailInUseOr(error);
    }
  }

  /** Sets a new password hash and ends every existing session. */
  setPasswordHash(personId: string, passwordHash: string): void {
    this.statement(
      'UPDATE people SET password_hash = ?, session_version = session_version + 1 WHERE person_id = ? AND erased_at IS NULL',
    ).run(passwordHash, personId);
  }

  /** Replaces the hash with a stronger one after a sign-in, keeping sessions. */
  upgradePasswordHash(personId: string, passwordHash: string): void {
    this.statement('UPDATE people SET password_hash = ? WHERE person_id = ?').run(
      passwordHash,
      personId,
    );
  }

  /** Removes every piece of personal data of the person; the row keeps ids so events still resolve. */
  erase(personId: string, at: string): void {
    this.statement(
      `UPDATE people SET name = NULL, email = NULL, email_key = NULL, job_title = NULL, password_hash = NULL, totp_secret = NULL,
           totp_pending_secret = NULL, totp_last_step = NULL, session_version = session_version + 1,
           erased_at = COALESCE(erased_at, ?)
         WHERE person_id = ?`,
    ).run(at, personId);
    this.statement('DELETE FROM known_sign_in_addresses WHERE person_id = ?').run(personId);
    this.statement('DELETE FROM sign_in_links WHERE person_id = ?').run(personId);
    this.statement('DELETE FROM personal_records WHERE person_id = ?').run(personId);
    // Move the change out of the WAL so the old values do not linger beside the database.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

function toPerson(row: Row): DirectoryPerson {
  return {
    personId: row.person_id,
    trustId: row.trust_id,
    name: row.name,
    email: row.email,
    passwordHash: row.password_hash,
    mfaActive: row.totp_secret !== null,
    mfaPending: row.totp_pending_secret !== null,
    totpLastStep: row.totp_last_step,
    sessionVersion: row.session_version,
    createdAt: row.created_at,
    erasedAt: row.erased_at,
  };
}

/** The directory's unique email index refusing a second account with one address, in words. */
function emailInUseOr(error: unknown): unknown {
  if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') return error;
  return new DomainError('email-in-use', 'Someone already has an account with this email address.', { field: 'email' });
}
