import { randomUUID } from 'node:crypto';
import { ACCESS } from '@governance/domain';
import {
  addPerson,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  headPosition,
  operator,
  SignedInPerson,
  TestTrust,
} from './support/fixtures';
import { fillPath, registeredRoutes, RegisteredRoute } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Two trusts on one server must not see each other through any route. For EVERY route whose
 * access-table entry is trust- or school-scoped (so routes and entries added later are covered
 * without editing this file), trust B's people are sent at trust A's resources and must get a
 * 404 that is indistinguishable from an unknown trust's, with nothing appended to the log.
 */
describe('tenant isolation', () => {
  let app: TestApp;
  let trustA: TestTrust;
  let trustB: TestTrust;
  let idsOfA: Record<string, string>;
  let intruders: SignedInPerson[];
  let trustRoutes: RegisteredRoute[];

  beforeAll(async () => {
    app = await startTestApp();
    trustA = await createTrustWithAdmin(app, { name: 'Trust A', schools: 2 });
    trustB = await createTrustWithAdmin(app, { name: 'Trust B', schools: 1 });
    const personOfA = await addPerson(app, trustA.id, trustA.admin.token, [
      { role: 'governor', schoolId: trustA.schools[0] },
    ]);
    idsOfA = { trustId: trustA.id, schoolId: trustA.schools[0], personId: personOfA.id };
    intruders = [
      trustB.admin,
      await addSignedInPerson(app, trustB, [{ role: 'governor', schoolId: trustB.schools[0] }]),
      await addSignedInPerson(app, trustB, [{ role: 'trustee' }, { role: 'clerk' }]),
    ];
    trustRoutes = registeredRoutes(app.app).filter(
      (route) => route.rule?.scope === 'trust' || route.rule?.scope === 'school',
    );
  });
  afterAll(async () => {
    await app.close();
  });

  /** Any other parameter (a policy id, a term) gets a plausible value; the trust check comes first. */
  const fallback = (name: string) => (name === 'term' ? '2026-autumn' : randomUUID());

  function send(route: RegisteredRoute, path: string, token: string) {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return app.http[method](path)
      .set(bearer(token))
      .send({ name: 'Intrusion', role: 'trust-admin', password: 'x' });
  }

  it('covers the routes of this issue (and any added later)', () => {
    const names = trustRoutes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/trusts/:trustId/schools',
        'GET /api/trusts/:trustId/people',
        'DELETE /api/trusts/:trustId/people/:personId',
      ]),
    );
    expect(trustRoutes.length).toBeGreaterThanOrEqual(14);
  });

  it('covers every trust- and school-scoped entry of the access table', () => {
    const scoped = Object.entries(ACCESS)
      .filter(([, entry]) => entry.scope === 'trust' || entry.scope === 'school')
      .map(([key]) => key);
    const covered = new Set(trustRoutes.map((route) => route.accessKey));
    expect(scoped.filter((key) => !covered.has(key))).toEqual([]);
  });

  it("refuses a review scan of trust A to trust B's admin, whose trust is in the body", async () => {
    const before = await headPosition(app);
    const response = await app.http
      .post('/api/admin/review-scan')
      .set(bearer(trustB.admin.token))
      .send({ trustId: trustA.id })
      .expect(404);
    expect(JSON.stringify(response.body)).not.toContain(trustA.id);
    expect(await headPosition(app)).toBe(before);
  });

  it("answers 404 to trust B's people on every route of trust A, appending nothing", async () => {
    const leaks: string[] = [];
    for (const route of trustRoutes) {
      const path = fillPath(route.path, idsOfA, fallback);
      for (const intruder of intruders) {
        const before = await headPosition(app);
        const response = await send(route, path, intruder.token);
        const after = await headPosition(app);
        if (response.status !== 404)
          leaks.push(`${route.method} ${path} as ${intruder.roles[0].role}: ${response.status}`);
        if (after !== before)
          leaks.push(
            `${route.method} ${path} as ${intruder.roles[0].role}: appended (${before} -> ${after})`,
          );
      }
    }
    expect(leaks).toEqual([]);
  });

  it("says nothing that tells trust A's resources from resources that do not exist", async () => {
    const differences: string[] = [];
    for (const route of trustRoutes) {
      const real = await send(route, fillPath(route.path, idsOfA, fallback), trustB.admin.token);
      const unknownIds = { trustId: randomUUID(), schoolId: randomUUID(), personId: randomUUID() };
      const unknown = await send(
        route,
        fillPath(route.path, unknownIds, fallback),
        trustB.admin.token,
      );
      const shape = (body: Record<string, unknown>) =>
        JSON.stringify({ ...body, instance: undefined });
      if (real.status !== unknown.status || shape(real.body) !== shape(unknown.body)) {
        differences.push(
          `${route.method} ${route.path}: ${real.status} ${JSON.stringify(real.body)} vs ${unknown.status} ${JSON.stringify(unknown.body)}`,
        );
      }
      expect(JSON.stringify(real.body)).not.toContain(trustA.id);
    }
    expect(differences).toEqual([]);
  });

  it("lists only the caller's own trust and its own schools", async () => {
    const trusts = await app.http.get('/api/trusts').set(bearer(trustB.admin.token)).expect(200);
    expect(trusts.body).toEqual([{ id: trustB.id, name: 'Trust B' }]);
    const schools = await app.http
      .get(`/api/trusts/${trustB.id}/schools`)
      .set(bearer(trustB.admin.token))
      .expect(200);
    expect(schools.body.map((s: { id: string }) => s.id)).toEqual(trustB.schools);
  });

  it("keeps trust A's ids out of trust B's routes too (a person of A named in B's URL is unknown)", async () => {
    const before = await headPosition(app);
    await app.http
      .delete(`/api/trusts/${trustB.id}/people/${idsOfA.personId}`)
      .set(bearer(trustB.admin.token))
      .expect(404);
    await app.http
      .get(`/api/trusts/${trustB.id}/people/${idsOfA.personId}`)
      .set(bearer(trustB.admin.token))
      .expect(404);
    await app.http
      .post(`/api/trusts/${trustB.id}/people/${idsOfA.personId}/roles`)
      .set(bearer(trustB.admin.token))
      .send({ role: 'trustee' })
      .expect(404);
    await app.http
      .get(`/api/trusts/${trustB.id}/schools/${idsOfA.schoolId}`)
      .set(bearer(trustB.admin.token))
      .expect(404);
    await app.http
      .patch(`/api/trusts/${trustB.id}/schools/${idsOfA.schoolId}`)
      .set(bearer(trustB.admin.token))
      .send({ name: 'Taken over' })
      .expect(404);
    await app.http
      .post(`/api/trusts/${trustB.id}/people`)
      .set(bearer(trustB.admin.token))
      .send({
        name: 'Sneaky Governor',
        email: 'sneaky@example.org',
        roles: [{ role: 'governor', schoolId: idsOfA.schoolId }],
      })
      .expect(400);
    expect(await headPosition(app)).toBe(before);
  });

  it('lets the operator reach both trusts where the rules allow it', async () => {
    for (const trust of [trustA, trustB]) {
      await app.http.get(`/api/trusts/${trust.id}/schools`).set(operator()).expect(200);
    }
  });
});
