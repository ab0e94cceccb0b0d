import { startTestApp, TestApp } from './support/test-app';

/** The OpenAPI document is complete enough to generate a typed client from /api/docs-json. */

interface Response {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  responses?: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

/** Every `$ref` string anywhere inside a part of the document. */
function refsIn(part: unknown): string[] {
  if (Array.isArray(part)) return part.flatMap(refsIn);
  if (part === null || typeof part !== 'object') return [];
  return Object.entries(part).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [value] : refsIn(value)));
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

  it('gives every operation its own operationId, for client method names', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tags every operation by capability', () => {
    expect(missing((o) => (o.tags ?? []).length > 0)).toEqual([]);
  });

  it('describes at least one successful answer for every operation', () => {
    const described = (o: Operation): boolean =>
      Object.entries(o.responses ?? {}).some(([status, r]) => /^2\d\d$/.test(status) && (r.description ?? '').trim() !== '');
    expect(missing(described)).toEqual([]);
  });

  it('gives every successful answer a schema, so a client knows its type', () => {
    const untyped = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => /^2\d\d$/.test(status))
        .filter(([, r]) => Object.values(r.content ?? {}).every((media) => media.schema === undefined))
        .map(([status]) => `${name} ${status}`),
    );
    expect(untyped).toEqual([]);
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

  it("describes Me's may: access-table entries to 'all' or school ids", () => {
    expect(document.components?.schemas?.Me?.properties?.may).toMatchObject({
      type: 'object',
      description: expect.stringContaining('access table'),
      additionalProperties: {
        oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }],
      },
    });
  });

  it('types the answers that have a shape on the server', () => {
    const schemaOf = (name: string, status: string): unknown =>
      operations.find((o) => o.name === name)?.operation.responses?.[status]?.content?.['application/json']?.schema;
    const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });
    const list = (schema: string) => ({ type: 'array', items: ref(schema) });
    expect(schemaOf('POST /api/auth/login', '200')).toEqual(ref('SignedIn'));
    expect(schemaOf('GET /api/me', '200')).toEqual(ref('Me'));
    expect(schemaOf('PUT /api/me/password', '201')).toEqual(ref('IssuedTokenWriteAnswer'));
    expect(schemaOf('GET /api/trusts', '200')).toEqual(list('TrustSummary'));
    expect(schemaOf('GET /api/trusts/{trustId}/schools', '200')).toEqual(list('School'));
    expect(schemaOf('GET /api/trusts/{trustId}/people/{personId}', '200')).toEqual(ref('Person'));
    expect(schemaOf('POST /api/trusts/{trustId}/policies', '201')).toEqual(ref('WriteAnswer'));
    expect(schemaOf('POST /api/trusts/{trustId}/policies', '200')).toEqual(ref('WriteAnswer'));
    expect(schemaOf('GET /api/trusts/{trustId}/compliance', '200')).toEqual(ref('TrustCompliance'));
    expect(schemaOf('GET /api/trusts/{trustId}/schools/{schoolId}/policies', '200')).toEqual(list('RegisterRow'));
    expect(schemaOf('GET /api/trusts/{trustId}/audit', '200')).toEqual(ref('AuditPage'));
    expect(schemaOf('POST /api/trusts/{trustId}/policy-imports', '201')).toEqual(ref('ImportAnswer'));
    expect(schemaOf('GET /api/health', '200')).toEqual(ref('Health'));
    expect(schemaOf('GET /api/health', '503')).toEqual(ref('Health'));
  });

  it('gives file answers their media type and a string schema', () => {
    const contentOf = (name: string): Record<string, { schema?: unknown }> | undefined =>
      operations.find((o) => o.name === name)?.operation.responses?.['200']?.content;
    const text = { schema: { type: 'string' } };
    expect(contentOf('GET /api/trusts/{trustId}/compliance.csv')).toEqual({ 'text/csv': text });
    expect(contentOf('GET /api/trusts/{trustId}/schools/{schoolId}/policies.csv')).toEqual({ 'text/csv': text });
    expect(contentOf('GET /api/trusts/{trustId}/calendar.ics')).toEqual({ 'text/calendar': text });
    expect(contentOf('GET /api/trusts/{trustId}/terms/{term}/minutes-inputs')).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/MinutesInputs' } },
      'text/markdown': text,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } },
    });
  });

  it('resolves every $ref to a defined schema, so a client generator finds every type', () => {
    const defined = new Set(Object.keys(document.components?.schemas ?? {}).map((name) => `#/components/schemas/${name}`));
    const dangling = [...new Set(refsIn(document))].filter((ref) => !defined.has(ref));
    expect(dangling).toEqual([]);
  });

  it('defines no schema that no operation reaches', () => {
    const schemas = document.components?.schemas ?? {};
    const reached = new Set<string>();
    const visit = (ref: string): void => {
      const name = ref.replace('#/components/schemas/', '');
      if (reached.has(name)) return;
      reached.add(name);
      refsIn(schemas[name]).forEach(visit);
    };
    refsIn(document.paths).forEach(visit);
    expect(Object.keys(schemas).filter((name) => !reached.has(name))).toEqual([]);
  });

  it('documents the access rules of routes that need a sign-in', () => {
    // Every /api/auth route is public: sign-in, and the links by email.
    const signedIn = operations.filter(({ name }) => !name.includes('/api/health') && !name.includes('/api/auth/'));
    expect(signedIn.filter(({ operation }) => !operation.responses?.['401']).map(({ name }) => name)).toEqual([]);
  });
});
