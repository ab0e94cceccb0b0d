import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { totpCode } from '../apps/api/src/auth/totp';
import { addSchool, bearer, createTrustWithAdmin } from './support/fixtures';
import { ServerProcess, startServerProcess } from './support/server-process';
import { describeOnSqlite } from './support/event-store-under-test';

/** Every file and folder under `dir` with its permission bits, e.g. ['events.db', 0o644]. */
function modesUnder(dir: string, prefix = ''): [string, number][] {
  return readdirSync(dir).flatMap((name): [string, number][] => {
    const path = join(dir, name);
    const stat = lstatSync(path);
    const entry: [string, number] = [
      `${prefix}${name}${stat.isDirectory() ? '/' : ''}`,
      stat.mode & 0o777,
    ];
    return stat.isDirectory() ? [entry, ...modesUnder(path, `${prefix}${name}/`)] : [entry];
  });
}

function expectPrivate(dataDir: string): void {
  const modes = modesUnder(dataDir);
  expect(modes.map(([name]) => name)).toEqual(
    expect.arrayContaining([
      'events.db',
      'idempotency.db',
      'directory.db',
      'secrets.json',
      'demo-logins.txt',
    ]),
  );
  const open = modes.filter(([name, mode]) => mode !== (name.endsWith('/') ? 0o700 : 0o600));
  expect(open.map(([name, mode]) => `${name} ${mode.toString(8)}`)).toEqual([]);
  expect(statSync(dataDir).mode & 0o777).toBe(0o700);
}

/**
 * No secret at rest: every file under DATA_DIR is the server's user's alone (0600, folders
 * 0700), also for an install whose files an earlier version left readable; and answers that
 * carry a secret (a TOTP secret, an access token, a feed token) are not kept in idempotency.db.
 */
describeOnSqlite('DATA_DIR privacy and secrets in idempotent answers', 'checks the modes and contents of the SQLite files', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-privacy-'));
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every file 0600 and every folder 0700, and no secret in idempotency.db', async () => {
    chmodSync(dataDir, 0o755); // as mkdtemp would not, but an installer might
    server = await startServerProcess(dataDir, { DEMO_DATA: 'true', CLOCK_TODAY: '2026-11-24' });
    const trust = await createTrustWithAdmin(server.app);
    const { http } = server.app;
    await http
      .post(`/api/trusts/${trust.id}/schools`)
      .set(bearer(trust.admin.token))
      .set('Idempotency-Key', 'school-1')
      .send({ name: 'Kept School' })
      .expect(201);
    await addSchool(server.app, trust.id, trust.admin.token, { name: 'Another School' });

    const enrol = (token: string) =>
      http.post('/api/me/mfa/enrol').set(bearer(token)).set('Idempotency-Key', 'enrol-1');
    const enrolled = await enrol(trust.admin.token).expect(200);
    const secret = enrolled.body.secret as string;
    const code = totpCode(secret, new Date());
    const confirm = (token: string) =>
      http
        .post('/api/me/mfa/confirm')
        .set(bearer(token))
        .set('Idempotency-Key', 'confirm-1')
        .send({ code });
    const confirmed = await confirm(trust.admin.token).expect(201);
    const accessToken = confirmed.body.accessToken as string;
    const feed = (token: string) =>
      http
        .post(`/api/trusts/${trust.id}/calendar-feeds`)
        .set(bearer(token))
        .set('Idempotency-Key', 'feed-1')
        .send({ label: 'Phone' });
    const created = await feed(accessToken).expect(201);
    const feedToken = created.body.token as string;

    // A replay says plainly that the answer is not kept, and does the work no second time
    // (confirming ended the earlier token; keys belong to the person, not to a token).
    for (const replay of [enrol, confirm, feed]) {
      const again = await replay(accessToken).expect(410);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toMatchObject({
        type: '/problems/idempotent-answer-not-kept',
        status: 410,
      });
      expect(again.body.detail).toMatch(/held a secret and is not kept/);
    }
    const feeds = await http
      .get(`/api/trusts/${trust.id}/calendar-feeds`)
      .set(bearer(accessToken))
      .expect(200);
    expect(feeds.body).toHaveLength(1);

    const stored = ['idempotency.db', 'idempotency.db-wal']
      .map((file) => join(dataDir, file))
      .filter((path) => lstatSync(path, { throwIfNoEntry: false }))
      .map((path) => readFileSync(path).toString('latin1'))
      .join('');
    expect(stored).toContain('school-1'); // the file the keys are kept in
    for (const value of [secret, accessToken, feedToken]) expect(stored).not.toContain(value);

    expectPrivate(dataDir);
  });

  it('closes an existing install whose files others could read', async () => {
    await server?.kill('SIGTERM');
    server = undefined;
    for (const [name] of modesUnder(dataDir))
      chmodSync(join(dataDir, name), name.endsWith('/') ? 0o755 : 0o644);
    chmodSync(dataDir, 0o755);
    server = await startServerProcess(dataDir);
    expectPrivate(dataDir);
  });
});
