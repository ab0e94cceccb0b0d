import Database from 'better-sqlite3';
import { OutboxDispatcher } from '@governance/notifications';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFile } from '../apps/api/src/backup/backup-manifest';
import { DATA_DIR_FILES, DataDirFile, NOT_BACKED_UP } from '../apps/api/src/data-dir/data-dir-files';
import { backup, restore } from '../apps/api/src/cli/backup';
import { addPerson, bearer, createTrustWithAdmin, headPosition, loginAs } from './support/fixtures';
import { createReviewCyclesTrust } from './support/review-cycles-trust';
import { schemaOf, tablesOf } from './support/sqlite-tables';
import { readModelsAndRebuild, registeredAndDirectoryPeople } from './support/read-models-vs-rebuild';
import { startTestApp, TestApp } from './support/test-app';
import { describeOnSqlite } from './support/event-store-under-test';

/** The files of DATA_DIR a store keeps, without SQLite's temporary companions. */
/** Caches the backup leaves out on purpose (NOT_BACKED_UP), computed again when missing. */
const CACHES = new Set((Object.keys(NOT_BACKED_UP) as DataDirFile[]).map((file) => DATA_DIR_FILES[file]));

function storeFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => !/-(wal|shm|journal)$/.test(name) && !CACHES.has(name as (typeof DATA_DIR_FILES)[DataDirFile])).sort();
}

async function projectionsCaughtUp(app: TestApp): Promise<void> {
  for (;;) {
    const health = (await app.http.get('/api/health').expect(200)).body as { projections: { lag: string }[] };
    if (health.projections.every((projection) => projection.lag === '0')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the signed checkpoints reach the log's head, as the verify report tells. */
async function checkpointCoversHead(app: TestApp, trustId: string, auth: { Authorization: string }): Promise<void> {
  const head = BigInt(await headPosition(app));
  for (;;) {
    const report = (await app.http.get(`/api/trusts/${trustId}/audit/verify`).set(auth).expect(200)).body as {
      checkpoints?: { coveredPosition?: string } | null;
    };
    const covered = report.checkpoints?.coveredPosition;
    if (covered !== undefined && BigInt(covered) >= head) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeOnSqlite('backup and restore', 'backs up and restores the SQLite files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'governance-backup-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('backs up every file the stores write and restores every table of every store row for row', async () => {
    // Keyed, so the signed tamper-evidence checkpoints are a store too.
    const env = { CLOCK_TODAY: '2027-06-30', REVIEW_SCAN: 'off', TAMPER_KEY: 'backup-test-tamper-key-0123456789abcdef' };
    const app = await startTestApp(env);
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
    await checkpointCoversHead(app, seed.trust.id, admin);

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
      ['tamper-checkpoints.db', 'checkpoints'],
    ]) {
      expect({ file, table, hasRows: rows(file, table) > 0 }).toEqual({ file, table, hasRows: true });
    }
    // Private to the server's user, like DATA_DIR itself.
    expect(statSync(restoredDir).mode & 0o777).toBe(0o700);
    for (const name of storeFiles(restoredDir)) expect({ name, mode: statSync(join(restoredDir, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });

    const position = await headPosition(app);
    await app.close();
    const restored = await startTestApp(env, restoredDir);
    expect(await headPosition(restored)).toBe(position);
    const token = await loginAs(restored, seed.trust.admin);
    const schools = await restored.http.get(`/api/trusts/${seed.trust.id}/schools`).set(bearer(token)).expect(200);
    expect(schools.body.map((s: { name: string }) => s.name).sort()).toEqual(['Ash Academy', 'Byron Primary', 'Libra School']);
    await restored.close();
  });

  it('pins the stores so that none is ahead of the log, even when the server writes between two pins', async () => {
    const app = await startTestApp();
    const trust = await createTrustWithAdmin(app, { schools: 1 });
    const admin = bearer(trust.admin.token);
    // After each store's snapshot is fixed, a write to every store: a school (the log, then the
    // read models and an idempotency key) and a person (the directory, then the log).
    const pinnedOrder: string[] = [];
    const firstAnswers = new Map<string, { id: string; position: string }>();
    const addSchool = (on: TestApp, key: string) =>
      on.http.post(`/api/trusts/${trust.id}/schools`).set(admin).set('Idempotency-Key', key).send({ name: `School after ${key}` });
    const folder = join(scratch, 'between-pins');
    const { manifest } = await backup(app.dataDir, folder, {
      afterPinning: async (file) => {
        pinnedOrder.push(file);
        const first = await addSchool(app, file);
        expect(first.status).toBe(201);
        firstAnswers.set(file, first.body as { id: string; position: string });
        await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: trust.schools[0] }], { password: null });
        await projectionsCaughtUp(app);
      },
    });
    await app.close();
    expect(pinnedOrder).toEqual(['read-models.db', 'notifications.db', 'idempotency.db', 'events.db', 'directory.db']);
    const head = BigInt(manifest.eventLogHead);
    for (const position of Object.values(manifest.readModels)) expect(BigInt(position)).toBeLessThanOrEqual(head);

    const restoredDir = join(scratch, 'between-pins-restored');
    const { settlement } = restore(folder, restoredDir);
    // The person added after the log's pin was in the directory's snapshot, not in the log's.
    expect(settlement).toMatchObject({ readModelsRemoved: false, unregisteredPeopleRemoved: 1 });
    const restored = await startTestApp({}, restoredDir);
    await projectionsCaughtUp(restored);
    // Retried requests: one whose write is in the backup answers as the first time (or, when
    // only the write and not yet its answer was kept, is refused as already done); one whose
    // write came after the log's pin is carried out now. None is applied twice.
    for (const key of pinnedOrder) {
      const first = firstAnswers.get(key) as { id: string; position: string };
      const retry = await addSchool(restored, key);
      const inBackup = BigInt(first.position) <= head;
      if (inBackup && retry.status !== 422) expect({ key, status: retry.status, id: retry.body.id }).toEqual({ key, status: 201, id: first.id });
      if (!inBackup) expect({ key, status: retry.status }).toEqual({ key, status: 201 });
    }
    const schools = (await restored.http.get(`/api/trusts/${trust.id}/schools`).set(admin).expect(200)).body as { id: string; name: string }[];
    expect(pinnedOrder.filter((key) => !schools.some((school) => school.name === `School after ${key}`))).toEqual([]);
    expect(new Set(schools.map((school) => school.name)).size).toBe(schools.length);
    await restored.close({ keepData: true });

    const { live, rebuilt } = await readModelsAndRebuild(restoredDir);
    expect(live).toBe(rebuilt);
    const { registered, directory } = await registeredAndDirectoryPeople(restoredDir);
    expect(directory).toEqual(registered);
  });

  it('settles a backup whose stores disagree with its log: read models ahead, an erasure not yet carried out', async () => {
    // As a backup made by the old tool (the log copied first) or caught between an erasure's
    // event and its directory step could be: restore must still give a consistent DATA_DIR.
    const app = await startTestApp();
    const trust = await createTrustWithAdmin(app, { schools: 1 });
    const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: trust.schools[0] }]);
    await app.http.delete(`/api/trusts/${trust.id}/people/${person.id}`).set(bearer(trust.admin.token)).expect(201);
    await projectionsCaughtUp(app);
    const folder = join(scratch, 'disagreeing');
    const { manifest } = await backup(app.dataDir, folder);
    await app.close();
    const tamper = (file: string, sql: string) => {
      const db = new Database(join(folder, file));
      db.exec(sql);
      db.close();
      const entry = manifest.files.find((candidate) => candidate.name === file) as { bytes: number; sha256: string };
      Object.assign(entry, describeFile(folder, file));
    };
    tamper('read-models.db', 'UPDATE projection_state SET position = position + 5');
    tamper('directory.db', `UPDATE people SET name = 'Still Here', email = 'still@example.org', erased_at = NULL WHERE person_id = '${person.id}'`);
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));

    const restoredDir = join(scratch, 'disagreeing-restored');
    const { settlement } = restore(folder, restoredDir);
    expect(settlement).toMatchObject({ readModelsRemoved: true, erasuresFinished: 1, unregisteredPeopleRemoved: 0 });
    const directory = new Database(join(restoredDir, 'directory.db'));
    expect(directory.prepare('SELECT name, email FROM people WHERE person_id = ?').get(person.id)).toEqual({ name: null, email: null });
    directory.close();
    const restored = await startTestApp({}, restoredDir);
    await projectionsCaughtUp(restored);
    const token = await loginAs(restored, trust.admin);
    const schools = await restored.http.get(`/api/trusts/${trust.id}/schools`).set(bearer(token)).expect(200);
    expect(schools.body).toHaveLength(1);
    await restored.close({ keepData: true });
    const { live, rebuilt } = await readModelsAndRebuild(restoredDir);
    expect(live).toBe(rebuilt);
  });

  it('refuses a damaged backup, a non-empty DATA_DIR without --force, a running server\'s DATA_DIR, and a database it does not know', async () => {
    const app = await startTestApp();
    await createTrustWithAdmin(app);
    const folder = join(scratch, 'second');
    await backup(app.dataDir, folder);
    expect(() => restore(folder, app.dataDir)).toThrow(/not empty/);
    expect(() => restore(folder, app.dataDir, { force: true })).toThrow(/A server is still using/);
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
