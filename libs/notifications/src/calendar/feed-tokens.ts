import type Database from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A read-only calendar feed token as its owner sees it (never the token itself after creation). */
export interface FeedToken {
  id: string;
  trustId: string;
  personId: string;
  label: string | null;
  /** The feed shows only this school, when set. */
  schoolId: string | null;
  /** The owner had proved a second factor when creating it. */
  mfaVerified: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface Row {
  id: string;
  trust_id: string;
  person_id: string;
  label: string | null;
  school_id: string | null;
  mfa_verified: number;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const PREFIX = 'gtf_';

/**
 * Tokens for `calendar.ics?token=`: calendar apps cannot send headers, so the secret travels
 * in the URL. Only a SHA-256 of each token is stored; a token only ever reads its owner's feed
 * with the owner's current roles, and its owner (or a trust admin) can revoke it.
 */
export class FeedTokens {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO feed_tokens (id, token_hash, trust_id, person_id, label, school_id, mfa_verified, created_at)
         VALUES (@id, @tokenHash, @trustId, @personId, @label, @schoolId, @mfaVerified, @createdAt)`,
      ),
      byHash: db.prepare('SELECT * FROM feed_tokens WHERE token_hash = ? AND revoked_at IS NULL'),
      byId: db.prepare('SELECT * FROM feed_tokens WHERE id = ? AND trust_id = ?'),
      byPerson: db.prepare('SELECT * FROM feed_tokens WHERE person_id = ? ORDER BY created_at, id'),
      revoke: db.prepare('UPDATE feed_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      touch: db.prepare('UPDATE feed_tokens SET last_used_at = ? WHERE id = ?'),
    };
  }

  create(
    owner: { trustId: string; personId: string; label: string | null; schoolId: string | null; mfaVerified: boolean },
    now: Date,
  ): { token: string; feed: FeedToken } {
    const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    this.statements.insert.run({
      id,
      tokenHash: hash(token),
      ...owner,
      mfaVerified: owner.mfaVerified ? 1 : 0,
      createdAt: now.toISOString(),
    });
    return { token, feed: this.get(id, owner.trustId)! };
  }

  /** The live token matching `token`, or undefined. */
  verify(token: string, now: Date): FeedToken | undefined {
    if (!token.startsWith(PREFIX) || token.length > 200) return undefined;
    const row = this.statements.byHash.get(hash(token)) as Row | undefined;
    if (!row) return undefined;
    this.statements.touch.run(now.toISOString(), row.id);
    return toFeedToken(row);
  }

  get(id: string, trustId: string): FeedToken | undefined {
    const row = this.statements.byId.get(id, trustId) as Row | undefined;
    return row && toFeedToken(row);
  }

  listOf(personId: string): FeedToken[] {
    return (this.statements.byPerson.all(personId) as Row[]).map(toFeedToken);
  }

  /** True when it was live and is now revoked. */
  revoke(id: string, now: Date): boolean {
    return this.statements.revoke.run(now.toISOString(), id).changes === 1;
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toFeedToken(row: Row): FeedToken {
  return {
    id: row.id,
    trustId: row.trust_id,
    personId: row.person_id,
    label: row.label,
    schoolId: row.school_id,
    mfaVerified: row.mfa_verified === 1,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
