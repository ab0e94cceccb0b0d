import { EVENT_STORE, EventStore } from '@governance/event-store';
import {
  addPerson,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  headPosition,
  loginAs,
  operator,
  TestTrust,
  uniqueEmail,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('people (HTTP)', () => {
  let app: TestApp;
  let trust: TestTrust;
  let store: EventStore;
  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Byron Primary'] });
    store = app.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await app.close();
  });

  const admin = () => bearer(trust.admin.token);
  const people = () => `/api/trusts/${trust.id}/people`;

  it('registers a person: personal data in the directory, only ids and roles in the log', async () => {
    const email = uniqueEmail('head');
    const response = await app.http
      .post(people())
      .set(admin())
      .send({
        name: 'Margaret Hodge',
        email,
        roles: [{ role: 'headteacher', schoolId: trust.schools[0] }, { role: 'clerk' }],
      })
      .expect(201);
    const events = await store.readStream(`person-${response.body.id}`);
    expect(events.map((e) => e.type)).toEqual(['PersonRegistered', 'RoleGranted', 'RoleGranted']);
    expect(events[1].data).toEqual({
      personId: response.body.id,
      role: 'headteacher',
      schoolId: trust.schools[0],
    });
    expect(events[0].metadata).toMatchObject({
      trustId: trust.id,
      actorId: trust.admin.id,
      actorRole: 'trust-admin',
    });
    const everything = JSON.stringify(
      (await store.readAll()).map(({ data, metadata }) => ({ data, metadata })),
    );
    expect(everything).not.toContain('Margaret');
    expect(everything).not.toContain(email);
    expect(String(events[2].position)).toBe(response.body.position);
  });

  it('names each bad field and appends nothing', async () => {
    const before = await headPosition(app);
    const response = await app.http
      .post(people())
      .set(admin())
      .send({
        name: '',
        email: 'not-an-email',
        password: 'password1234',
        roles: [
          { role: 'owner' },
          { role: 'governor' },
          { role: 'trustee', schoolId: trust.schools[0] },
        ],
        age: 42,
      })
      .expect(400);
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'name',
        'email',
        'password',
        'roles.0.role',
        'roles.1.schoolId',
        'roles.2.schoolId',
        'age',
      ]),
    );
    const message = (field: string) =>
      response.body.errors.find((e: { field: string }) => e.field === field).message;
    expect(message('password')).toMatch(/too common/);
    expect(message('roles.1.schoolId')).toMatch(/belongs to one school/);
    expect(message('roles.2.schoolId')).toMatch(/whole trust/);
    const noRoles = await app.http
      .post(people())
      .set(admin())
      .send({ name: 'A B', email: uniqueEmail(), roles: [] })
      .expect(400);
    expect(noRoles.body.errors.map((e: { field: string }) => e.field)).toEqual(['roles']);
    const short = await app.http
      .post(people())
      .set(admin())
      .send({ name: 'A B', email: uniqueEmail(), password: 'short', roles: [{ role: 'trustee' }] })
      .expect(400);
    expect(short.body.errors[0]).toEqual({
      field: 'password',
      message: expect.stringMatching(/at least 12 characters/),
    });
    expect(await headPosition(app)).toBe(before);
  });

  it('refuses a school that is not one of this trust, naming the field', async () => {
    const response = await app.http
      .post(people())
      .set(admin())
      .send({
        name: 'Gus Governor',
        email: uniqueEmail(),
        roles: [{ role: 'governor', schoolId: 'someone-elses-school' }],
      })
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: 'roles.0.schoolId', message: expect.stringMatching(/not a school of this trust/) },
    ]);
  });

  it('refuses an email address already in use, whatever its case (422), keeping the directory clean', async () => {
    const email = uniqueEmail('taken');
    await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }], { email });
    const before = await headPosition(app);
    const response = await app.http
      .post(people())
      .set(admin())
      .send({ name: 'Other Person', email: email.toUpperCase(), roles: [{ role: 'trustee' }] })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'email-in-use', field: 'email' });
    expect(await headPosition(app)).toBe(before);
  });

  it('lists people with names and emails from the directory and roles from the log', async () => {
    const person = await addPerson(
      app,
      trust.id,
      trust.admin.token,
      [{ role: 'staff', schoolId: trust.schools[1] }],
      {
        name: 'Sam Staff',
      },
    );
    const response = await app.http.get(people()).set(admin()).expect(200);
    expect(response.body).toContainEqual({
      id: person.id,
      name: 'Sam Staff',
      email: person.email,
      roles: [{ role: 'staff', schoolId: trust.schools[1] }],
      erased: false,
      erasedAt: null,
      mfaEnrolled: false,
      canSignIn: true,
    });
    expect(response.body.find((p: { id: string }) => p.id === trust.admin.id).roles).toEqual([
      { role: 'trust-admin' },
    ]);
  });

  it('lets anyone of the trust read its people’s names, and nothing more', async () => {
    const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[1] }], { name: 'Priya Shah' });
    const response = await app.http.get(`${people()}/names`).set(bearer(governor.token)).expect(200);
    expect(response.body).toContainEqual({ id: governor.id, name: 'Priya Shah' });
    expect(response.body).toContainEqual({ id: trust.admin.id, name: trust.admin.name });
    for (const entry of response.body) expect(Object.keys(entry).sort()).toEqual(['id', 'name']);
    const other = await createTrustWithAdmin(app);
    await app.http.get(`/api/trusts/${other.id}/people/names`).set(bearer(governor.token)).expect(404);
    await app.http.get(people()).set(bearer(governor.token)).expect(403);
  });

  it('grants and revokes roles: 201 when something changed, 200 when not', async () => {
    const person = await addPerson(app, trust.id, trust.admin.token, [
      { role: 'governor', schoolId: trust.schools[0] },
    ]);
    const roles = `${people()}/${person.id}/roles`;
    await app.http
      .post(roles)
      .set(admin())
      .send({ role: 'clerk', schoolId: trust.schools[1] })
      .expect(201);
    await app.http
      .post(roles)
      .set(admin())
      .send({ role: 'clerk', schoolId: trust.schools[1] })
      .expect(200);
    const bad = await app.http.post(roles).set(admin()).send({ role: 'headteacher' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['schoolId']);
    await app.http
      .delete(`${roles}?role=governor&schoolId=${trust.schools[0]}`)
      .set(admin())
      .expect(201);
    await app.http
      .delete(`${roles}?role=governor&schoolId=${trust.schools[0]}`)
      .set(admin())
      .expect(200);
    const view = await app.http.get(`${people()}/${person.id}`).set(admin()).expect(200);
    expect(view.body.roles).toEqual([{ role: 'clerk', schoolId: trust.schools[1] }]);
    const types = (await store.readStream(`person-${person.id}`)).map((e) => e.type);
    expect(types).toEqual(['PersonRegistered', 'RoleGranted', 'RoleGranted', 'RoleRevoked']);
  });

  it('answers 404 for a person who does not exist or is of another trust', async () => {
    const other = await createTrustWithAdmin(app);
    for (const id of ['no-such-person', other.admin.id]) {
      await app.http.get(`${people()}/${id}`).set(admin()).expect(404);
      await app.http
        .post(`${people()}/${id}/roles`)
        .set(admin())
        .send({ role: 'trustee' })
        .expect(404);
      await app.http.delete(`${people()}/${id}`).set(admin()).expect(404);
      await app.http
        .put(`${people()}/${id}/password`)
        .set(admin())
        .send({ password: 'a fresh long passphrase' })
        .expect(404);
    }
  });

  it('does not let an admin take away their own admin role', async () => {
    const response = await app.http
      .delete(`${people()}/${trust.admin.id}/roles?role=trust-admin`)
      .set(admin())
      .expect(422);
    expect(response.body.code).toBe('cannot-remove-own-admin');
  });

  it("lets an admin (or the operator) set a password, ending the person's sessions", async () => {
    const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }]);
    const token = await loginAs(app, person);
    await app.http
      .put(`${people()}/${person.id}/password`)
      .set(admin())
      .send({ password: 'password1234' })
      .expect(400);
    await app.http
      .put(`${people()}/${person.id}/password`)
      .set(operator())
      .send({ password: 'brand new kettle song' })
      .expect(200);
    await app.http.get('/api/me').set(bearer(token)).expect(401);
    await loginAs(app, { email: person.email, password: 'brand new kettle song' });
  });

  it('registers a person without a password, who cannot sign in until one is set', async () => {
    const email = uniqueEmail('nopass');
    const response = await app.http
      .post(people())
      .set(admin())
      .send({ name: 'No Pass', email, roles: [{ role: 'trustee' }] })
      .expect(201);
    await app.http
      .post('/api/auth/login')
      .send({ email, password: 'anything at all here' })
      .expect(401);
    const view = await app.http.get(`${people()}/${response.body.id}`).set(admin()).expect(200);
    expect(view.body.canSignIn).toBe(false);
    await app.http
      .put(`${people()}/${response.body.id}/password`)
      .set(admin())
      .send({ password: 'quiet harbour lamps' })
      .expect(200);
    await loginAs(app, { email, password: 'quiet harbour lamps' });
  });

  it('lets people change their own password with the current one', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    const wrong = await app.http
      .put('/api/me/password')
      .set(bearer(person.token))
      .send({ currentPassword: 'not my password!', newPassword: 'silver birch meadow' })
      .expect(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const changed = await app.http
      .put('/api/me/password')
      .set(bearer(person.token))
      .send({ currentPassword: person.password, newPassword: 'silver birch meadow' })
      .expect(200);
    await app.http.get('/api/me').set(bearer(person.token)).expect(401);
    await app.http.get('/api/me').set(bearer(changed.body.accessToken)).expect(200);
    await loginAs(app, { email: person.email, password: 'silver birch meadow' });
  });
});
