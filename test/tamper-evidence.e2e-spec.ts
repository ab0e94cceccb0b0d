import Database from 'better-sqlite3';
import { join } from 'node:path';
import { bearer, createTrustWithAdmin, headPosition, TestTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('tamper evidence (GET /api/trusts/:trustId/audit/verify)', () => {
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
