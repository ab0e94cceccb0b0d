import type Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNotificationsDatabase } from '../notifications-database';
import { FeedTokens } from './feed-tokens';

describe('calendar feed tokens', () => {
  let dir: string;
  let db: Database.Database;
  let tokens: FeedTokens;
  const now = new Date('2026-11-24T09:00:00Z');
  const owner = { trustId: 't1', personId: 'p1', label: 'Outlook', schoolId: null, mfaVerified: false };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'feed-tokens-'));
    db = openNotificationsDatabase(join(dir, 'notifications.db'), 'NORMAL');
    tokens = new FeedTokens(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a live token with its owner, and nothing for a wrong one', () => {
    const { token, feed } = tokens.create(owner, now);
    expect(token).toMatch(/^gtf_[A-Za-z0-9_-]{43}$/);
    expect(tokens.verify(token, now)).toMatchObject({ id: feed.id, personId: 'p1', trustId: 't1', label: 'Outlook' });
    expect(tokens.verify(`${token}x`, now)).toBeUndefined();
    expect(tokens.verify('not-a-token', now)).toBeUndefined();
    expect(tokens.listOf('p1')[0].lastUsedAt).toBe(now.toISOString());
  });

  it('stops answering once revoked', () => {
    const { token, feed } = tokens.create(owner, now);
    expect(tokens.revoke(feed.id, now)).toBe(true);
    expect(tokens.revoke(feed.id, now)).toBe(false);
    expect(tokens.verify(token, now)).toBeUndefined();
    expect(tokens.get(feed.id, 't1')?.revokedAt).toBe(now.toISOString());
    expect(tokens.get(feed.id, 'another-trust')).toBeUndefined();
  });

  it('stores only a hash of the token', () => {
    const { token } = tokens.create(owner, now);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(dir, 'notifications.db')).includes(Buffer.from(token))).toBe(false);
  });
});
