import {
  addSchool,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  STRONG_PASSWORD,
  TestTrust,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A signed-in client reads the same route again and again with the same token: the server keeps
 * the token's verified signature, the folded person and trust, the dashboard's answer and its
 * ETag. None of that may outlive a change: each case warms every kept thing first, then checks
 * that the very next request sees the change.
 */
describe('repeated signed-in reads stay current', () => {
  let app: TestApp;
  let trust: TestTrust;
  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: 2 });
  });
  afterAll(async () => {
    await app.close();
  });

  const compliance = () => `/api/trusts/${trust.id}/compliance`;
  const readDashboard = (token: string) => app.http.get(compliance()).set(bearer(token));
  const warm = async (token: string) => {
    for (let i = 0; i < 3; i++) await readDashboard(token).expect(200);
  };

  it('refuses the very next read once the only role is taken away', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await warm(person.token);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}/roles?role=trustee`)
      .set(bearer(trust.admin.token))
      .expect(201);
    await readDashboard(person.token).expect(403);
  });

  it('narrows the very next read to one school when a trust-wide role gives way to a school role', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }, { role: 'governor', schoolId: trust.schools[0] }]);
    await warm(person.token);
    expect((await readDashboard(person.token).expect(200)).body.schools).toHaveLength(2);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}/roles?role=trustee`)
      .set(bearer(trust.admin.token))
      .expect(201);
    const next = await readDashboard(person.token).expect(200);
    expect(next.body.schools.map((row: { schoolId: string }) => row.schoolId)).toEqual([trust.schools[0]]);
  });

  it('ends the old token on the very next request after a password change, and the new one works', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await warm(person.token);
    const changed = await app.http
      .put('/api/me/password')
      .set(bearer(person.token))
      .send({ currentPassword: STRONG_PASSWORD, newPassword: 'harbour violin quartz 58' })
      .expect(200);
    await readDashboard(person.token).expect(401);
    await readDashboard(changed.body.accessToken as string).expect(200);
  });

  it("ends the old token on the very next request after an admin sets the person's password", async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await warm(person.token);
    await app.http
      .put(`/api/trusts/${trust.id}/people/${person.id}/password`)
      .set(bearer(trust.admin.token))
      .send({ password: 'harbour violin quartz 59' })
      .expect(200);
    await readDashboard(person.token).expect(401);
  });

  it('refuses the very next request of someone erased', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await warm(person.token);
    await app.http.delete(`/api/trusts/${trust.id}/people/${person.id}`).set(bearer(trust.admin.token)).expect(201);
    await readDashboard(person.token).expect(401);
  });

  it('answers 304 to If-None-Match while the dashboard is unchanged, and the new answer once it changes', async () => {
    const first = await readDashboard(trust.admin.token).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[\w+/]{27}"$/);
    const again = await readDashboard(trust.admin.token).expect(200);
    expect(again.headers.etag).toBe(etag);
    const unchanged = await readDashboard(trust.admin.token).set('If-None-Match', etag).expect(304);
    expect(unchanged.text ?? '').toBe('');

    const added = await app.http
      .post(`/api/trusts/${trust.id}/schools`)
      .set(bearer(trust.admin.token))
      .send({ name: 'A school joining the trust' })
      .expect(201);
    const changed = await readDashboard(trust.admin.token)
      .set('If-None-Match', etag)
      .set('X-Min-Position', String(added.body.position))
      .expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.schools.map((row: { schoolId: string }) => row.schoolId)).toContain(added.body.id);
  });

  it('keeps answering a school added by another request to the same reader', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await warm(person.token);
    const schoolId = await addSchool(app, trust.id, trust.admin.token, { name: 'Another school joining' });
    await app.http
      .get(`/api/trusts/${trust.id}/schools/${schoolId}`)
      .set(bearer(person.token))
      .expect(200);
  });
});
