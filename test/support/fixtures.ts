import { PersonRole } from '@governance/domain';
import { TestApp, OPERATOR_TOKEN } from './test-app';

/*
 * Fixtures for HTTP tests: trusts, schools and people created through the real API, and
 * signed-in tokens for them. Every helper goes through HTTP, so the fixtures exercise the same
 * guard, validation and write path as a client, and they throw with the answer when a step fails.
 *
 *   const trust = await createTrustWithAdmin(app, { schools: 2 });
 *   const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[0] }]);
 *   await app.http.get(`/api/trusts/${trust.id}/schools`).set(bearer(governor.token)).expect(200);
 */

/** Passes the password policy (12+ characters, not common) and contains no fixture name. */
export const STRONG_PASSWORD = 'orbit lantern teacup 47';

export interface Grant {
  role: PersonRole;
  schoolId?: string;
}

export interface TestPerson {
  id: string;
  name: string;
  email: string;
  password: string;
  roles: Grant[];
}

export interface SignedInPerson extends TestPerson {
  token: string;
}

export interface TestTrust {
  id: string;
  name: string;
  /** Ids of the schools created with the trust, in order. */
  schools: string[];
  /** A trust-admin, signed in. */
  admin: SignedInPerson;
}

let sequence = 0;

/** A fresh, valid email address: unique across the whole test run. */
export function uniqueEmail(label = 'person'): string {
  sequence += 1;
  return `${label}.${process.pid}.${sequence}@example.org`;
}

/** The Authorization header for a token (a person's access token or OPERATOR_TOKEN). */
export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

export const operator = (): { Authorization: string } => bearer(OPERATOR_TOKEN);

/** The head of the event log, as the health route reports it (a decimal string). */
export async function headPosition(app: TestApp): Promise<string> {
  const response = await app.http.get('/api/health').expect(200);
  return response.body.position as string;
}

/**
 * Sends a request that must be refused with `status` as a problem document, and checks that the
 * log did not move: a refusal changes nothing. Answers the problem document.
 */
export async function expectRefusedUnchanged(
  app: TestApp,
  send: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>,
  status: number,
): Promise<Record<string, unknown>> {
  const before = await headPosition(app);
  const response = await send();
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(await headPosition(app)).toBe(before);
  return response.body;
}

/** POST /api/trusts as the operator; answers the new trust's id. */
export async function createTrust(app: TestApp, name = `Trust ${++sequence}`): Promise<string> {
  const response = await app.http.post('/api/trusts').set(operator()).send({ name });
  expectStatus(response, 201, 'create trust');
  return response.body.id as string;
}

/** POST /api/trusts/:trustId/schools with the given token (a trust-admin's); answers the school id. */
export async function addSchool(
  app: TestApp,
  trustId: string,
  token: string,
  school: { name?: string; urn?: string; phase?: string } = {},
): Promise<string> {
  const response = await app.http
    .post(`/api/trusts/${trustId}/schools`)
    .set(bearer(token))
    .send({ name: school.name ?? `School ${++sequence}`, ...school });
  expectStatus(response, 201, 'add school');
  return response.body.id as string;
}

/**
 * POST /api/trusts/:trustId/people with the given token (a trust-admin's or OPERATOR_TOKEN);
 * the person gets STRONG_PASSWORD unless another is given (null: no password, cannot sign in).
 */
export async function addPerson(
  app: TestApp,
  trustId: string,
  token: string,
  roles: Grant[],
  details: { name?: string; email?: string; password?: string | null } = {},
): Promise<TestPerson> {
  const person = {
    name: details.name ?? `Test Person ${++sequence}`,
    email: details.email ?? uniqueEmail(roles[0]?.role ?? 'person'),
    password: details.password === null ? '' : (details.password ?? STRONG_PASSWORD),
    roles,
  };
  const body = details.password === null ? { ...person, password: undefined } : person;
  const response = await app.http
    .post(`/api/trusts/${trustId}/people`)
    .set(bearer(token))
    .send(body);
  expectStatus(response, 201, 'add person');
  return { id: response.body.id as string, ...person };
}

/** POST /api/auth/login; answers the access token. Pass `totp` once the person has MFA. */
export async function loginAs(
  app: TestApp,
  person: { email: string; password: string },
  totp?: string,
): Promise<string> {
  const response = await app.http
    .post('/api/auth/login')
    .send({ email: person.email, password: person.password, ...(totp ? { totp } : {}) });
  expectStatus(response, 200, 'sign in');
  return response.body.accessToken as string;
}

/** Adds a person with the given roles to a trust (as its admin) and signs them in. */
export async function addSignedInPerson(
  app: TestApp,
  trust: Pick<TestTrust, 'id' | 'admin'>,
  roles: Grant[],
  details: { name?: string; email?: string } = {},
): Promise<SignedInPerson> {
  const person = await addPerson(app, trust.id, trust.admin.token, roles, details);
  return { ...person, token: await loginAs(app, person) };
}

/**
 * A new trust with its first trust-admin (created by the operator, as in production), signed
 * in, and optionally some schools: a count, or their names.
 */
export async function createTrustWithAdmin(
  app: TestApp,
  options: { name?: string; schools?: number | string[] } = {},
): Promise<TestTrust> {
  const name = options.name ?? `Trust ${++sequence}`;
  const id = await createTrust(app, name);
  const adminPerson = await addPerson(app, id, OPERATOR_TOKEN, [{ role: 'trust-admin' }]);
  const admin = { ...adminPerson, token: await loginAs(app, adminPerson) };
  const schoolNames =
    typeof options.schools === 'number'
      ? Array.from({ length: options.schools }, (_, i) => `${name} School ${i + 1}`)
      : (options.schools ?? []);
  const schools: string[] = [];
  for (const schoolName of schoolNames)
    schools.push(await addSchool(app, id, admin.token, { name: schoolName }));
  return { id, name, schools, admin };
}

function expectStatus(
  response: { status: number; body: unknown },
  status: number,
  step: string,
): void {
  if (response.status !== status) {
    throw new Error(
      `Fixture step "${step}" answered ${response.status}, expected ${status}: ${JSON.stringify(response.body)}`,
    );
  }
}

/** POST .../acknowledgements as the member of staff (their token): answers the position it was recorded at. */
export async function acknowledgePolicy(
  app: TestApp,
  trustId: string,
  token: string,
  target: { schoolId: string; policyId: string; version: number },
): Promise<string> {
  const response = await app.http
    .post(`/api/trusts/${trustId}/schools/${target.schoolId}/policies/${target.policyId}/acknowledgements`)
    .set(bearer(token))
    .send({ version: target.version });
  expectStatus(response, 201, 'acknowledge a policy');
  return response.body.position as string;
}
