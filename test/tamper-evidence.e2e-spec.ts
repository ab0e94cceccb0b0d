import { chainHash, GENESIS_HASH } from '@governance/event-store';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSchool, bearer, createTrustWithAdmin, headPosition, TestTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { describeOnSqlite } from './support/event-store-under-test';

describeOnSqlite('tamper evidence (GET /api/trusts/:trustId/audit/verify)', 'edits rows of events.db', () => {
  let app: TestApp;
  let trust: TestTrust;
  const verify = async () => {
    const position = await headPosition(app);
    const response = await app.http
      .get(`/api/trusts/${trust.id}/audit/verify`)
      .set(bearer(trust.admin.token))
      .set('X-Min-Position', position)
      .expect(200);
    return response.body;
  };

  beforeEach(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: ['Oak Primary', 'Elm Academy'] });
  });
  afterEach(() => app.close());

  it('finds every chain intact after ordinary writes', async () => {
    const report = await verify();
    expect(report).toMatchObject({ trustId: trust.id, intact: true, breaks: [] });
    expect(report.events).toBeGreaterThanOrEqual(4);
  });

  it('names an event altered in the SQLite file', async () => {
    const db = new Database(join(app.dataDir, 'events.db'));
    const row = db.prepare("SELECT position, event_id, stream_id FROM events WHERE type = 'SchoolAdded' ORDER BY position LIMIT 1").get() as {
      position: number;
      event_id: string;
      stream_id: string;
    };
    db.prepare("UPDATE events SET data = json_set(data, '$.name', 'Forged Academy') WHERE position = ?").run(row.position);
    db.close();

    const report = await verify();
    expect(report.intact).toBe(false);
    expect(report.breaks).toContainEqual(
      expect.objectContaining({ eventId: row.event_id, streamId: row.stream_id, position: String(row.position), reason: 'altered' }),
    );
  });

  it('names a removed event', async () => {
    const db = new Database(join(app.dataDir, 'events.db'));
    const rows = db.prepare("SELECT position, stream_id FROM events WHERE stream_id = ? ORDER BY revision").all(`trust-${trust.id}`) as {
      position: number;
      stream_id: string;
    }[];
    db.prepare('DELETE FROM events WHERE position = ?').run(rows[1].position);
    db.close();

    const report = await verify();
    expect(report.intact).toBe(false);
    expect(report.breaks).toContainEqual(expect.objectContaining({ streamId: `trust-${trust.id}`, reason: 'missing-before' }));
  });

  it('is refused to a school-scoped reader', async () => {
    const { addSignedInPerson } = await import('./support/fixtures');
    const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[0] }]);
    await app.http.get(`/api/trusts/${trust.id}/audit/verify`).set(bearer(governor.token)).expect(403);
  });
});

interface StoredEvent {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

/**
 * What someone who can write DATA_DIR but holds no key can do: change an event and recompute a
 * plain SHA-256 chain (as written before keys) over it and every later event of its stream.
 */
function rewriteWithPlainSha256(db: Database.Database, streamId: string, fromRevision: number, change: (data: Record<string, unknown>) => void, dropKeyedFields: boolean): void {
  const rows = db.prepare('SELECT position, event_id, stream_id, revision, type, data, metadata FROM events WHERE stream_id = ? ORDER BY revision').all(streamId) as StoredEvent[];
  let previous = fromRevision === 0 ? GENESIS_HASH : String(JSON.parse(rows[fromRevision - 1].metadata).hash);
  const update = db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?');
  for (const row of rows.slice(fromRevision)) {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    if (row.revision === fromRevision) change(data);
    const { hash: _old, ...metadata } = JSON.parse(row.metadata) as Record<string, unknown>;
    if (dropKeyedFields) {
      delete metadata.chain;
      delete metadata.chainKey;
      delete metadata.recordedAt;
    }
    const hash = chainHash(previous, { streamId, revision: row.revision, id: row.event_id, type: row.type, data, metadata });
    update.run(JSON.stringify(data), JSON.stringify({ ...metadata, hash }), row.position);
    previous = hash;
  }
}

describeOnSqlite('tamper evidence with keys kept outside DATA_DIR (TAMPER_KEY_FILE)', 'edits rows of events.db', () => {
  let app: TestApp;
  let trust: TestTrust;
  let keyDir: string;
  let keyFile: string;
  const trustStream = () => `trust-${trust.id}`;

  const report = async (query = '') => {
    const position = await headPosition(app);
    const response = await app.http
      .get(`/api/trusts/${trust.id}/audit/verify${query}`)
      .set(bearer(trust.admin.token))
      .set('X-Min-Position', position);
    expect(response.status).toBe(200);
    return response.body;
  };

  /** Waits (without judging how long) until a signed checkpoint covers every event written so far. */
  const checkpointed = async () => {
    const head = BigInt(await headPosition(app));
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const covered = (await report()).checkpoints?.coveredPosition;
      if (covered !== undefined && BigInt(covered) >= head) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const openEvents = () => new Database(join(app.dataDir, 'events.db'));

  beforeEach(async () => {
    keyDir = mkdtempSync(join(tmpdir(), 'governance-keys-'));
    keyFile = join(keyDir, 'tamper-keys.json');
    app = await startTestApp({ TAMPER_KEY_FILE: keyFile });
    trust = await createTrustWithAdmin(app, { schools: ['Oak Primary', 'Elm Academy'] });
  });
  afterEach(async () => {
    await app.close();
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('chains with the key, signs checkpoints and finds everything intact', async () => {
    await checkpointed();
    const body = await report();
    expect(body).toMatchObject({ intact: true, breaks: [], keyed: true, chainVersions: [2] });
    expect(body.checkpoints.signed).toBeGreaterThanOrEqual(1);
    expect(body.checkpoints.publicKey).toMatch(/^ed25519:[A-Za-z0-9_-]{43}$/);
    // The key file was created on first start, private; the checkpoints live in DATA_DIR, private too.
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(app.dataDir, 'tamper-checkpoints.db')).mode & 0o777).toBe(0o600);
  });

  it('names an event changed in the SQLite file with the chain after it recomputed without the key', async () => {
    const db = openEvents();
    const target = db.prepare("SELECT event_id, revision FROM events WHERE stream_id = ? AND type = 'SchoolAdded' ORDER BY revision LIMIT 1").get(trustStream()) as { event_id: string; revision: number };
    rewriteWithPlainSha256(db, trustStream(), target.revision, (data) => (data.name = 'Forged Academy'), false);
    db.close();

    const body = await report();
    expect(body.intact).toBe(false);
    expect(body.breaks).toContainEqual(expect.objectContaining({ streamId: trustStream(), eventId: target.event_id, reason: 'altered' }));
  });

  it('names a stream rewritten from its first event as an unkeyed chain, by its signed head', async () => {
    await checkpointed();
    const db = openEvents();
    rewriteWithPlainSha256(db, trustStream(), 0, (data) => (data.name = 'Forged Trust'), true);
    db.close();

    const body = await report();
    expect(body.intact).toBe(false);
    expect(body.breaks).toContainEqual(expect.objectContaining({ streamId: trustStream(), reason: 'rewritten' }));
  });

  it('names a stream whose last event was removed together with its audit row', async () => {
    await checkpointed();
    const db = openEvents();
    const last = db.prepare('SELECT position, revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').get(trustStream()) as { position: number; revision: number };
    db.prepare('DELETE FROM events WHERE position = ?').run(last.position);
    db.close();
    const readModels = new Database(join(app.dataDir, 'read-models.db'));
    expect(readModels.prepare('DELETE FROM audit_events WHERE position = ?').run(last.position).changes).toBe(1);
    readModels.close();

    const body = await report();
    expect(body.intact).toBe(false);
    expect(body.breaks).toContainEqual({ streamId: trustStream(), reason: 'truncated', expected: last.revision + 1, found: last.revision, checkpoint: expect.any(Number) });
  });

  it('names an event whose recording time was changed', async () => {
    const db = openEvents();
    const row = db.prepare("SELECT position, event_id FROM events WHERE stream_id = ? AND type = 'SchoolAdded' LIMIT 1").get(trustStream()) as { position: number; event_id: string };
    db.prepare("UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE position = ?").run(row.position);
    db.close();

    const body = await report();
    expect(body.breaks).toContainEqual(expect.objectContaining({ eventId: row.event_id, reason: 'recorded-at-changed' }));
  });

  it('checks the checkpoints against a public key the trust kept', async () => {
    await checkpointed();
    const own = (await report()).checkpoints.publicKey as string;
    expect(await report(`?publicKey=${own}`)).toMatchObject({ intact: true });

    const stranger = `ed25519:${'A'.repeat(42)}E`;
    const body = await report(`?publicKey=${stranger}`);
    expect(body.intact).toBe(false);
    expect(body.breaks).toContainEqual({ seq: 1, reason: 'checkpoint-altered' });

    const bad = await app.http.get(`/api/trusts/${trust.id}/audit/verify?publicKey=not-a-key`).set(bearer(trust.admin.token)).expect(400);
    expect(bad.body.detail).toMatch(/tamper-key/);
  });
});

describeOnSqlite('tamper evidence across an upgrade from an unkeyed log', 'edits rows of events.db', () => {
  it('keeps verifying the version 1 events written before the key was set, and refuses to go on without it or with another', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'governance-keys-'));
    const keyFile = join(keyDir, 'tamper-keys.json');
    let app = await startTestApp();
    const trust = await createTrustWithAdmin(app, { schools: ['Oak Primary'] });
    const dataDir = app.dataDir;
    await app.close({ keepData: true });

    app = await startTestApp({ TAMPER_KEY_FILE: keyFile }, dataDir);
    try {
      await addSchool(app, trust.id, trust.admin.token, { name: 'Birch Academy' });
      const position = await headPosition(app);
      const body = (await app.http.get(`/api/trusts/${trust.id}/audit/verify`).set(bearer(trust.admin.token)).set('X-Min-Position', position).expect(200)).body;
      expect(body).toMatchObject({ intact: true, breaks: [], keyed: true, chainVersions: [1, 2] });
    } finally {
      await app.close({ keepData: true });
    }

    await expect(startTestApp({}, dataDir)).rejects.toThrow(/neither TAMPER_KEY nor TAMPER_KEY_FILE is set/);
    await expect(startTestApp({ TAMPER_KEY: 'another-key-'.repeat(4) }, dataDir)).rejects.toThrow(/signed with key \w+, but/);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(keyDir, { recursive: true, force: true });
  });
});
