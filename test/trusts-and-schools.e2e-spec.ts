import { EVENT_STORE, EventStore } from '@governance/event-store';
import {
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  headPosition,
  operator,
  TestTrust,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('trusts and schools (HTTP)', () => {
  let app: TestApp;
  let trust: TestTrust;
  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { name: 'Oak Learning Trust' });
  });
  afterAll(async () => {
    await app.close();
  });

  const admin = () => bearer(trust.admin.token);
  const schoolsOf = (id: string) => `/api/trusts/${id}/schools`;

  describe('trusts', () => {
    it('registers a trust for the operator: 201 {id, position} and TrustRegistered in its stream', async () => {
      const response = await app.http
        .post('/api/trusts')
        .set(operator())
        .send({ name: '  Elm   Academies Trust ' })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        position: expect.stringMatching(/^\d+$/),
      });
      const store = app.app.get<EventStore>(EVENT_STORE);
      const [event] = await store.readStream(`trust-${response.body.id}`);
      expect(event).toMatchObject({
        type: 'TrustRegistered',
        data: { trustId: response.body.id, name: 'Elm Academies Trust' },
        metadata: { trustId: response.body.id, actorId: 'operator', actorRole: 'operator' },
      });
      expect(String(event.position)).toBe(response.body.position);
    });

    it('names each bad field of a trust', async () => {
      const response = await app.http
        .post('/api/trusts')
        .set(operator())
        .send({ name: '', colour: 'green' })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['name', 'colour']));
      const missing = await app.http.post('/api/trusts').set(operator()).send({}).expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('name');
    });

    it('lists every trust for the operator, including ones registered a moment ago', async () => {
      const created = await app.http
        .post('/api/trusts')
        .set(operator())
        .send({ name: 'Ash Trust' })
        .expect(201);
      const response = await app.http.get('/api/trusts').set(operator()).expect(200);
      const names = response.body.map((t: { name: string }) => t.name);
      expect(names).toEqual(expect.arrayContaining(['Oak Learning Trust', 'Ash Trust']));
      expect(response.body).toContainEqual({ id: created.body.id, name: 'Ash Trust' });
    });

    it("shows a trust's admin their trust and its security policy", async () => {
      const response = await app.http.get(`/api/trusts/${trust.id}`).set(admin()).expect(200);
      expect(response.body).toEqual({
        id: trust.id,
        name: 'Oak Learning Trust',
        schools: expect.any(Number),
        securityPolicy: { requireMfaForAdmins: false },
      });
    });

    it('answers 404 for an unknown trust, even to the operator', async () => {
      await app.http.get('/api/trusts/no-such-trust').set(operator()).expect(404);
      await app.http.get(schoolsOf('no-such-trust')).set(operator()).expect(404);
      await app.http.get('/api/trusts/..%2F..%2Fetc').set(operator()).expect(404);
    });
  });

  describe('schools', () => {
    it('adds a school with its URN and phase, and lists it', async () => {
      const created = await app.http
        .post(schoolsOf(trust.id))
        .set(admin())
        .send({ name: 'Libra School', urn: '137512', phase: 'secondary' })
        .expect(201);
      const list = await app.http.get(schoolsOf(trust.id)).set(admin()).expect(200);
      expect(list.body).toContainEqual({
        id: created.body.id,
        name: 'Libra School',
        urn: '137512',
        phase: 'secondary',
      });
      const one = await app.http
        .get(`${schoolsOf(trust.id)}/${created.body.id}`)
        .set(admin())
        .expect(200);
      expect(one.body.name).toBe('Libra School');
    });

    it('accepts a URN sent as a number', async () => {
      await app.http
        .post(schoolsOf(trust.id))
        .set(admin())
        .send({ name: 'Number URN School', urn: 100001 })
        .expect(201);
    });

    it('names each bad field of a school and appends nothing', async () => {
      const before = await headPosition(app);
      const response = await app.http
        .post(schoolsOf(trust.id))
        .set(admin())
        .send({ name: '   ', urn: '12345', phase: 'college', headteacher: 'Ms Smith' })
        .expect(400);
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['name', 'urn', 'phase', 'headteacher']));
      expect(
        response.body.errors.find((e: { field: string }) => e.field === 'urn').message,
      ).toMatch(/six-digit/);
      expect(await headPosition(app)).toBe(before);
    });

    it('refuses a URN already used in the trust (422) and a duplicate name', async () => {
      await app.http
        .post(schoolsOf(trust.id))
        .set(admin())
        .send({ name: 'URN Holder', urn: '140001' })
        .expect(201);
      const before = await headPosition(app);
      const urn = await app.http
        .post(schoolsOf(trust.id))
        .set(admin())
        .send({ name: 'Copycat', urn: '140001' })
        .expect(422);
      expect(urn.body).toMatchObject({ code: 'urn-in-use', field: 'urn' });
      const name = await app.http
        .post(schoolsOf(trust.id))
        .set(admin())
        .send({ name: 'urn holder' })
        .expect(422);
      expect(name.body.code).toBe('school-name-in-use');
      expect(await headPosition(app)).toBe(before);
    });

    it('renames a school (201), and answers 200 when the name is unchanged', async () => {
      const id = (
        await app.http
          .post(schoolsOf(trust.id))
          .set(admin())
          .send({ name: 'Byron Primary' })
          .expect(201)
      ).body.id;
      const renamed = await app.http
        .patch(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .send({ name: 'Byron Academy' })
        .expect(200);
      expect(renamed.body).toEqual({ id, position: expect.stringMatching(/^\d+$/), changed: true });
      const unchanged = await app.http
        .patch(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .send({ name: 'Byron Academy' })
        .expect(200);
      expect(unchanged.body).toEqual({ id, position: renamed.body.position, changed: false });
      const one = await app.http
        .get(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .expect(200);
      expect(one.body.name).toBe('Byron Academy');
      await app.http
        .patch(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .send({})
        .expect(400);
    });

    it('makes a school that left the trust disappear: gone from the list, its routes 404', async () => {
      const id = (
        await app.http
          .post(schoolsOf(trust.id))
          .set(admin())
          .send({ name: 'Leaving School' })
          .expect(201)
      ).body.id;
      const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: id }]);
      await app.http
        .delete(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .expect(201);
      const list = await app.http.get(schoolsOf(trust.id)).set(admin()).expect(200);
      expect(list.body.map((s: { id: string }) => s.id)).not.toContain(id);
      await app.http
        .get(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .expect(404);
      await app.http
        .patch(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .send({ name: 'Back' })
        .expect(404);
      await app.http
        .delete(`${schoolsOf(trust.id)}/${id}`)
        .set(admin())
        .expect(404);
      await app.http
        .get(`${schoolsOf(trust.id)}/${id}`)
        .set(bearer(governor.token))
        .expect(404);
      await app.http
        .post(`/api/trusts/${trust.id}/people/${governor.id}/roles`)
        .set(admin())
        .send({ role: 'staff', schoolId: id })
        .expect(400);
    });
  });

  describe('security policy', () => {
    it('records the policy (201), then 200 when unchanged; the body is validated', async () => {
      const other = await createTrustWithAdmin(app);
      const url = `/api/trusts/${other.id}/security-policy`;
      await app.http
        .put(url)
        .set(bearer(other.admin.token))
        .send({ requireMfaForAdmins: 'yes' })
        .expect(400);
      await app.http
        .put(url)
        .set(bearer(other.admin.token))
        .send({ requireMfaForAdmins: false })
        .expect(200);
      await app.http.put(url).set(operator()).send({ requireMfaForAdmins: true }).expect(201);
      const view = await app.http.get(`/api/trusts/${other.id}`).set(operator()).expect(200);
      expect(view.body.securityPolicy).toEqual({ requireMfaForAdmins: true });
    });
  });
});
