import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { nullBodies } from './support/dto-fields';
import { addPerson, addSignedInPerson, bearer, createTrustWithAdmin, headPosition, TestTrust } from './support/fixtures';
import { SCHOOL_SCOPED_ROLES, type PersonRole } from '@governance/domain';
import { fillPath, registeredRoutes, RegisteredRoute } from './support/routes';
import { OPERATOR_TOKEN, startTestApp, TestApp } from './support/test-app';

/**
 * Hostile input for EVERY write route (so routes added later are covered): wrong types, extra
 * fields and prototype keys, deep nesting, malformed JSON, wrong content types, huge bodies,
 * null in every field of every DTO, a Content-Encoding the body is not in.
 * Only 400, 413, 415 or 422 may come back (404 where a path id could not be made real), as a
 * problem document that names the problem and leaks nothing, and the log must not move.
 * Query strings and path ids of read routes never cause a server error either.
 */
const RUNS = Number(process.env.HOSTILE_RUNS ?? '12');
const REFUSED = [400, 413, 415, 422];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** JSON text of an object that certainly carries a field no route accepts. */
const withUnknownField = fc
  .tuple(
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
    fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'zzUnknownField', '$where'), fc.string({ minLength: 1, maxLength: 8 }).map((s) => `x-${s}`)),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([fields, key, value]) => {
    const entries = Object.entries(fields).filter(([k]) => k !== key).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    return `{${[...entries, `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`].join(',')}}`;
  });
const notAnObject = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)).map((v) => JSON.stringify(v));
const malformed = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
});
const controlAndUnicode = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => JSON.stringify({ [`x-${s}`]: s }));
const deeplyNested = fc.integer({ min: 500, max: 4000 }).map((depth) => `{"zz":${'['.repeat(depth)}${']'.repeat(depth)}}`);

describe('hostile input', () => {
  let app: TestApp;
  let trust: TestTrust;
  let ids: Record<string, string>;
  let writes: RegisteredRoute[];
  let reads: RegisteredRoute[];

  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: 2 });
    const person = await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: trust.schools[0] }]);
    ids = { trustId: trust.id, schoolId: trust.schools[0], personId: person.id, term: '2026-autumn' };
    const routes = registeredRoutes(app.app);
    writes = routes.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
    reads = routes.filter((r) => r.method === 'GET');
    // A route a trust admin may not send (a member of staff's own acknowledgement) is sent by
    // someone holding its first role, so the body reaches validation rather than the role check.
    for (const role of new Set(writes.flatMap((r) => (Array.isArray(r.rule?.roles) && !r.rule.roles.includes('trust-admin') ? [r.rule.roles[0]] : [])))) {
      const grant = SCHOOL_SCOPED_ROLES.includes(role) ? { role, schoolId: trust.schools[0] } : { role };
      roleTokens.set(role, (await addSignedInPerson(app, trust, [grant])).token);
    }
  });
  afterAll(() => app.close());

  const roleTokens = new Map<PersonRole, string>();
  const tokenFor = (route: RegisteredRoute) => {
    if (route.rule?.scope === 'operator') return OPERATOR_TOKEN;
    const roles = route.rule?.roles;
    return (Array.isArray(roles) && !roles.includes('trust-admin') ? roleTokens.get(roles[0]) : undefined) ?? trust.admin.token;
  };
  const pathOf = (route: RegisteredRoute) => fillPath(route.path, ids, () => randomUUID());
  const hasUnknownParam = (route: RegisteredRoute) => (route.path.match(/:(\w+)/g) ?? []).some((p) => !(p.slice(1) in ids));

  function expectRefused(route: RegisteredRoute, response: { status: number; headers: Record<string, string>; text: string }): void {
    const allowed = [...REFUSED, ...(hasUnknownParam(route) ? [404] : []), ...(route.rule?.scope === 'public' ? [401, 429] : [])];
    if (!allowed.includes(response.status)) {
      throw new Error(`${route.method} ${route.path} answered ${response.status}: ${response.text.slice(0, 300)}`);
    }
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(response.text) as { detail?: unknown };
    expect(typeof body.detail).toBe('string');
    expect(response.text).not.toMatch(/\bat \S+\.(ts|js):\d+|SQLITE|node_modules/i);
  }

  function send(route: RegisteredRoute, body: string | Buffer, contentType = 'application/json', headers: Record<string, string> = {}) {
    const method = route.method.toLowerCase() as 'post' | 'put' | 'patch';
    return app.http[method](pathOf(route)).set(bearer(tokenFor(route))).set('Content-Type', contentType).set(headers).send(body);
  }

  it('covers every write route', () => {
    expect(writes.filter((r) => r.takesBody).length).toBeGreaterThan(5);
  });

  it('refuses generated hostile bodies on every write route and appends nothing', async () => {
    const before = await headPosition(app);
    // A route that reads no body ignores one, as HTTP allows; the rest must refuse hostile ones.
    for (const route of writes.filter((r) => r.takesBody)) {
      for (const bodies of [withUnknownField, notAnObject, malformed, controlAndUnicode, deeplyNested]) {
        await fc.assert(
          fc.asyncProperty(bodies, async (body) => {
            expectRefused(route, await send(route, body));
          }),
          { numRuns: RUNS },
        );
      }
    }
    expect(await headPosition(app)).toBe(before);
  }, 300_000);

  it('refuses wrong content types, 1 MB and 20 MB bodies on every write route', async () => {
    const before = await headPosition(app);
    const oneMegabyte = JSON.stringify({ text: 'x'.repeat(1024 * 1024) });
    const twentyMegabytes = Buffer.alloc(20 * 1024 * 1024, 'a');
    for (const [index, route] of writes.entries()) {
      for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
        const response = await send(route, 'name=Oak&role=trust-admin', type);
        expect(response.status).toBe(415);
      }
      expect((await send(route, oneMegabyte)).status).toBe(413);
      // 20 MB on a few routes is enough: the limit is one shared body parser.
      if (index % 10 === 0) {
        const huge = await send(route, twentyMegabytes).catch(() => ({ status: 413 }));
        expect(huge.status).toBe(413);
      }
    }
    expect(await headPosition(app)).toBe(before);
  }, 300_000);

  it('refuses null in every field of every DTO, one at a time and all at once, naming each field', async () => {
    const before = await headPosition(app);
    let cases = 0;
    for (const route of writes) {
      if (!route.bodyType) continue;
      for (const { nulled, body } of nullBodies(route.bodyType)) {
        const response = await send(route, JSON.stringify(body));
        expectRefused(route, response);
        const { errors } = JSON.parse(response.text) as { errors?: { field: string }[] };
        if (response.status === 400) {
          const named = (errors ?? []).map((error) => error.field);
          const unnamed = nulled.filter((field) => !named.includes(field));
          if (unnamed.length > 0) throw new Error(`${route.method} ${route.path} with ${JSON.stringify(body)} did not name ${unnamed.join(', ')}: ${response.text}`);
        }
        cases += 1;
      }
    }
    expect(cases).toBeGreaterThan(100);
    expect(await headPosition(app)).toBe(before);
  }, 300_000);

  it('refuses a body that is not in the Content-Encoding it claims, on every write route', async () => {
    const before = await headPosition(app);
    for (const route of writes) {
      for (const encoding of ['gzip', 'deflate', 'br', 'x-unknown', 'gzip, identity']) {
        const response = await send(route, '{"name":"Oak"}', 'application/json', { 'Content-Encoding': encoding });
        expectRefused(route, response);
        expect([400, 415]).toContain(response.status);
      }
    }
    expect(await headPosition(app)).toBe(before);
  }, 300_000);

  it('never answers a server error to hostile query strings or path ids on read routes', async () => {
    const hostileId = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
      fc.constantFrom('..%2F..%2Fetc%2Fpasswd', '%00', "' OR 1=1 --", 'x'.repeat(600), '%F0%9F%8F%AB'),
    );
    const hostileQuery = fc.dictionary(
      fc.oneof(fc.constantFrom('asOf', 'limit', 'cursor', 'type', 'from', 'to', 'schoolId', 'order', '__proto__'), fc.string({ maxLength: 10 })),
      fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('-1', '1e309', '9'.repeat(40), '2026-02-30', 'null')),
      { maxKeys: 4 },
    );
    for (const route of reads) {
      await fc.assert(
        fc.asyncProperty(hostileId, hostileQuery, async (id, query) => {
          const path = fillPath(route.path, {}, (name) => (name === 'trustId' ? trust.id : encodeURIComponent(id)));
          const response = await app.http.get(path).query(query).set(bearer(tokenFor(route)));
          if (response.status >= 500) throw new Error(`${route.path} answered ${response.status} for ${path}?${JSON.stringify(query)}: ${response.text}`);
          if (response.status >= 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        }),
        { numRuns: RUNS },
      );
    }
  }, 300_000);
});
