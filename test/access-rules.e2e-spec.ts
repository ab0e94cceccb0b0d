import { fillPath, expressRoutes, registeredRoutes, RegisteredRoute } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every route must declare who may call it, so a route added later cannot be public by
 * accident. The only public routes are the ones listed here on purpose.
 */
const PUBLIC_ROUTES = ['GET /api/health', 'POST /api/auth/login'];
/** Served by Swagger straight from Express, outside Nest's controllers and its guard. */
const DOCUMENTATION = /^\/api\/docs/;

describe('access rules on every route', () => {
  let app: TestApp;
  let routes: RegisteredRoute[];
  beforeAll(async () => {
    app = await startTestApp();
    routes = registeredRoutes(app.app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds the routes (a sanity check of the enumeration itself)', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/trusts',
        'GET /api/trusts/:trustId/schools',
        'GET /api/me',
      ]),
    );
  });

  it('gives every route a declared access rule', () => {
    const missing = routes
      .filter((route) => route.rule === undefined)
      .map((r) => `${r.method} ${r.path} (${r.handler})`);
    expect(missing).toEqual([]);
  });

  it('keeps public only the routes meant to be public', () => {
    const open = routes
      .filter((route) => route.rule?.kind === 'public')
      .map((r) => `${r.method} ${r.path}`);
    expect(open.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('puts trust and school rules only on routes with the parameters they check', () => {
    const wrong = routes.filter(
      ({ rule, path }) =>
        ((rule?.kind === 'trust' || rule?.kind === 'school') && !path.includes(':trustId')) ||
        (rule?.kind === 'school' && !path.includes(':schoolId')),
    );
    expect(wrong.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('guards every route with a :trustId by a trust or school rule', () => {
    const loose = routes.filter(
      ({ rule, path }) =>
        path.includes(':trustId') && rule?.kind !== 'trust' && rule?.kind !== 'school',
    );
    expect(loose.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('serves nothing outside Nest controllers but the API documentation', () => {
    const known = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const stray = expressRoutes(app.app).filter(
      (r) => !known.has(`${r.method} ${r.path}`) && !DOCUMENTATION.test(r.path),
    );
    expect(stray).toEqual([]);
  });

  it('answers 401 on every non-public route without a token, and with a forged one', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.rule?.kind !== 'public')) {
      const path = fillPath(route.path, {}, () => 'some-id');
      for (const headers of [{}, { Authorization: 'Bearer not-a-real-token' }]) {
        const response = await app.http[route.method.toLowerCase() as 'get'](path)
          .set(headers)
          .send({});
        if (response.status !== 401)
          failures.push(`${route.method} ${path} answered ${response.status}`);
        else if (!/^Bearer/.test(String(response.headers['www-authenticate'])))
          failures.push(`${route.method} ${path}: no WWW-Authenticate`);
      }
    }
    expect(failures).toEqual([]);
  });
});
