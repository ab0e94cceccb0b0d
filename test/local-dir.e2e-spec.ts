import { statutoryCatalogue } from '@governance/domain';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { backup, restore } from '../apps/api/src/cli/backup';
import { DATA_DIR_FILES } from '../apps/api/src/data-dir/data-dir-files';
import { describeOnSqlite, itOnSqlite } from './support/event-store-under-test';
import { bearer, createTrustWithAdmin, headPosition, TestTrust } from './support/fixtures';
import { runServerToExit, ServerProcess, startServerProcess } from './support/server-process';

/**
 * LOCAL_DIR holds what an instance derives from the log (read models, knownAt checkpoints,
 * kept answers), apart from DATA_DIR. Thrown away whole, it is rebuilt from the log, and the
 * instance answers exactly as before.
 */
const run = promisify(execFile);
const DERIVED = [DATA_DIR_FILES.readModels, DATA_DIR_FILES.readModelCheckpoints, DATA_DIR_FILES.persistedAnswers];
const ENV = { CLOCK_TODAY: '2026-11-02', READ_MODEL_CHECKPOINT_EVENTS: '10', REVIEW_SCAN: 'off' };

describe('LOCAL_DIR apart from DATA_DIR', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'governance-local-dir-'));
  const dataDir = join(scratch, 'data');
  const localDir = join(scratch, 'local');
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  });

  it('keeps the derived files in LOCAL_DIR, and an instance whose LOCAL_DIR was deleted catches up to the same answers', async () => {
    server = await startServerProcess(dataDir, { ...ENV, LOCAL_DIR: localDir });
    const trust = await seedPolicies(server);
    const head = await headPosition(server.app);
    const before = await answers(server, trust, head);
    await server.kill('SIGTERM');

    const local = readdirSync(localDir);
    for (const name of DERIVED) expect(local).toContain(name);
    expect(readdirSync(dataDir).filter((name) => DERIVED.some((derived) => name.startsWith(derived)))).toEqual([]);
    expect(readdirSync(dataDir)).toContain(DATA_DIR_FILES.directory);

    rmSync(localDir, { recursive: true });
    server = await startServerProcess(dataDir, { ...ENV, LOCAL_DIR: localDir });
    await caughtUp(server, head);
    expect(await answers(server, trust, head)).toEqual(before);
    expect(existsSync(join(localDir, DATA_DIR_FILES.readModels))).toBe(true);
    await server.kill('SIGTERM');
    server = undefined;
  }, 180_000);

  itOnSqlite('projections:rebuild writes the read models into LOCAL_DIR', 'on EventStoreDB a rebuild reads the events of every suite', async () => {
    const data = join(scratch, 'cli-data');
    const local = join(scratch, 'cli-local');
    server = await startServerProcess(data, ENV);
    await createTrustWithAdmin(server.app, { schools: 1 });
    await server.kill('SIGTERM');
    server = undefined;
    await run(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/cli.ts', 'projections:rebuild'], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, ...ENV, DATA_DIR: data, LOCAL_DIR: local, LOG_LEVEL: 'error' },
    });
    expect(readdirSync(local)).toContain(DATA_DIR_FILES.readModels);
  }, 120_000);

  it('refuses to start, in words, when LOCAL_DIR cannot be created', async () => {
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const exit = await runServerToExit(join(scratch, 'refused-data'), { LOCAL_DIR: join(blocker, 'local') }, 60_000);
    expect(exit.code).toBe(78);
    expect(exit.stderr).toContain(`LOCAL_DIR (${join(blocker, 'local')}) must be a folder the server can create and write`);
  }, 90_000);

  describeOnSqlite('backup and restore', 'backs up the SQLite files', () => {
    it('copies the read models from LOCAL_DIR and restores them into the LOCAL_DIR given', async () => {
      const source = { dataDir: join(scratch, 'b-data'), localDir: join(scratch, 'b-local') };
      server = await startServerProcess(source.dataDir, { ...ENV, LOCAL_DIR: source.localDir });
      const trust = await seedPolicies(server);
      const head = await headPosition(server.app);
      const before = await answers(server, trust, head);
      const folder = join(scratch, 'backup');
      const { manifest } = await backup(source.dataDir, folder, { localDir: source.localDir });
      await server.kill('SIGTERM');
      expect(manifest.files.map((file) => file.name)).toContain(DATA_DIR_FILES.readModels);

      const target = { dataDir: join(scratch, 'r-data'), localDir: join(scratch, 'r-local') };
      restore(folder, target.dataDir, { localDir: target.localDir });
      expect(readdirSync(target.localDir)).toEqual([DATA_DIR_FILES.readModels]);
      expect(readdirSync(target.dataDir)).toContain(DATA_DIR_FILES.events);
      expect(readdirSync(target.dataDir)).not.toContain(DATA_DIR_FILES.readModels);

      server = await startServerProcess(target.dataDir, { ...ENV, LOCAL_DIR: target.localDir });
      await caughtUp(server, head);
      expect(await answers(server, trust, head)).toEqual(before);
      await server.kill('SIGTERM');
      server = undefined;
    }, 180_000);
  });
});

/** A trust with two schools, a few catalogue policies adopted at one of them and one reviewed. */
async function seedPolicies(server: ServerProcess): Promise<TestTrust> {
  const trust = await createTrustWithAdmin(server.app, { schools: 2 });
  const post = async (path: string, body: object): Promise<Record<string, unknown>> => {
    const response = await server.app.http.post(`/api/trusts/${trust.id}${path}`).set(bearer(trust.admin.token)).send(body);
    expect([200, 201]).toContain(response.status);
    return response.body as Record<string, unknown>;
  };
  const keys = statutoryCatalogue.slice(0, 4).map((entry) => entry.key);
  const { added } = (await post('/policies/catalogue', { keys })) as { added: { id: string }[] };
  for (const { id } of added) {
    await post(`/policies/${id}/versions`, { summary: 'First version' });
    await post(`/schools/${trust.schools[0]}/policies/${id}/adoptions`, { version: 1, adoptedOn: '2024-01-10', approvedBy: 'local-governing-body' });
  }
  await post(`/schools/${trust.schools[0]}/policies/${added[0].id}/reviews`, { reviewedOn: '2025-01-10', outcome: 'no-change' });
  return trust;
}

/** The compliance dashboard and the first school's register, now and as known at an earlier position. */
async function answers(server: ServerProcess, trust: TestTrust, head: string): Promise<unknown[]> {
  const earlier = String(BigInt(head) - 3n);
  const paths = [
    `/api/trusts/${trust.id}/compliance`,
    `/api/trusts/${trust.id}/schools/${trust.schools[0]}/policies`,
    `/api/trusts/${trust.id}/compliance?knownAt=${earlier}`,
    `/api/trusts/${trust.id}/schools/${trust.schools[0]}/policies?knownAt=${earlier}`,
  ];
  const bodies: unknown[] = [];
  for (const path of paths) {
    const response = await server.app.http.get(path).set(bearer(trust.admin.token)).set('X-Min-Position', head);
    expect(response.status).toBe(200);
    bodies.push(response.body);
  }
  return bodies;
}

/** Waits until the instance's read models have applied the log up to `head`. */
async function caughtUp(server: ServerProcess, head: string): Promise<void> {
  for (;;) {
    const health = (await server.app.http.get('/api/health').expect(200)).body as { position: string; projections: { lag: string }[] };
    if (BigInt(health.position) >= BigInt(head) && health.projections.every((projection) => projection.lag === '0')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
