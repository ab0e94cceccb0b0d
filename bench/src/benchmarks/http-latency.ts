import autocannon from 'autocannon';
import { ratio, round, seconds } from './stats';
import { BENCH_OPERATOR_TOKEN, RunningServer } from './server';

export interface RouteFigures {
  route: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  requests: number;
  /** Errors, timeouts and non-2xx answers: must be 0 for the figures to count. */
  failures: number;
}

export interface HttpFigures {
  connections: number;
  durationSeconds: number;
  health: RouteFigures;
  compliance: RouteFigures & { ratioToHealth: number };
  register: RouteFigures & { ratioToHealth: number };
  /** The compliance answer was checked: one row per school. */
  schoolsInCompliance: number;
  /** The first request of each route after start-up (ms): read from the kept answers on disk if an earlier start left them, computed otherwise. */
  coldComplianceMs: number;
  coldRegisterMs: number;
}

export interface HttpOptions {
  trustId: string;
  schoolId: string;
  schools: number;
  durationSeconds: number;
  connections: number;
}

/**
 * GET /compliance and a school's register under load on loopback, beside GET /api/health on
 * the same server in the same run. Requests carry a trust admin's token, as the dashboard's
 * would: sign-in is part of every request (token check, the person's and the trust's streams).
 * Health is measured before and after the other two and averaged, so drift in a shared
 * machine's load falls on both sides of the ratio.
 */
export async function benchHttp(server: RunningServer, options: HttpOptions): Promise<HttpFigures> {
  const token = await trustAdminToken(server.url, options.trustId);
  const auth = { authorization: `Bearer ${token}` };
  const compliancePath = `/api/trusts/${options.trustId}/compliance`;
  const registerPath = `/api/trusts/${options.trustId}/schools/${options.schoolId}/policies`;

  let started = process.hrtime.bigint();
  const compliance = (await getJson(server.url + compliancePath, auth)) as { schools: unknown[] };
  const coldComplianceMs = round(seconds(started) * 1000, 1);
  if (compliance.schools.length !== options.schools) {
    throw new Error(`The compliance answer has ${compliance.schools.length} schools, expected ${options.schools}`);
  }
  started = process.hrtime.bigint();
  await getJson(server.url + registerPath, auth);
  const coldRegisterMs = round(seconds(started) * 1000, 1);

  const run = (path: string, headers: Record<string, string>, duration: number) =>
    load(server.url, path, headers, duration, options.connections);
  const warmUp = Math.max(1, Math.round(options.durationSeconds / 5));
  await run('/api/health', {}, warmUp);
  await run(compliancePath, auth, warmUp);
  await run(registerPath, auth, warmUp);

  const healthBefore = await run('/api/health', {}, options.durationSeconds);
  const complianceFigures = await run(compliancePath, auth, options.durationSeconds);
  const registerFigures = await run(registerPath, auth, options.durationSeconds);
  const healthAfter = await run('/api/health', {}, options.durationSeconds);
  const health = averageOf(healthBefore, healthAfter);
  return {
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    health,
    compliance: { ...complianceFigures, route: 'GET /api/trusts/:trustId/compliance', ratioToHealth: ratio(complianceFigures.requestsPerSecond, health.requestsPerSecond) },
    register: { ...registerFigures, route: 'GET /api/trusts/:trustId/schools/:schoolId/policies', ratioToHealth: ratio(registerFigures.requestsPerSecond, health.requestsPerSecond) },
    schoolsInCompliance: compliance.schools.length,
    coldComplianceMs,
    coldRegisterMs,
  };
}

async function load(url: string, path: string, headers: Record<string, string>, duration: number, connections: number): Promise<RouteFigures> {
  const result = await autocannon({ url: url + path, headers, duration, connections, pipelining: 1, timeout: 10 });
  return {
    route: `GET ${path}`,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: round(result.requests.average),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function averageOf(a: RouteFigures, b: RouteFigures): RouteFigures {
  return {
    route: 'GET /api/health',
    p50Ms: round((a.p50Ms + b.p50Ms) / 2, 2),
    p99Ms: round((a.p99Ms + b.p99Ms) / 2, 2),
    requestsPerSecond: round((a.requestsPerSecond + b.requestsPerSecond) / 2),
    requests: a.requests + b.requests,
    failures: a.failures + b.failures,
  };
}

/** Registers a trust admin with the operator's token and signs them in. */
export async function trustAdminToken(url: string, trustId: string): Promise<string> {
  const email = `bench.admin.${Date.now()}@example.org`;
  const password = 'copper lantern meadow 2026';
  await send(`${url}/api/trusts/${trustId}/people`, { name: 'Bench Admin', email, password, roles: [{ role: 'trust-admin' }] }, BENCH_OPERATOR_TOKEN);
  const login = (await send(`${url}/api/auth/login`, { email, password })) as { accessToken: string };
  return login.accessToken;
}

async function send(url: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

export async function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}
