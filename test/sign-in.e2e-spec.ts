import { AccessTokens } from '../apps/api/src/auth/access-tokens';
import {
  addPerson,
  bearer,
  createTrustWithAdmin,
  loginAs,
  STRONG_PASSWORD,
  TestTrust,
  uniqueEmail,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('sign-in (HTTP)', () => {
  let app: TestApp;
  let trust: TestTrust;
  beforeAll(async () => {
    // As behind a reverse proxy on this machine: X-Forwarded-For names each test's address.
    app = await startTestApp({ TRUST_PROXY: 'loopback' });
    trust = await createTrustWithAdmin(app, { schools: 1 });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Each test signs in from its own address, so the per-address limit of one does not touch another. */
  let addresses = 0;
  const fromNewAddress = () => `198.51.100.${++addresses}`;
  const login = (body: object, ip: string) =>
    app.http.post('/api/auth/login').set('X-Forwarded-For', ip).send(body);

  it('signs a person in: 200 {accessToken, expiresAt}, and GET /api/me answers who they are', async () => {
    const person = await addPerson(
      app,
      trust.id,
      trust.admin.token,
      [{ role: 'governor', schoolId: trust.schools[0] }],
      {
        name: 'Grace Governor',
      },
    );
    const before = Date.now();
    const response = await login(
      { email: person.email.toUpperCase(), password: STRONG_PASSWORD },
      fromNewAddress(),
    ).expect(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      expiresAt: expect.any(String),
      mfaEnrolmentRequired: false,
    });
    const lifetime = Date.parse(response.body.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(7 * 3600_000);
    expect(lifetime).toBeLessThanOrEqual(8 * 3600_000 + 1000);
    const me = await app.http.get('/api/me').set(bearer(response.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({
      id: person.id,
      trustId: trust.id,
      name: 'Grace Governor',
      email: person.email,
      roles: [{ role: 'governor', schoolId: trust.schools[0] }],
    });
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const ip = fromNewAddress();
    const unknown = await login(
      { email: uniqueEmail('nobody'), password: STRONG_PASSWORD },
      ip,
    ).expect(401);
    const wrong = await login(
      { email: trust.admin.email, password: 'not the password at all' },
      ip,
    ).expect(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.body.detail).toMatch(/email address or password is not right/);
  });

  it('does the same password-hashing work for an unknown email as for a wrong password', async () => {
    const ip = fromNewAddress();
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      await login({ email, password: 'wrong password here' }, ip).expect(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await time(uniqueEmail('warm-up'));
    const unknown = await time(uniqueEmail('nobody'));
    const known = await time(trust.admin.email);
    // Both run one argon2id verification (tens of milliseconds); without it the unknown email would be near-instant.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it('validates the login body, naming each bad field', async () => {
    const response = await login({ email: 'nope', totp: '12' }, fromNewAddress()).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['email', 'password', 'totp']),
    );
  });

  it('answers 401 for no token, a forged token, an expired token and a token of someone erased', async () => {
    await app.http.get('/api/me').expect(401);
    await app.http.get('/api/me').set('Authorization', 'Basic abc').expect(401);
    const forged = trust.admin.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await app.http.get('/api/me').set(bearer(forged)).expect(401);
    const tokens = app.app.get(AccessTokens);
    const expired = tokens.issue({ sub: trust.admin.id, tid: trust.id, sv: 0, amr: ['pwd'] }, -60);
    const response = await app.http.get('/api/me').set(bearer(expired.accessToken)).expect(401);
    expect(response.body.detail).toMatch(/expired or ended/);
    expect(response.headers['www-authenticate']).toMatch(/invalid_token/);
    const stillValid = tokens.issue(
      { sub: trust.admin.id, tid: trust.id, sv: 0, amr: ['pwd'] },
      60,
    );
    await app.http.get('/api/me').set(bearer(stillValid.accessToken)).expect(200);
  });

  it('makes an address wait after 5 failures at one email in 15 minutes (429 with Retry-After), even with the right password', async () => {
    const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
    const ip = fromNewAddress();
    for (let i = 0; i < 5; i++) {
      await login({ email: person.email, password: `wrong guess number ${i}` }, ip).expect(401);
    }
    const locked = await login({ email: person.email, password: STRONG_PASSWORD }, ip).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(locked.body).toMatchObject({ status: 429, type: '/problems/too-many-attempts' });
    expect(locked.body.detail).toMatch(/Wait 15 minutes/);
    // Another person is not affected, nor is this person somewhere else.
    await loginAs(app, trust.admin);
    await login({ email: person.email, password: STRONG_PASSWORD }, fromNewAddress()).expect(200);
  });

  it('holds the limit against a burst of parallel guesses', async () => {
    const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
    const ip = fromNewAddress();
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        login({ email: person.email, password: `parallel guess ${i}!` }, ip),
      ),
    );
    const statuses = guesses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('limits one address to 20 failures in 15 minutes, whichever emails it tries', async () => {
    const ip = fromNewAddress();
    for (let i = 0; i < 20; i++)
      await login({ email: uniqueEmail('spray'), password: 'guessing again here' }, ip).expect(401);
    await login({ email: trust.admin.email, password: STRONG_PASSWORD }, ip).expect(429);
    await login({ email: trust.admin.email, password: STRONG_PASSWORD }, fromNewAddress()).expect(
      200,
    );
  });

  it('forgives earlier failures of an account at an address after a successful sign-in there', async () => {
    const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
    const ip = fromNewAddress();
    for (let i = 0; i < 4; i++)
      await login({ email: person.email, password: `nearly right ${i}!` }, ip).expect(401);
    await login({ email: person.email, password: STRONG_PASSWORD }, ip).expect(200);
    for (let i = 0; i < 4; i++)
      await login({ email: person.email, password: `nearly right ${i}!` }, ip).expect(401);
    await login({ email: person.email, password: STRONG_PASSWORD }, ip).expect(200);
  });
});

describe('sign-in log', () => {
  it('logs every sign-in and failure with UTC time, who and where, and no secrets', async () => {
    const lines: string[] = [];
    const spy = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        lines.push(String(chunk));
        return true;
      });
    const app = await startTestApp({ LOG_LEVEL: 'info', TRUST_PROXY: 'loopback' });
    try {
      const trust = await createTrustWithAdmin(app);
      await app.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.9')
        .send({ email: trust.admin.email, password: 'wrong password typed' });
      await app.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.9')
        .send({ email: 'ghost@example.org', password: 'wrong password typed' });
      await app.http
        .get(`/api/trusts/${trust.id}/people`)
        .set('X-Forwarded-For', '203.0.113.9')
        .set(bearer('forged'));
      const security = lines
        .flatMap((line) => line.split('\n'))
        .filter((line) => line.includes('"context":"Security"'))
        .map((line) => JSON.parse(line) as { message: Record<string, unknown> });
      const messages = security.map((entry) => entry.message);
      expect(messages).toContainEqual(
        expect.objectContaining({
          event: 'sign-in',
          outcome: 'success',
          personId: trust.admin.id,
          at: expect.stringMatching(/Z$/),
        }),
      );
      expect(messages).toContainEqual(
        expect.objectContaining({
          event: 'sign-in',
          outcome: 'failure',
          reason: 'wrong-password',
          personId: trust.admin.id,
          ip: '203.0.113.9',
        }),
      );
      expect(messages).toContainEqual(
        expect.objectContaining({
          event: 'sign-in',
          outcome: 'failure',
          reason: 'unknown-email',
          emailHash: expect.stringMatching(/^[0-9a-f]{32}$/),
        }),
      );
      expect(messages).toContainEqual(
        expect.objectContaining({
          event: 'access',
          outcome: 'refused',
          reason: 'invalid-token',
          ip: '203.0.113.9',
        }),
      );
      const all = JSON.stringify(security);
      for (const secret of [
        'wrong password typed',
        'ghost@example.org',
        trust.admin.email,
        trust.admin.password,
        trust.admin.token,
      ]) {
        expect(all).not.toContain(secret);
      }
    } finally {
      await app.close();
      spy.mockRestore();
    }
  });
});
