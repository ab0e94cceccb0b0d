import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
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
  /**
   * The server process's CPU time (user + system, from /proc) per request, in ms: what a request
   * costs the server whatever else runs on the machine. 0 where /proc is not there.
   */
  serverCpuMs: number;
}

export interface HttpFigures {
  connections: number;
  durationSeconds: number;
  health: RouteFigures;
  compliance: RouteFigures & { ratioToHealth: number; cpuRatioToHealth: number };
  register: RouteFigures & { ratioToHealth: number; cpuRatioToHealth: number };
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
    load(server, path, headers, duration, options.connections);
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
    compliance: { ...complianceFigures, route: 'GET /api/trusts/:trustId/compliance', ...ratiosToHealth(complianceFigures, health) },
    register: { ...registerFigures, route: 'GET /api/trusts/:trustId/schools/:schoolId/policies', ...ratiosToHealth(registerFigures, health) },
    schoolsInCompliance: compliance.schools.length,
    coldComplianceMs,
    coldRegisterMs,
  };
}

/**
 * The goal's ratio (requests per second) and, labelled apart, the ratio of server CPU per request
 * (health's over the route's): the same comparison with the machine's other load taken out.
 */
function ratiosToHealth(route: RouteFigures, health: RouteFigures) {
  return {
    ratioToHealth: ratio(route.requestsPerSecond, health.requestsPerSecond),
    cpuRatioToHealth: route.serverCpuMs > 0 ? ratio(health.serverCpuMs, route.serverCpuMs) : 0,
  };
}

async function load(server: RunningServer, path: string, headers: Record<string, string>, duration: number, connections: number): Promise<RouteFigures> {
  const cpuBefore = cpuSecondsOf(server.pid);
  const result = await autocannon({ url: server.url + path, headers, duration, connections, pipelining: 1, timeout: 10 });
  const cpu = cpuSecondsOf(server.pid) - cpuBefore;
  return {
    route: `GET ${path}`,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requestsPerSecond: round(result.requests.average),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
    serverCpuMs: result.requests.total > 0 ? round((cpu * 1000) / result.requests.total, 3) : 0,
  };
}

/** A process's user + system CPU time in seconds, from /proc (Linux); 0 where there is none. */
function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function averageOf(a: RouteFigures, b: RouteFigures): RouteFigures {
  return {
    route: 'GET /api/health',
    p50Ms: round((a.p50Ms + b.p50Ms) / 2, 2),
    p99Ms: round((a.p99Ms + b.p99Ms) / 2, 2),
    requestsPerSecond: round((a.requestsPerSecond + b.requestsPerSecond) / 2),
    requests: a.requests + b.requests,
    failures: a.failures + b.failures,
    serverCpuMs: round((a.serverCpuMs + b.serverCpuMs) / 2, 3),
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
