import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer } from './support/fixtures';
import { startTestApp } from './support/test-app';

/** GOVERNANCE_ADMIN_TOKEN unset: a token is generated on first start, printed once, only its hash kept. */
describe('the generated operator token', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'governance-operator-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startCapturingStdout() {
    const printed: string[] = [];
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
    try {
      const app = await startTestApp({ GOVERNANCE_ADMIN_TOKEN: '' }, dataDir);
      return { app, printed: printed.join('') };
    } finally {
      spy.mockRestore();
    }
  }

  it('is printed once, works as a bearer token, and survives a restart without being printed again', async () => {
    const first = await startCapturingStdout();
    const token = /^ {4}(\S{40,})$/m.exec(first.printed)?.[1];
    expect(token).toBeDefined();
    await first.app.http
      .post('/api/trusts')
      .set(bearer(token as string))
      .send({ name: 'Operator Trust' })
      .expect(201);
    await first.app.http
      .post('/api/trusts')
      .set(bearer(`${token}x`))
      .send({ name: 'Nope' })
      .expect(401);
    await first.app.close({ keepData: true });

    const secretsFile = join(dataDir, 'secrets.json');
    expect(existsSync(secretsFile)).toBe(true);
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
    const stored = readFileSync(secretsFile, 'utf8');
    expect(stored).not.toContain(token);
    expect(JSON.parse(stored)).toEqual({
      tokenSecret: expect.any(String),
      operatorTokenSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const second = await startCapturingStdout();
    expect(second.printed).not.toContain('operator token');
    await second.app.http
      .get('/api/trusts')
      .set(bearer(token as string))
      .expect(200);
    await second.app.close({ keepData: true });
  });

  it('keeps access tokens valid across a restart (the signing secret is kept in DATA_DIR)', async () => {
    const first = await startCapturingStdout();
    const token = /^ {4}(\S{40,})$/m.exec(first.printed)?.[1] as string;
    const trust = await first.app.http
      .post('/api/trusts')
      .set(bearer(token))
      .send({ name: 'Restart Trust' })
      .expect(201);
    const email = 'restart.admin@example.org';
    await first.app.http
      .post(`/api/trusts/${trust.body.id}/people`)
      .set(bearer(token))
      .send({
        name: 'Restart Admin',
        email,
        password: 'meadow lantern pebble',
        roles: [{ role: 'trust-admin' }],
      })
      .expect(201);
    const signIn = await first.app.http
      .post('/api/auth/login')
      .send({ email, password: 'meadow lantern pebble' })
      .expect(200);
    await first.app.close({ keepData: true });

    const second = await startCapturingStdout();
    await second.app.http.get('/api/me').set(bearer(signIn.body.accessToken)).expect(200);
    await second.app.close({ keepData: true });
  });

  it('is not generated when GOVERNANCE_ADMIN_TOKEN is set', async () => {
    const app = await startTestApp({}, dataDir);
    await app.close({ keepData: true });
    const stored = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
    expect(stored.operatorTokenSha256).toBeUndefined();
  });
});
