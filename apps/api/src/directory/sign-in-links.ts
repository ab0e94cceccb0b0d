import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { DIRECTORY_DB } from './directory-database';

/** What an emailed one-time link lets its holder do. */
export type LinkPurpose = 'invitation' | 'password-reset' | 'email-link';

/** How long each kind of link works. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  'password-reset': 60 * 60 * 1000,
  'email-link': 15 * 60 * 1000,
};

export interface IssuedLink {
  /** The secret that goes into the email, and nowhere else. */
  token: string;
  expiresAt: Date;
}

export interface LinkHolder {
  personId: string;
  purpose: LinkPurpose;
}

/** Why a token does not work: each gets its own plain-English answer. */
export type LinkRefusal = 'unknown' | 'used' | 'expired';

export class LinkRefused extends Error {
  constructor(readonly reason: LinkRefusal) {
    super(`sign-in link ${reason}`);
  }
}

interface Row {
  person_id: string;
  purpose: LinkPurpose;
  expires_ms: number;
  used_ms: number | null;
}

/** Keeps dead rows a while, so "already used" and "expired" can be told apart from a typo. */
const KEEP_DEAD_ROWS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * One-time links in the directory: 32 random bytes, of which only the SHA-256 is stored (the
 * token has 256 bits of entropy, so a fast hash suffices: nothing to guess from it). A new link
 * replaces the person's unused ones of the same purpose.
 */
@Injectable()
export class SignInLinks {
  constructor(@Inject(DIRECTORY_DB) private readonly db: Database.Database) {}

  issue(personId: string, purpose: LinkPurpose, now: Date): IssuedLink {
    const token = randomBytes(32).toString('base64url');
    const expiresMs = now.getTime() + LINK_LIFETIME_MS[purpose];
    this.db.transaction(() => {
      this.db
        .prepare('DELETE FROM sign_in_links WHERE person_id = ? AND purpose = ? AND used_ms IS NULL')
        .run(personId, purpose);
      this.db.prepare('DELETE FROM sign_in_links WHERE expires_ms < ?').run(now.getTime() - KEEP_DEAD_ROWS_MS);
      this.db
        .prepare(
          'INSERT INTO sign_in_links (token_hash, person_id, purpose, created_ms, expires_ms) VALUES (?, ?, ?, ?, ?)',
        )
        .run(hashOf(token), personId, purpose, now.getTime(), expiresMs);
    })();
    return { token, expiresAt: new Date(expiresMs) };
  }

  /** Whose link this is, if it still works for one of `purposes`; nothing is spent. */
  check(token: string, purposes: readonly LinkPurpose[], now: Date): LinkHolder {
    const row = this.db
      .prepare('SELECT person_id, purpose, expires_ms, used_ms FROM sign_in_links WHERE token_hash = ?')
      .get(hashOf(token)) as Row | undefined;
    if (!row || !purposes.includes(row.purpose)) throw new LinkRefused('unknown');
    if (row.used_ms !== null) throw new LinkRefused('used');
    if (row.expires_ms <= now.getTime()) throw new LinkRefused('expired');
    return { personId: row.person_id, purpose: row.purpose };
  }

  /** Checks and spends the link at once: of two requests with the same token, one wins. */
  spend(token: string, purposes: readonly LinkPurpose[], now: Date): LinkHolder {
    return this.db.transaction(() => {
      const holder = this.check(token, purposes, now);
      this.db
        .prepare('UPDATE sign_in_links SET used_ms = ? WHERE token_hash = ? AND used_ms IS NULL')
        .run(now.getTime(), hashOf(token));
      return holder;
    })();
  }

  /** Puts back a link spent by a step that then failed (so the person can try again). */
  unspend(token: string): void {
    this.db.prepare('UPDATE sign_in_links SET used_ms = NULL WHERE token_hash = ?').run(hashOf(token));
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
