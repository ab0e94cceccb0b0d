import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { DIRECTORY_DB } from './directory-database';
import { SecretBox } from './secret-box';

/** The MFA columns as stored (sealed), to put back if the matching event cannot be recorded. */
export interface MfaSnapshot {
  active: string | null;
  pending: string | null;
  lastStep: number | null;
}

/**
 * People's TOTP secrets in the directory: a pending one while they set up their app, the
 * active one after. Sealed with SecretBox, so a copy of directory.db alone does not reveal them.
 */
@Injectable()
export class TotpSecrets {
  constructor(
    @Inject(DIRECTORY_DB) private readonly db: Database.Database,
    private readonly secrets: SecretBox,
  ) {}

  startEnrolment(personId: string, totpSecret: string): void {
    this.db
      .prepare('UPDATE people SET totp_pending_secret = ? WHERE person_id = ?')
      .run(this.secrets.seal(totpSecret, personId), personId);
  }

  pending(personId: string): string | undefined {
    const row = this.db
      .prepare('SELECT totp_pending_secret AS s FROM people WHERE person_id = ?')
      .get(personId) as { s: string | null } | undefined;
    return row?.s ? this.secrets.open(row.s, personId) : undefined;
  }

  active(personId: string): string | undefined {
    const row = this.db
      .prepare('SELECT totp_secret AS s FROM people WHERE person_id = ?')
      .get(personId) as { s: string | null } | undefined;
    return row?.s ? this.secrets.open(row.s, personId) : undefined;
  }

  peopleWithActiveSecret(): string[] {
    const rows = this.db
      .prepare('SELECT person_id AS id FROM people WHERE totp_secret IS NOT NULL')
      .all() as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Makes the pending secret the active one, remembering the step its code was used for. */
  activate(personId: string, usedStep: number): void {
    this.db
      .prepare(
        `UPDATE people SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = ?,
           session_version = session_version + 1
         WHERE person_id = ? AND totp_pending_secret IS NOT NULL`,
      )
      .run(usedStep, personId);
  }

  snapshot(personId: string): MfaSnapshot {
    const row = this.db
      .prepare(
        'SELECT totp_secret AS active, totp_pending_secret AS pending, totp_last_step AS lastStep FROM people WHERE person_id = ?',
      )
      .get(personId) as MfaSnapshot | undefined;
    return row ?? { active: null, pending: null, lastStep: null };
  }

  restore(personId: string, snapshot: MfaSnapshot): void {
    this.db
      .prepare(
        'UPDATE people SET totp_secret = ?, totp_pending_secret = ?, totp_last_step = ? WHERE person_id = ?',
      )
      .run(snapshot.active, snapshot.pending, snapshot.lastStep, personId);
  }

  remove(personId: string): void {
    this.db
      .prepare(
        `UPDATE people SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL,
           session_version = session_version + 1
         WHERE person_id = ?`,
      )
      .run(personId);
  }

  /** Records the time step of an accepted code; false when that step (or a later one) was already used. */
  useStep(personId: string, step: number): boolean {
    const result = this.db
      .prepare(
        'UPDATE people SET totp_last_step = ? WHERE person_id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)',
      )
      .run(step, personId, step);
    return result.changes === 1;
  }
}
