import { startTestApp, TestApp } from './support/test-app';

/** The OpenAPI document is complete enough to generate a typed client from /api/docs-json. */

interface Response {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  responses?: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
/** A degraded health check answers its usual body with 503, so monitors can read what is wrong. */
const NOT_PROBLEMS = ['GET /api/health 503'];

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: Document;
  let operations: Array<{ name: string; operation: Operation }>;

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/api/docs-json').expect(200)).body as Document;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
    );
  });
  afterAll(() => t.close());

  const missing = (test: (operation: Operation) => boolean): string[] =>
    operations.filter(({ operation }) => !test(operation)).map(({ name }) => name);

  it('lists the operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every operation a summary and a description', () => {
    expect(missing((o) => (o.summary ?? '').trim().length > 0)).toEqual([]);
    expect(missing((o) => (o.description ?? '').trim().length > 0)).toEqual([]);
  });

  it('tags every operation by capability', () => {
    expect(missing((o) => (o.tags ?? []).length > 0)).toEqual([]);
  });

  it('describes at least one successful answer for every operation', () => {
    const described = (o: Operation): boolean =>
      Object.entries(o.responses ?? {}).some(([status, r]) => /^2\d\d$/.test(status) && (r.description ?? '').trim() !== '');
    expect(missing(described)).toEqual([]);
  });

  it('describes the error answers of every operation as problem documents', () => {
    const problems = (o: Operation): Array<[string, Response]> =>
      Object.entries(o.responses ?? {}).filter(([status]) => /^[45]\d\d$/.test(status));
    expect(missing((o) => problems(o).length > 0)).toEqual([]);
    const notProblem = operations.flatMap(({ name, operation }) =>
      problems(operation)
        .filter(([, r]) => JSON.stringify(r.content?.['application/problem+json']?.schema) !== JSON.stringify(PROBLEM_REF))
        .map(([status]) => `${name} ${status}`),
    ).filter((answer) => !NOT_PROBLEMS.includes(answer));
    expect(notProblem).toEqual([]);
  });

  it('defines one shared Problem schema with the RFC 9457 members', () => {
    const properties = Object.keys(document.components?.schemas?.Problem?.properties ?? {});
    expect(properties).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'errors']));
  });

  it('documents the access rules of routes that need a sign-in', () => {
    const signedIn = operations.filter(({ name }) => !name.includes('/api/health') && !name.includes('/api/auth/login'));
    expect(signedIn.filter(({ operation }) => !operation.responses?.['401']).map(({ name }) => name)).toEqual([]);
  });
});
