import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, restore } from '../apps/api/src/cli/backup';
import { bearer, createTrustWithAdmin, TestTrust, uniqueEmail } from './support/fixtures';
import { readModelsAndRebuild, registeredAndDirectoryPeople } from './support/read-models-vs-rebuild';
import { startServerProcess } from './support/server-process';
import { describeOnSqlite } from './support/event-store-under-test';

interface AcknowledgedWrite {
  kind: 'school' | 'person';
  id: string;
  position: bigint;
}

/**
 * A backup taken while a real server process keeps writing (schools to the log and read
 * models, people to the directory and the log) restores to a DATA_DIR that the server starts
 * on with read models equal to a rebuild from the restored log, holding every write
 * acknowledged up to the backup's recorded position and nothing after it.
 */
describeOnSqlite('backup while the server writes', 'backs up and restores the SQLite files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'governance-backup-load-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('restores one moment: read models equal a rebuild, every acknowledged write up to the head is there', async () => {
    const dataDir = join(scratch, 'live');
    const server = await startServerProcess(dataDir);
    const trust: TestTrust = await createTrustWithAdmin(server.app, { schools: 1 });
    const acknowledged: AcknowledgedWrite[] = [];
    let stop = false;
    let sent = 0;
    const post = async (path: string, body: object): Promise<{ id: string; position: string } | undefined> => {
      const response = await fetch(`${server.url}/api/trusts/${trust.id}${path}`, {
        method: 'POST',
        headers: { ...bearer(trust.admin.token), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string; position: string };
    };
    const writer = async () => {
      while (!stop) {
        sent += 1;
        const kind = sent % 2 === 0 ? 'school' : 'person';
        const answer =
          kind === 'school'
            ? await post('/schools', { name: `Load School ${sent}` })
            : await post('/people', { name: `Load Person ${sent}`, email: uniqueEmail('load'), roles: [{ role: 'governor', schoolId: trust.schools[0] }] });
        if (answer) acknowledged.push({ kind, id: answer.id, position: BigInt(answer.position) });
      }
    };
    const writers = Promise.all(Array.from({ length: 6 }, writer));
    while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 10));

    const before = acknowledged.length;
    const { manifest } = await backup(dataDir, join(scratch, 'backup'));
    const acknowledgedBeforeBackup = acknowledged.slice(0, before);
    const afterBackup = acknowledged.length;
    while (acknowledged.length < afterBackup + 10) await new Promise((resolve) => setTimeout(resolve, 10));
    stop = true;
    await writers;
    await server.kill('SIGTERM');

    const head = BigInt(manifest.eventLogHead);
    // Writes went on during the backup, yet the backup is one moment: read models not ahead of the log.
    for (const position of Object.values(manifest.readModels)) expect(BigInt(position)).toBeLessThanOrEqual(head);
    expect(acknowledgedBeforeBackup.filter((write) => write.position > head)).toEqual([]);
    expect(acknowledged.some((write) => write.position > head)).toBe(true);

    const restoredDir = join(scratch, 'restored');
    restore(join(scratch, 'backup'), restoredDir);
    const restored = await startServerProcess(restoredDir);
    for (;;) {
      const health = (await restored.app.http.get('/api/health').expect(200)).body as { position: string; projections: { lag: string }[] };
      expect(BigInt(health.position)).toBe(head);
      if (health.projections.every((projection) => projection.lag === '0')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const admin = bearer(trust.admin.token);
    const schools = (await restored.app.http.get(`/api/trusts/${trust.id}/schools`).set(admin).expect(200)).body as { id: string }[];
    const people = (await restored.app.http.get(`/api/trusts/${trust.id}/people`).set(admin).expect(200)).body as { id: string }[];
    const present = new Set([...schools, ...people].map((item) => item.id));
    const upToHead = acknowledged.filter((write) => write.position <= head);
    expect(upToHead.filter((write) => !present.has(write.id))).toEqual([]);
    expect(acknowledged.filter((write) => write.position > head && present.has(write.id))).toEqual([]);
    await restored.kill('SIGTERM');

    // The read models the restored server keeps equal a rebuild from the restored log.
    const { live, rebuilt } = await readModelsAndRebuild(restoredDir);
    expect(live).toBe(rebuilt);
    // And the directory names exactly the people the restored log registered.
    const { registered, directory } = await registeredAndDirectoryPeople(restoredDir);
    expect(directory).toEqual(registered);
  }, 180_000);
});
