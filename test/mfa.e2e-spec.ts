import { EVENT_STORE, EventStore } from '@governance/event-store';
import { totpCode } from '../apps/api/src/auth/totp';
import {
  addPerson,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  loginAs,
  operator,
  SignedInPerson,
  STRONG_PASSWORD,
  TestTrust,
} from './support/fixtures';
import { OPERATOR_TOKEN, startTestApp, TestApp } from './support/test-app';

/** A code for the next 30-second step: valid now (one step of drift is allowed) and never used before. */
const nextCode = (secret: string, steps = 1) =>
  totpCode(secret, new Date(Date.now() + steps * 30_000));

describe('two-step sign-in (TOTP)', () => {
  let app: TestApp;
  let trust: TestTrust;
  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: 1 });
  });
  afterAll(async () => {
    await app.close();
  });

  async function enrol(person: SignedInPerson): Promise<{ secret: string; token: string }> {
    const started = await app.http.post('/api/me/mfa/enrol').set(bearer(person.token)).expect(200);
    const confirmed = await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(person.token))
      .send({ code: totpCode(started.body.secret, new Date()) })
      .expect(201);
    return { secret: started.body.secret, token: confirmed.body.accessToken };
  }

  it('enrols: the secret and an otpauth URI, then a confirmed code records MfaEnrolled without the secret', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    const started = await app.http.post('/api/me/mfa/enrol').set(bearer(person.token)).expect(200);
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Governance%20tracker:/);
    expect(started.body.otpauthUri).toContain(`secret=${started.body.secret}`);

    const wrong = await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(person.token))
      .send({ code: '000000' })
      .expect(422);
    expect(wrong.body.code).toBe('mfa-code-wrong');
    await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(person.token))
      .send({ code: 'abc' })
      .expect(400);

    const confirmed = await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(person.token))
      .send({ code: totpCode(started.body.secret, new Date()) })
      .expect(201);
    expect(confirmed.body).toEqual({
      id: person.id,
      position: expect.any(String),
      accessToken: expect.any(String),
      expiresAt: expect.any(String),
    });
    const store = app.app.get<EventStore>(EVENT_STORE);
    const events = await store.readStream(`person-${person.id}`);
    expect(events.at(-1)).toMatchObject({
      type: 'MfaEnrolled',
      data: { personId: person.id, method: 'totp' },
    });
    expect(JSON.stringify(events.map((e) => e.data))).not.toContain(started.body.secret);

    // Other sessions end; the new token works.
    await app.http.get('/api/me').set(bearer(person.token)).expect(401);
    const me = await app.http.get('/api/me').set(bearer(confirmed.body.accessToken)).expect(200);
    expect(me.body.mfaEnrolled).toBe(true);
    await app.http.post('/api/me/mfa/enrol').set(bearer(confirmed.body.accessToken)).expect(422);
  });

  it('then requires the code at sign-in: missing, wrong, replayed and right', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    const { secret } = await enrol(person);
    const login = (totp?: string) =>
      app.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '192.0.2.10')
        .send({ email: person.email, password: STRONG_PASSWORD, ...(totp ? { totp } : {}) });
    const missing = await login().expect(401);
    expect(missing.body.type).toBe('/problems/mfa-required');
    const wrong = await login('123456').expect(401);
    expect(wrong.body.type).toBe('/problems/mfa-code-invalid');
    const code = nextCode(secret);
    const ok = await login(code).expect(200);
    await app.http.get('/api/me').set(bearer(ok.body.accessToken)).expect(200);
    await login(code).expect(401);
    // The password still matters: a right code with a wrong password is the generic 401.
    const badPassword = await app.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '192.0.2.10')
      .send({ email: person.email, password: 'wrong wrong wrong', totp: nextCode(secret, 0) })
      .expect(401);
    expect(badPassword.body.type).toBe('/problems/invalid-credentials');
  });

  it('stores the secret encrypted, not in the clear', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    const { secret } = await enrol(person);
    const { readFileSync, existsSync } = await import('node:fs');
    const files = ['directory.db', 'directory.db-wal']
      .map((f) => `${app.dataDir}/${f}`)
      .filter((f) => existsSync(f));
    for (const file of files) expect(readFileSync(file).includes(Buffer.from(secret))).toBe(false);
  });

  it('lets an admin reset a lost second factor, and the person sign in with the password again', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await enrol(person);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}/mfa`)
      .set(bearer(trust.admin.token))
      .expect(201);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}/mfa`)
      .set(bearer(trust.admin.token))
      .expect(200);
    await loginAs(app, person);
  });

  it('lets a person remove their own second factor with a current code', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    const { secret, token } = await enrol(person);
    await app.http
      .post('/api/me/mfa/remove')
      .set(bearer(token))
      .send({ code: '000000' })
      .expect(422);
    const removed = await app.http
      .post('/api/me/mfa/remove')
      .set(bearer(token))
      .send({ code: nextCode(secret) })
      .expect(201);
    const me = await app.http.get('/api/me').set(bearer(removed.body.accessToken)).expect(200);
    expect(me.body.mfaEnrolled).toBe(false);
    await loginAs(app, person);
  });

  it('keeps the operator out of the self-service MFA routes', async () => {
    await app.http.post('/api/me/mfa/enrol').set(operator()).expect(403);
    const me = await app.http.get('/api/me').set(operator()).expect(200);
    expect(me.body).toMatchObject({ id: 'operator', kind: 'operator', roles: [] });
  });

  it('throttles code guesses while confirming (429 after 5 wrong codes)', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await app.http.post('/api/me/mfa/enrol').set(bearer(person.token)).expect(200);
    for (let i = 0; i < 5; i++)
      await app.http
        .post('/api/me/mfa/confirm')
        .set(bearer(person.token))
        .send({ code: '000000' })
        .expect(422);
    const throttled = await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(person.token))
      .send({ code: '000000' })
      .expect(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('a trust that requires MFA for its admins', () => {
  let app: TestApp;
  let trust: TestTrust;
  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: 1 });
    await app.http
      .put(`/api/trusts/${trust.id}/security-policy`)
      .set(bearer(trust.admin.token))
      .send({ requireMfaForAdmins: true })
      .expect(201);
  });
  afterAll(async () => {
    await app.close();
  });

  it('signs an admin without MFA in only to enrol, then fully once enrolled', async () => {
    // The trust's first admin is limited now too, so the operator adds the second one.
    const admin = await addPerson(app, trust.id, OPERATOR_TOKEN, [{ role: 'trust-admin' }]);
    const signIn = await app.http
      .post('/api/auth/login')
      .send({ email: admin.email, password: admin.password })
      .expect(200);
    expect(signIn.body.mfaEnrolmentRequired).toBe(true);
    const token = signIn.body.accessToken as string;

    const refused = await app.http
      .get(`/api/trusts/${trust.id}/schools`)
      .set(bearer(token))
      .expect(403);
    expect(refused.body.type).toBe('/problems/mfa-enrolment-required');
    await app.http.get('/api/trusts').set(bearer(token)).expect(403);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    expect(me.body.mfaEnrolmentRequired).toBe(true);

    const started = await app.http.post('/api/me/mfa/enrol').set(bearer(token)).expect(200);
    const confirmed = await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(token))
      .send({ code: totpCode(started.body.secret, new Date()) })
      .expect(201);
    await app.http
      .get(`/api/trusts/${trust.id}/schools`)
      .set(bearer(confirmed.body.accessToken))
      .expect(200);

    const next = await app.http
      .post('/api/auth/login')
      .send({ email: admin.email, password: admin.password, totp: nextCode(started.body.secret) })
      .expect(200);
    expect(next.body.mfaEnrolmentRequired).toBe(false);
    await app.http
      .post('/api/me/mfa/remove')
      .set(bearer(next.body.accessToken))
      .send({ code: nextCode(started.body.secret, 2) })
      .expect(422);
  });

  it('applies to an admin already signed in when the policy is switched on', async () => {
    // trust.admin signed in before the policy was set: their session is now limited too.
    await app.http.get(`/api/trusts/${trust.id}/people`).set(bearer(trust.admin.token)).expect(403);
  });

  it('leaves people without the admin role alone', async () => {
    const trustee = await addPerson(app, trust.id, OPERATOR_TOKEN, [{ role: 'trustee' }]);
    const signIn = await app.http
      .post('/api/auth/login')
      .send({ email: trustee.email, password: trustee.password })
      .expect(200);
    expect(signIn.body.mfaEnrolmentRequired).toBe(false);
    await app.http
      .get(`/api/trusts/${trust.id}/schools`)
      .set(bearer(signIn.body.accessToken))
      .expect(200);
  });
});
