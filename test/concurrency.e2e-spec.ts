import { EventStore, RecordedEvent, SqliteEventStore, verifyChain } from '@governance/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeOnSqlite } from './support/event-store-under-test';
import { ServerProcess, startServerProcess } from './support/server-process';
import { TestApp } from './support/test-app';
import { addSignedInPerson, bearer, createTrustWithAdmin, SignedInPerson, TestTrust } from './support/fixtures';
import { fullEia } from './support/policy-fixtures';

/*
 * 50 clients race on one school's policy and on one school's link governance, split between
 * two server processes on the same DATA_DIR (within one process the event loop runs each
 * command's read-decide-append without interleaving; two processes really collide, as two
 * instances or EventStoreDB clients would). Whatever the
 * interleaving, every answer is 201 (or 200 for a no-op), 409 or 422, never a 5xx; every 201
 * is exactly one event in the stream (no lost update, nothing doubled); the stream obeys the
 * rules the decider enforces one command at a time; and the read side equals the fold of the log.
 */
const CLIENTS = 50;

interface Answer {
  kind: string;
  status: number;
  position?: string;
}

describeOnSqlite('50 clients racing', 'checks the log by opening events.db', () => {
  let dataDir: string;
  let servers: ServerProcess[];
  let app: TestApp;
  let trust: TestTrust;
  let schoolId: string;
  let policyId: string;
  let store: EventStore;
  let governors: SignedInPerson[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'governance-race-'));
    const env = { CLOCK_TODAY: '2026-11-24', SQLITE_SYNCHRONOUS: 'NORMAL' };
    servers = [await startServerProcess(dataDir, env)];
    app = servers[0].app;
    trust = await createTrustWithAdmin(app, { schools: 1 });
    schoolId = trust.schools[0];
    store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const created = await app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(bearer(trust.admin.token))
      .send({ title: 'Safeguarding Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' })
      .expect(201);
    policyId = created.body.id;
    for (let v = 1; v <= 4; v += 1) {
      await app.http.post(`/api/trusts/${trust.id}/policies/${policyId}/versions`).set(bearer(trust.admin.token)).send({ summary: `Version ${v}` }).expect(201);
    }
    governors = [];
    for (let g = 0; g < 4; g += 1) governors.push(await addSignedInPerson(app, trust, [{ role: 'governor', schoolId }]));
    // The second instance starts once the first has written the shared secrets into DATA_DIR.
    servers.push(await startServerProcess(dataDir, env));
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    for (const server of servers ?? []) await server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Client i talks to one instance or the other. */
  const http = (i: number) => servers[i % servers.length].app.http;

  async function race(requests: (() => Promise<Answer>)[]): Promise<Answer[]> {
    return Promise.all(requests.map((send) => send()));
  }

  function expectOneEventPerCreated(answers: Answer[], events: RecordedEvent[], typeOf: Record<string, string>): void {
    for (const [kind, type] of Object.entries(typeOf)) {
      const created = answers.filter((a) => a.kind === kind && a.status === 201);
      expect({ kind, events: events.filter((e) => e.type === type).length }).toEqual({ kind, events: created.length });
    }
    const positions = new Set(events.map((e) => String(e.position)));
    for (const answer of answers.filter((a) => a.status === 201)) expect(positions.has(answer.position as string)).toBe(true);
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
    expect(verifyChain(events)).toBeUndefined();
  }

  it('on one school policy: adoptions, reviews and EIAs', async () => {
    const base = `/api/trusts/${trust.id}/schools/${schoolId}/policies/${policyId}`;
    const admin = bearer(trust.admin.token);
    const send = (i: number, kind: string, body: object) => async (): Promise<Answer> => {
      const response = await http(i).post(`${base}/${kind}`).set(admin).send(body);
      return { kind, status: response.status, position: response.body.position };
    };
    const requests = Array.from({ length: CLIENTS }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      if (i % 3 === 0) return send(i, 'adoptions', { version: 1 + (i % 4), adoptedOn: `2025-0${1 + (i % 9)}-${day}` });
      if (i % 3 === 1) return send(i, 'reviews', { reviewedOn: `2026-0${1 + (i % 9)}-${day}`, outcome: 'no-change' });
      return send(i, 'eia', { completedOn: `2026-10-${day}`, impacts: fullEia(), fullAssessmentRequired: i % 2 === 0, conclusion: `Assessment ${i}` });
    });

    const answers = await race(requests);
    expect(answers.filter((a) => ![201, 409, 422].includes(a.status))).toEqual([]);
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThan(CLIENTS / 3);

    const events = await store.readStream(`schoolpolicy-${schoolId}.${policyId}`);
    expectOneEventPerCreated(answers, events, { adoptions: 'PolicyAdopted', reviews: 'PolicyReviewed', eia: 'EIACompleted' });

    // The rules held in the order the log recorded: adopted versions only go up, and no review precedes the first adoption.
    const adopted = events.filter((e) => e.type === 'PolicyAdopted').map((e) => e.data.version as number);
    expect(adopted).toEqual([...new Set(adopted)].sort((a, b) => a - b));
    const firstAdoption = events.findIndex((e) => e.type === 'PolicyAdopted');
    expect(events.findIndex((e) => e.type === 'PolicyReviewed')).not.toBeLessThan(firstAdoption === -1 ? events.length : firstAdoption);

    // The register equals the fold of the log.
    const reviews = events.filter((e) => e.type === 'PolicyReviewed').map((e) => e.data.reviewedOn as string);
    const lastEia = events.filter((e) => e.type === 'EIACompleted').map((e) => e.data as { completedOn: string; fullAssessmentRequired: boolean });
    const head = String(events[events.length - 1].position);
    const register = await app.http.get(`/api/trusts/${trust.id}/schools/${schoolId}/policies`).set(admin).set('X-Min-Position', head).expect(200);
    const row = (register.body as { policyId: string }[]).find((r) => r.policyId === policyId);
    expect(row).toMatchObject({
      adoptedVersion: Math.max(...adopted),
      lastReviewedOn: reviews.length ? [...reviews].sort().at(-1) : null,
    });
    expect(lastEia.length).toBeGreaterThan(0);
  }, 120_000);

  it('on one school’s link governance: assignments, visits, reports and unassignments', async () => {
    const base = `/api/trusts/${trust.id}/schools/${schoolId}`;
    const admin = bearer(trust.admin.token);
    const areas = ['Safeguarding', 'SEND', 'Pupil premium'];
    const requests = Array.from({ length: CLIENTS }, (_, i) => {
      const governor = governors[i % governors.length];
      const area = areas[i % areas.length];
      return async (): Promise<Answer> => {
        let response;
        let kind: string;
        if (i % 5 === 0 || i % 5 === 1) {
          kind = 'assign';
          response = await http(i).post(`${base}/link-governors`).set(admin).send({ personId: governor.id, area, policyIds: i % 2 ? [policyId] : [] });
        } else if (i % 5 === 2) {
          kind = 'visit';
          response = await http(i).post(`${base}/visits`).set(bearer(governor.token)).send({ visitedOn: '2026-11-02', purpose: `Visit ${i}`, findings: 'Fine' });
        } else if (i % 5 === 3) {
          kind = 'report';
          response = await http(i).post(`${base}/link-governor-reports`).set(bearer(governor.token)).send({ term: '2026-autumn', summary: `Report ${i}` });
        } else {
          kind = 'unassign';
          response = await http(i).delete(`${base}/link-governors/${governor.id}?area=${encodeURIComponent(area)}`).set(admin);
        }
        return { kind, status: response.status, position: response.body.position };
      };
    });

    const answers = await race(requests);
    expect(answers.filter((a) => ![200, 201, 409, 422].includes(a.status))).toEqual([]);

    const events = await store.readStream(`linkgov-${schoolId}`);
    expectOneEventPerCreated(answers, events, {
      assign: 'LinkGovernorAssigned',
      visit: 'LinkGovernorVisitLogged',
      report: 'LinkGovernorReported',
      unassign: 'LinkGovernorUnassigned',
    });

    // Replay the log: every visit and report was by someone who was a link governor at that point.
    const current = new Map<string, Set<string>>();
    for (const event of events) {
      const person = (event.data.personId ?? event.data.governorId) as string;
      const areasOfPerson = current.get(person) ?? new Set<string>();
      if (event.type === 'LinkGovernorAssigned') areasOfPerson.add((event.data.area as string).toLowerCase());
      if (event.type === 'LinkGovernorUnassigned') {
        expect(areasOfPerson.has((event.data.area as string).toLowerCase())).toBe(true);
        areasOfPerson.delete((event.data.area as string).toLowerCase());
      }
      if (event.type === 'LinkGovernorVisitLogged' || event.type === 'LinkGovernorReported') expect(areasOfPerson.size).toBeGreaterThan(0);
      current.set(person, areasOfPerson);
    }

    // The route's view equals the fold.
    const listed = await app.http.get(`${base}/link-governors`).set(admin).expect(200);
    const fromRoute = (listed.body as { personId: string; area: string }[]).map((a) => `${a.personId}/${a.area.toLowerCase()}`).sort();
    const fromFold = [...current.entries()].flatMap(([person, set]) => [...set].map((area) => `${person}/${area}`)).sort();
    expect(fromRoute).toEqual(fromFold);
  }, 120_000);
});
