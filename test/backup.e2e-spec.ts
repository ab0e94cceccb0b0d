import { OutboxDispatcher } from '@governance/notifications';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, restore } from '../apps/api/src/cli/backup';
import { bearer, createTrustWithAdmin, headPosition, loginAs } from './support/fixtures';
import { createReviewCyclesTrust } from './support/review-cycles-trust';
import { schemaOf, tablesOf } from './support/sqlite-tables';
import { startTestApp, TestApp } from './support/test-app';

/** The files of DATA_DIR a store keeps, without SQLite's temporary companions. */
function storeFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => !/-(wal|shm|journal)$/.test(name)).sort();
}

async function projectionsCaughtUp(app: TestApp): Promise<void> {
  for (;;) {
    const health = (await app.http.get('/api/health').expect(200)).body as { projections: { lag: string }[] };
    if (health.projections.every((projection) => projection.lag === '0')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('backup and restore', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'governance-backup-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('backs up every file the stores write and restores every table of every store row for row', async () => {
    const app = await startTestApp({ CLOCK_TODAY: '2027-06-30', REVIEW_SCAN: 'off' });
    // Writes that touch every store: the log, read models, the directory (people, a failed
    // sign-in), idempotency keys, and notifications (a calendar feed link, reminders).
    const seed = await createReviewCyclesTrust(app);
    const admin = bearer(seed.trust.admin.token);
    await app.http.post(`/api/trusts/${seed.trust.id}/schools`).set(admin).set('Idempotency-Key', 'backup-ash-1').send({ name: 'Ash Academy' }).expect(201);
    await app.http.post(`/api/trusts/${seed.trust.id}/calendar-feeds`).set(admin).send({ label: 'Kitchen calendar' }).expect(201);
    await app.http.post('/api/auth/login').send({ email: seed.head.email, password: 'not the password' }).expect(401);
    await app.http.post('/api/admin/review-scan').set(admin).send({ asOf: '2027-06-30' }).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    await projectionsCaughtUp(app);

    const folder = join(scratch, 'idle');
    const { manifest } = await backup(app.dataDir, folder);
    const restoredDir = join(scratch, 'idle-restored');
    restore(folder, restoredDir);

    // Every file a store opened is in the backup: a store the backup forgets fails here.
    expect(manifest.files.map((file) => file.name).sort()).toEqual(storeFiles(app.dataDir));
    expect(storeFiles(restoredDir)).toEqual(storeFiles(app.dataDir));
    for (const name of storeFiles(app.dataDir).filter((file) => file.endsWith('.db'))) {
      const source = tablesOf(join(app.dataDir, name));
      expect({ name, schema: schemaOf(join(restoredDir, name)) }).toEqual({ name, schema: schemaOf(join(app.dataDir, name)) });
      expect({ name, tables: tablesOf(join(restoredDir, name)) }).toEqual({ name, tables: source });
    }
    expect(readFileSync(join(restoredDir, 'secrets.json'))).toEqual(readFileSync(join(app.dataDir, 'secrets.json')));
    // The comparison means something only if every store holds rows.
    const rows = (file: string, table: string) => tablesOf(join(restoredDir, file))[table]?.length ?? 0;
    for (const [file, table] of [
      ['events.db', 'events'],
      ['read-models.db', 'projection_state'],
      ['directory.db', 'people'],
      ['directory.db', 'login_failures'],
      ['idempotency.db', 'idempotency_keys'],
      ['notifications.db', 'outbox'],
      ['notifications.db', 'feed_tokens'],
    ]) {
      expect({ file, table, hasRows: rows(file, table) > 0 }).toEqual({ file, table, hasRows: true });
    }
    // Private to the server's user, like DATA_DIR itself.
    expect(statSync(restoredDir).mode & 0o777).toBe(0o700);
    for (const name of storeFiles(restoredDir)) expect({ name, mode: statSync(join(restoredDir, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });

    const position = await headPosition(app);
    await app.close();
    const restored = await startTestApp({ CLOCK_TODAY: '2027-06-30', REVIEW_SCAN: 'off' }, restoredDir);
    expect(await headPosition(restored)).toBe(position);
    const token = await loginAs(restored, seed.trust.admin);
    const schools = await restored.http.get(`/api/trusts/${seed.trust.id}/schools`).set(bearer(token)).expect(200);
    expect(schools.body.map((s: { name: string }) => s.name).sort()).toEqual(['Ash Academy', 'Byron Primary', 'Libra School']);
    await restored.close();
  });

  it('refuses a damaged backup, a non-empty DATA_DIR without --force, and a database it does not know', async () => {
    const app = await startTestApp();
    await createTrustWithAdmin(app);
    const folder = join(scratch, 'second');
    await backup(app.dataDir, folder);
    expect(() => restore(folder, app.dataDir)).toThrow(/not empty/);
    const occupied = join(scratch, 'occupied');
    mkdirSync(occupied);
    writeFileSync(join(occupied, 'notes.txt'), 'something the operator keeps here');
    expect(() => restore(folder, occupied)).toThrow(/not empty/);
    restore(folder, occupied, { force: true });

    // A store this version does not know (a future one, or a renamed one): refused, not skipped.
    writeFileSync(join(app.dataDir, 'outbox.db'), readFileSync(join(app.dataDir, 'events.db')));
    await expect(backup(app.dataDir, join(scratch, 'unknown'))).rejects.toThrow(/outbox\.db/);
    await app.close();

    appendFileSync(join(folder, 'events.db'), 'garbage');
    expect(() => restore(folder, join(scratch, 'elsewhere'))).toThrow(/damaged/);
  });
});
