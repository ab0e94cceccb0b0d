import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bearer, createTrustWithAdmin, loginAs } from './support/fixtures';
import { OPERATOR_TOKEN, startTestApp } from './support/test-app';

const run = promisify(execFile);
const SAMPLES = join(__dirname, '../../shared/samples');
const samples = ['internet-social-networking-policy-2018.txt', 'libra-parent-community-social-media.txt', 'ravens-wood-social-media-policy.txt'].map((f) => join(SAMPLES, f));

/** The import CLI, run as a real process on a DATA_DIR. */
function cli(dataDir: string, args: string[]) {
  return run(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/cli.ts', ...args], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, DATA_DIR: dataDir, GOVERNANCE_ADMIN_TOKEN: OPERATOR_TOKEN, CLOCK_TODAY: '2026-11-24', LOG_LEVEL: 'error' },
  });
}

(existsSync(SAMPLES) ? describe : describe.skip)('npm run cli -- import', () => {
  it('shows what it detected on a dry run, then records the samples with --commit', async () => {
    const app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    const trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    await app.close({ keepData: true });

    const dry = await cli(app.dataDir, ['import', ...samples, '--trust', trust.id]);
    expect(dry.stdout).toContain('Internet and Social Networking Policy');
    expect(dry.stdout).toContain('dry run: nothing recorded');

    const committed = await cli(app.dataDir, ['import', ...samples, '--trust', trust.id, '--school', trust.schools[0], '--commit']);
    // All three were last reviewed years ago: a person reading them would call them overdue.
    expect(committed.stdout.match(/overdue/g)).toHaveLength(3);

    const again = await startTestApp({ CLOCK_TODAY: '2026-11-24' }, app.dataDir);
    const token = await loginAs(again, trust.admin);
    const register = await again.http.get(`/api/trusts/${trust.id}/schools/${trust.schools[0]}/policies`).set(bearer(token)).expect(200);
    expect(register.body.map((row: { status: string }) => row.status)).toEqual(['overdue', 'overdue', 'overdue']);
    await again.close();
  }, 120_000);

  it('names a refused file and exits non-zero', async () => {
    const app = await startTestApp();
    const trust = await createTrustWithAdmin(app);
    await app.close({ keepData: true });
    const failure = await cli(app.dataDir, ['import', join(__dirname, 'support/register-ts.js'), '--trust', trust.id]).catch((error: { code: number; stdout: string }) => error);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stdout: string }).stdout).toMatch(/refused/);
  }, 120_000);
});
