import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { Clock } from '../clock/clock';
import { DIRECTORY_DB } from '../directory/directory-database';

/** How long an address stays known after the account last signed in from it. */
export const KNOWN_ADDRESS_DAYS = 90;
const KNOWN_ADDRESS_MS = KNOWN_ADDRESS_DAYS * 24 * 3600 * 1000;

/**
 * Where each person has fully signed in from (password, and code when they have MFA) in the
 * last 90 days, by throttle address: the owner's usual places. Guesses from other addresses
 * slow the account down everywhere else, never there. Erasure deletes them (PeopleDirectory).
 */
@Injectable()
export class KnownSignInAddresses {
  constructor(
    @Inject(DIRECTORY_DB) private readonly db: Database.Database,
    private readonly clock: Clock,
  ) {}

  isKnown(personId: string, address: string): boolean {
    const row = this.db
      .prepare(
        'SELECT 1 FROM known_sign_in_addresses WHERE person_id = ? AND address = ? AND last_success_ms > ?',
      )
      .get(personId, address, this.now() - KNOWN_ADDRESS_MS);
    return row !== undefined;
  }

  remember(personId: string, address: string): void {
    const now = this.now();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO known_sign_in_addresses (person_id, address, last_success_ms) VALUES (?, ?, ?)
           ON CONFLICT (person_id, address) DO UPDATE SET last_success_ms = excluded.last_success_ms`,
        )
        .run(personId, address, now);
      this.db
        .prepare('DELETE FROM known_sign_in_addresses WHERE last_success_ms <= ?')
        .run(now - KNOWN_ADDRESS_MS);
    })();
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}
