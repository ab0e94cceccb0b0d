import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backup, restore } from '../apps/api/src/cli/backup';
import { bearer, createTrustWithAdmin, headPosition, loginAs } from './support/fixtures';
import { startTestApp } from './support/test-app';

describe('backup and restore', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'governance-backup-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('takes an online backup while the server runs and restores it into a working server', async () => {
    const original = await startTestApp();
    const trust = await createTrustWithAdmin(original, { schools: ['Oak Primary', 'Elm Academy'] });
    const before = await headPosition(original);
    const folder = join(scratch, 'backup');
    const manifest = await backup(original.dataDir, folder);
    // Writes after the backup are not in it.
    await original.http.post(`/api/trusts/${trust.id}/schools`).set(bearer(trust.admin.token)).send({ name: 'Ash Academy' }).expect(201);
    await original.close();
    expect(manifest.files.map((f) => f.name)).toEqual(expect.arrayContaining(['events.db', 'directory.db', 'secrets.json']));

    const restoredDir = join(scratch, 'restored');
    restore(folder, restoredDir);
    const restored = await startTestApp({}, restoredDir);
    expect(await headPosition(restored)).toBe(before);
    const token = await loginAs(restored, trust.admin);
    const schools = await restored.http.get(`/api/trusts/${trust.id}/schools`).set(bearer(token)).expect(200);
    expect(schools.body.map((s: { name: string }) => s.name).sort()).toEqual(['Elm Academy', 'Oak Primary']);
    await restored.close();
  });

  it('refuses a damaged backup and an occupied DATA_DIR', async () => {
    const app = await startTestApp();
    await createTrustWithAdmin(app);
    const folder = join(scratch, 'second');
    await backup(app.dataDir, folder);
    expect(() => restore(folder, app.dataDir)).toThrow(/already holds data/);
    await app.close();

    const { appendFileSync } = await import('node:fs');
    appendFileSync(join(folder, 'events.db'), 'garbage');
    expect(() => restore(folder, join(scratch, 'elsewhere'))).toThrow(/damaged/);
  });
});
