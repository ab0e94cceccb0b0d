import {
  Grant,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  headPosition,
  operator,
  SignedInPerson,
  TestTrust,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The rows of API.md's role table that apply to trusts, schools and people:
 * - "create schools, people": trust-admin only (and the operator, for a trust's first people);
 * - "read ... within their scope": anyone of the trust, school-scoped roles see their school only.
 * A known resource the role may not touch is 403, and a refused request appends nothing.
 */
describe('roles', () => {
  let app: TestApp;
  let trust: TestTrust;
  let schoolA: string;
  let schoolB: string;
  const people: Record<string, SignedInPerson> = {};

  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Byron Primary'] });
    [schoolA, schoolB] = trust.schools;
    const roles: Record<string, Grant[]> = {
      trustee: [{ role: 'trustee' }],
      'trust-wide clerk': [{ role: 'clerk' }],
      'school clerk': [{ role: 'clerk', schoolId: schoolA }],
      headteacher: [{ role: 'headteacher', schoolId: schoolA }],
      governor: [{ role: 'governor', schoolId: schoolA }],
      staff: [{ role: 'staff', schoolId: schoolA }],
    };
    for (const [label, grants] of Object.entries(roles))
      people[label] = await addSignedInPerson(app, trust, grants);
  });
  afterAll(async () => {
    await app.close();
  });

  const notAdmins = [
    'trustee',
    'trust-wide clerk',
    'school clerk',
    'headteacher',
    'governor',
    'staff',
  ];

  describe('create schools, people: trust-admin', () => {
    it.each(notAdmins)('refuses a %s with 403, appending nothing', async (label) => {
      const token = people[label].token;
      const before = await headPosition(app);
      const writes = [
        app.http
          .post(`/api/trusts/${trust.id}/schools`)
          .set(bearer(token))
          .send({ name: 'New School' }),
        app.http
          .post(`/api/trusts/${trust.id}/people`)
          .set(bearer(token))
          .send({
            name: 'New Person',
            email: 'new.person@example.org',
            roles: [{ role: 'trustee' }],
          }),
        app.http
          .patch(`/api/trusts/${trust.id}/schools/${schoolA}`)
          .set(bearer(token))
          .send({ name: 'Renamed' }),
        app.http.delete(`/api/trusts/${trust.id}/schools/${schoolA}`).set(bearer(token)),
        app.http
          .post(`/api/trusts/${trust.id}/people/${people.staff.id}/roles`)
          .set(bearer(token))
          .send({ role: 'trustee' }),
        app.http
          .delete(
            `/api/trusts/${trust.id}/people/${people.staff.id}/roles?role=staff&schoolId=${schoolA}`,
          )
          .set(bearer(token)),
        app.http.delete(`/api/trusts/${trust.id}/people/${people.staff.id}`).set(bearer(token)),
        app.http
          .put(`/api/trusts/${trust.id}/security-policy`)
          .set(bearer(token))
          .send({ requireMfaForAdmins: true }),
        app.http.get(`/api/trusts/${trust.id}/people`).set(bearer(token)),
      ];
      for (const response of await Promise.all(writes)) {
        expect(response.status).toBe(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      expect(await headPosition(app)).toBe(before);
    });

    it('lets the trust-admin create schools and people', async () => {
      const token = trust.admin.token;
      await app.http
        .post(`/api/trusts/${trust.id}/schools`)
        .set(bearer(token))
        .send({ name: 'Gemini Academy' })
        .expect(201);
      await app.http
        .post(`/api/trusts/${trust.id}/people`)
        .set(bearer(token))
        .send({ name: 'Nia Clerk', email: 'nia.clerk@example.org', roles: [{ role: 'clerk' }] })
        .expect(201);
    });

    it("lets the operator add people (a trust's first admin) but not schools", async () => {
      await app.http
        .post(`/api/trusts/${trust.id}/people`)
        .set(operator())
        .send({
          name: 'Second Admin',
          email: 'second.admin@example.org',
          roles: [{ role: 'trust-admin' }],
        })
        .expect(201);
      await app.http
        .post(`/api/trusts/${trust.id}/schools`)
        .set(operator())
        .send({ name: 'Operator School' })
        .expect(403);
    });

    it('keeps creating trusts to the operator', async () => {
      await app.http
        .post('/api/trusts')
        .set(bearer(trust.admin.token))
        .send({ name: 'Rogue Trust' })
        .expect(403);
      await app.http.post('/api/trusts').send({ name: 'Anonymous Trust' }).expect(401);
    });
  });

  describe('read within their scope: anyone of the trust', () => {
    it.each(['trustee', 'trust-wide clerk'])('shows a %s every school', async (label) => {
      const response = await app.http
        .get(`/api/trusts/${trust.id}/schools`)
        .set(bearer(people[label].token))
        .expect(200);
      expect(response.body.map((s: { id: string }) => s.id)).toEqual(
        expect.arrayContaining([schoolA, schoolB]),
      );
    });

    it.each(['school clerk', 'headteacher', 'governor', 'staff'])(
      'shows a %s only their school',
      async (label) => {
        const token = people[label].token;
        const list = await app.http
          .get(`/api/trusts/${trust.id}/schools`)
          .set(bearer(token))
          .expect(200);
        expect(list.body).toEqual([{ id: schoolA, name: 'Libra School', urn: null, phase: null }]);
        await app.http
          .get(`/api/trusts/${trust.id}/schools/${schoolA}`)
          .set(bearer(token))
          .expect(200);
        await app.http
          .get(`/api/trusts/${trust.id}/schools/${schoolB}`)
          .set(bearer(token))
          .expect(403);
        await app.http
          .get(`/api/trusts/${trust.id}/schools/unknown-school`)
          .set(bearer(token))
          .expect(404);
      },
    );

    it('shows everyone their own trust', async () => {
      for (const person of Object.values(people)) {
        await app.http.get(`/api/trusts/${trust.id}`).set(bearer(person.token)).expect(200);
      }
    });
  });

  describe("GET /api/me's may: what the access table lets this person do, for the web app", () => {
    const mayOf = async (token: string) =>
      (await app.http.get('/api/me').set(bearer(token)).expect(200)).body.may;

    it('answers the headteacher their school for school policy work, and nothing of the admin', async () => {
      const may = await mayOf(people.headteacher.token);
      expect(may).toMatchObject({
        adoptPolicy: [schoolA],
        submitTermlyReport: [schoolA],
        schoolRegister: [schoolA],
      });
      expect(may.logVisit).toBeUndefined();
      expect(may.importPolicies).toBeUndefined();
    });

    it("answers a trust admin 'all', and the trustee reading everywhere but no writes of the admin", async () => {
      expect(await mayOf(trust.admin.token)).toMatchObject({
        importPolicies: 'all',
        reviewPolicy: 'all',
        logVisit: 'all',
        schoolRegister: 'all',
      });
      const trustee = await mayOf(people.trustee.token);
      expect(trustee).toMatchObject({ schoolRegister: 'all', verifyLog: 'all' });
      expect(trustee.adoptPolicy).toBeUndefined();
    });

    it('answers the operator only what the table opens to the operator', async () => {
      const may = (await app.http.get('/api/me').set(operator()).expect(200)).body.may;
      expect(may).toMatchObject({ registerPerson: 'all', listSchools: 'all' });
      expect(may.addSchool).toBeUndefined();
    });

    it('follows a revoked role on the next request', async () => {
      const person = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: schoolB }]);
      expect((await mayOf(person.token)).adoptPolicy).toEqual([schoolB]);
      await app.http
        .delete(`/api/trusts/${trust.id}/people/${person.id}/roles?role=staff&schoolId=${schoolB}`)
        .set(bearer(trust.admin.token))
        .expect(201);
      expect(await mayOf(person.token)).toEqual({});
    });
  });

  describe('a revoked role ends at once', () => {
    it('takes effect on the next request, without signing in again', async () => {
      const person = await addSignedInPerson(app, trust, [
        { role: 'governor', schoolId: schoolA },
        { role: 'trustee' },
      ]);
      await app.http
        .get(`/api/trusts/${trust.id}/schools/${schoolB}`)
        .set(bearer(person.token))
        .expect(200);
      await app.http
        .delete(`/api/trusts/${trust.id}/people/${person.id}/roles?role=trustee`)
        .set(bearer(trust.admin.token))
        .expect(201);
      await app.http
        .get(`/api/trusts/${trust.id}/schools/${schoolB}`)
        .set(bearer(person.token))
        .expect(403);
    });
  });
});
