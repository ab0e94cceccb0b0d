import { ACCESS } from '@governance/domain';
import { fillPath, expressRoutes, registeredRoutes, RegisteredRoute } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every route must name its entry in the access table (libs/domain/src/access/access-table.ts),
 * so a route added later cannot be public by accident, and every entry must be some route's,
 * so the table a newcomer reads is the whole truth. The only public routes are the ones listed
 * here on purpose.
 */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'POST /api/auth/login',
  // Links by email: asked for by someone who cannot sign in, and spent by the holder of the link.
  'POST /api/auth/password-reset',
  'POST /api/auth/email-link',
  'POST /api/auth/email-link/consume',
  'POST /api/auth/password/set',
];
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

  it('has every route name an entry of the access table', () => {
    const missing = routes
      .filter((route) => route.rule === undefined)
      .map((r) => `${r.method} ${r.path} (${r.handler}) names ${r.accessKey ?? 'nothing'}`);
    expect(missing).toEqual([]);
  });

  it('has every entry of the access table used by exactly one route (no dead or shared entries)', () => {
    const uses = new Map<string, string[]>();
    for (const route of routes) {
      if (route.accessKey === undefined) continue;
      uses.set(route.accessKey, [...(uses.get(route.accessKey) ?? []), `${route.method} ${route.path}`]);
    }
    const dead = Object.keys(ACCESS).filter((key) => !uses.has(key));
    const shared = [...uses].filter(([, used]) => used.length > 1).map(([key, used]) => `${key}: ${used.join(', ')}`);
    expect({ dead, shared }).toEqual({ dead: [], shared: [] });
  });

  it('shows each route\'s entry in the OpenAPI document as x-access', async () => {
    const docs = await app.http.get('/api/docs-json').expect(200);
    const paths = docs.body.paths as Record<string, Record<string, { 'x-access'?: { entry: string } }>>;
    const wrong = routes.filter((route) => {
      const openApiPath = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      return paths[openApiPath]?.[route.method.toLowerCase()]?.['x-access']?.entry !== route.accessKey;
    });
    expect(wrong.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('keeps public only the routes meant to be public', () => {
    const open = routes
      .filter((route) => route.rule?.scope === 'public')
      .map((r) => `${r.method} ${r.path}`);
    expect(open.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('puts trust and school entries only on routes with the parameters they check', () => {
    const wrong = routes.filter(
      ({ rule, path }) =>
        ((rule?.scope === 'trust' || rule?.scope === 'school') && !path.includes(':trustId')) ||
        (rule?.scope === 'school' && !path.includes(':schoolId')),
    );
    expect(wrong.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('guards every route with a :trustId by a trust or school entry', () => {
    const loose = routes.filter(
      ({ rule, path }) =>
        path.includes(':trustId') && rule?.scope !== 'trust' && rule?.scope !== 'school',
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
    for (const route of routes.filter((r) => r.rule?.scope !== 'public')) {
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
