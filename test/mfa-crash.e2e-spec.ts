import { randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { totpCode } from '../apps/api/src/auth/totp';
import { TotpSecrets } from '../apps/api/src/directory/totp-secrets';
import {
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  SignedInPerson,
  STRONG_PASSWORD,
  TestTrust,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The MFA writes touch two stores: the log and the directory's TOTP secret. These tests leave
 * the state a crash between the two writes would leave, then show the log decides: no code is
 * asked for a factor the log says is off, and the next start drops the leftover secret.
 */
describe('two-step sign-in after a crash between the log and the directory', () => {
  let app: TestApp;
  let trust: TestTrust;
  beforeEach(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: 1 });
  });
  afterEach(() => app.close());

  const login = (person: SignedInPerson, totp?: string) =>
    app.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '192.0.2.40')
      .send({ email: person.email, password: STRONG_PASSWORD, ...(totp ? { totp } : {}) });

  async function enrol(person: SignedInPerson): Promise<string> {
    const started = await app.http.post('/api/me/mfa/enrol').set(bearer(person.token)).expect(200);
    await app.http
      .post('/api/me/mfa/confirm')
      .set(bearer(person.token))
      .send({ code: totpCode(started.body.secret, new Date()) })
      .expect(201);
    return started.body.secret;
  }

  /** The first of the two writes only: MfaRemoved in the log, the secret left in the directory. */
  async function recordRemovalOnly(person: SignedInPerson, reason: string): Promise<void> {
    const store = app.app.get<EventStore>(EVENT_STORE);
    await store.appendToStream(
      `person-${person.id}`,
      [
        {
          id: randomUUID(),
          type: 'MfaRemoved',
          data: { personId: person.id, method: 'totp', reason },
          metadata: { trustId: trust.id, actorId: person.id, schemaVersion: 1 },
        },
      ],
      { expectedRevision: 'stream-exists' },
    );
  }

  async function restart(): Promise<void> {
    const dataDir = app.dataDir;
    await app.close({ keepData: true });
    app = await startTestApp({}, dataDir);
  }

  it.each(['removed-by-person', 'reset-by-admin'])(
    'a removal (%s) recorded but not applied: sign-in asks no code, and the secret is gone after a restart',
    async (reason) => {
      const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
      await enrol(person);
      await recordRemovalOnly(person, reason);
      expect(app.app.get(TotpSecrets).active(person.id)).toBeDefined();

      const signedIn = await login(person).expect(200);
      const me = await app.http.get('/api/me').set(bearer(signedIn.body.accessToken)).expect(200);
      expect(me.body.mfaEnrolled).toBe(false);

      await restart();
      expect(app.app.get(TotpSecrets).active(person.id)).toBeUndefined();
      await login(person).expect(200);
    },
  );

  it('a removal recorded but not applied: the admin sees MFA off, in the person and in the list', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await enrol(person);
    await recordRemovalOnly(person, 'reset-by-admin');
    expect(app.app.get(TotpSecrets).active(person.id)).toBeDefined();

    const admin = bearer(trust.admin.token);
    const one = await app.http.get(`/api/trusts/${trust.id}/people/${person.id}`).set(admin).expect(200);
    expect(one.body.mfaEnrolled).toBe(false);
    const all = await app.http.get(`/api/trusts/${trust.id}/people`).set(admin).expect(200);
    const listed = (all.body as { id: string; mfaEnrolled: boolean }[]).find((p) => p.id === person.id);
    expect(listed?.mfaEnrolled).toBe(false);
  });

  it('a removal recorded but not applied: removing again finishes it, with no code needed', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await enrol(person);
    await recordRemovalOnly(person, 'removed-by-person');
    const token = (await login(person).expect(200)).body.accessToken as string;
    // 200, not 201: nothing more to record, only the directory to bring back to the log.
    await app.http.post('/api/me/mfa/remove').set(bearer(token)).send({ code: '000000' }).expect(200);
    expect(app.app.get(TotpSecrets).active(person.id)).toBeUndefined();
  });

  it('a confirmation applied but not recorded: the secret does not count, and can be set up again', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await app.http.post('/api/me/mfa/enrol').set(bearer(person.token)).expect(200);
    // The first of confirm's two writes only: the pending secret made active, no MfaEnrolled.
    app.app.get(TotpSecrets).activate(person.id, 0);

    await login(person).expect(200);
    await restart();
    expect(app.app.get(TotpSecrets).active(person.id)).toBeUndefined();
    const token = (await login(person).expect(200)).body.accessToken as string;
    const again = { ...person, token };
    const secret = await enrol(again);
    const missing = await login(person).expect(401);
    expect(missing.body.type).toBe('/problems/mfa-required');
    await login(person, totpCode(secret, new Date(Date.now() + 30_000))).expect(200);
  });
});
