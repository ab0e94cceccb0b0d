import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { startTestApp, TestApp } from './support/test-app';
import { bearer, headPosition, loginAs, operator } from './support/fixtures';

/** `npm start` on an empty store loads a believable demo trust through the command path. */
describe('demo data', () => {
  let app: TestApp;
  let logins: { email: string; role: string }[];
  let password: string;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true', CLOCK_TODAY: '2026-11-24' });
    const text = readFileSync(join(app.dataDir, 'demo-logins.txt'), 'utf8');
    password = /password for every demo login: (\S+)/.exec(text)?.[1] as string;
    logins = [...text.matchAll(/^ {4}(\S+@\S+)\s+[^,]+, (.+)$/gm)].map((m) => ({ email: m[1], role: m[2] }));
  }, 120_000);

  afterAll(() => app.close({ keepData: true }));

  const login = (role: RegExp) => {
    const found = logins.find((l) => role.test(l.role));
    if (!found) throw new Error(`no demo login for ${role}`);
    return loginAs(app, { email: found.email, password });
  };

  it('prints logins for each kind of user, with a generated password', () => {
    expect(password).toMatch(/^meridian-[0-9a-f]{10}$/);
    expect(logins.map((l) => l.role).join('\n')).toMatch(/trust admin[\s\S]*clerk[\s\S]*headteacher[\s\S]*link governor/);
  });

  it('shows the trust board four academies with a realistic spread of statuses', async () => {
    const token = await login(/trust admin/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const compliance = await app.http.get(`/api/trusts/${me.body.trustId}/compliance`).set(bearer(token)).set('X-Min-Position', await headPosition(app)).expect(200);
    expect(compliance.body.schools).toHaveLength(4);
    const totals = compliance.body.totals as Record<string, number>;
    expect(totals.overdue).toBeGreaterThan(0);
    expect(totals.dueSoon).toBeGreaterThan(0);
    expect(totals.notAdopted).toBeGreaterThan(0);
    expect(totals.inDate).toBeGreaterThan(totals.overdue + totals.dueSoon + totals.notAdopted);
    // The 25 catalogue policies; the two primary schools leave out the careers statement (secondary-only).
    expect(Object.fromEntries(compliance.body.schools.map((s: { name: string; policies: number }) => [s.name, s.policies]))).toEqual({
      'Libra School': 25,
      'Oakfield Primary Academy': 24,
      "St Aidan's Church of England Academy": 24,
      'Riverside Academy': 25,
    });
    expect(totals.policies).toBe(98);
    for (const school of compliance.body.schools) {
      expect(school.compliancePct).toBeGreaterThan(60);
      // Some, not all, of each school's adopted policies were evaluated on the Libra form this year.
      expect(school.evaluatedInLast12Months).toBeGreaterThan(0);
      expect(school.evaluatedInLast12Months).toBeLessThan(school.policies - school.notAdopted);
    }
    expect(compliance.body.schools.filter((s: { termlyReportSubmitted: boolean }) => s.termlyReportSubmitted)).toHaveLength(2);
  });

  it('shows a policy whose new version was adopted after its EIA as out of date, counted on the dashboard', async () => {
    const token = await login(/trust admin/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const position = await headPosition(app);
    const compliance = await app.http.get(`/api/trusts/${me.body.trustId}/compliance`).set(bearer(token)).set('X-Min-Position', position).expect(200);
    expect(compliance.body.totals.eiaOutOfDate).toBeGreaterThan(0);
    const school = (compliance.body.schools as { schoolId: string; eiaOutOfDate: number }[]).find((s) => s.eiaOutOfDate > 0) as { schoolId: string };
    const register = await app.http.get(`/api/trusts/${me.body.trustId}/schools/${school.schoolId}/policies`).set(bearer(token)).set('X-Min-Position', position).expect(200);
    expect(register.body).toContainEqual(expect.objectContaining({ eia: 'out-of-date', eiaVersion: 1, adoptedVersion: 2 }));
  });

  it('shows one adoption by another body as an exception (flagged, counted) and one from before the scheme existed (a wrong approver, not compliant)', async () => {
    const token = await login(/trust admin/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const position = await headPosition(app);
    const compliance = await app.http.get(`/api/trusts/${me.body.trustId}/compliance`).set(bearer(token)).set('X-Min-Position', position).expect(200);
    expect(compliance.body.totals.wrongApprover).toBe(1);
    const flagged = [];
    for (const { schoolId, name } of compliance.body.schools as { schoolId: string; name: string }[]) {
      const register = await app.http.get(`/api/trusts/${me.body.trustId}/schools/${schoolId}/policies`).set(bearer(token)).set('X-Min-Position', position).expect(200);
      flagged.push(...(register.body as { approvedByOk: boolean | null }[]).filter((row) => row.approvedByOk === false).map((row) => ({ school: name, ...row })));
    }
    expect(flagged).toEqual([
      expect.objectContaining({ school: 'Oakfield Primary Academy', approvedBy: 'headteacher', approvedByExpected: 'local-governing-body', approvedByException: expect.stringContaining('not quorate'), status: 'in-date' }),
      expect.objectContaining({ school: "St Aidan's Church of England Academy", title: 'Accessibility plan', approvedBy: 'headteacher', approvedByExpected: 'local-governing-body', approvedByException: null }),
    ]);
    const stAidans = (compliance.body.schools as { name: string; wrongApprover: number }[]).find((school) => school.name.startsWith('St Aidan'));
    expect(stAidans?.wrongApprover).toBe(1);
  });

  it('is recorded in the order it happened: recorded instants never go backwards, from a set-up before the first dated entry to today', async () => {
    const events = await app.app.get<EventStore>(EVENT_STORE).readAll();
    const instants = events.map((event) => String(event.metadata.occurredAt));
    const backwards = instants.findIndex((instant, index) => index > 0 && instant < instants[index - 1]);
    expect(backwards).toBe(-1);
    // Two years and more of history (today is 2026-11-24), not one instant; nothing after the load began.
    expect(instants[0] < '2024-11-24').toBe(true);
    expect(instants[instants.length - 1].slice(0, 10) <= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(new Set(instants.map((instant) => instant.slice(0, 10))).size).toBeGreaterThan(100);
    // Every dated entry is recorded on the day it states, but one.
    const late = events.filter((event) => {
      const stated = event.data.reviewedOn ?? event.data.adoptedOn ?? event.data.approvedOn ?? event.data.completedOn ?? event.data.evaluatedOn ?? event.data.visitedOn;
      return typeof stated === 'string' && String(event.metadata.occurredAt).slice(0, 10) !== stated;
    });
    expect(late.map((event) => event.type)).toEqual(['PolicyReviewed']);
  });

  it('counts exactly one entry recorded late, at Libra School, and marks it in its history', async () => {
    const token = await login(/trust admin/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const position = await headPosition(app);
    const compliance = await app.http.get(`/api/trusts/${me.body.trustId}/compliance`).set(bearer(token)).set('X-Min-Position', position).expect(200);
    expect(compliance.body.totals.recordedLate).toBe(1);
    const schools = compliance.body.schools as { name: string; schoolId: string; recordedLate: number }[];
    expect(Object.fromEntries(schools.map((school) => [school.name, school.recordedLate]))).toEqual({
      'Libra School': 1,
      'Oakfield Primary Academy': 0,
      "St Aidan's Church of England Academy": 0,
      'Riverside Academy': 0,
    });
    const libra = schools.find((school) => school.name === 'Libra School')!;
    const audit = await app.http.get(`/api/trusts/${me.body.trustId}/audit?limit=500`).set(bearer(token)).expect(200);
    const items = audit.body.items as { type: string; schoolId: string; recordedLate?: boolean; occurredAt: string; data: { reviewedOn?: string } }[];
    expect(items.length).toBeGreaterThan(400);
    const late = items.filter((item) => item.recordedLate === true);
    expect(late).toEqual([expect.objectContaining({ type: 'PolicyReviewed', schoolId: libra.schoolId })]);
    const [{ occurredAt, data }] = late;
    expect(Math.round((Date.parse(occurredAt) - Date.parse(`${data.reviewedOn}T00:00:00Z`)) / 86_400_000)).toBe(63);
  });

  it('shows the trust as it was at an instant in the past (knownAt): fewer adoptions and evaluations, the late review not yet known', async () => {
    const token = await login(/trustee/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const trust = `/api/trusts/${me.body.trustId}`;
    const position = await headPosition(app);
    const live = (await app.http.get(`${trust}/compliance`).set(bearer(token)).set('X-Min-Position', position).expect(200)).body;
    const knownAt = async (instant: string) => (await app.http.get(`${trust}/compliance?knownAt=${instant}`).set(bearer(token)).expect(200)).body;
    const adopted = (answer: { totals: { policies: number; notAdopted: number } }) => answer.totals.policies - answer.totals.notAdopted;
    const spring2025 = await knownAt('2025-03-01T12:00:00Z');
    expect(adopted(spring2025)).toBeLessThan(adopted(live));
    expect(adopted(spring2025)).toBeGreaterThan(0);
    // This autumn's evaluations were not written down yet on 1 September.
    const september = await knownAt('2026-09-01T12:00:00Z');
    expect(september.totals.evaluatedInLast12Months).toBeLessThan(live.totals.evaluatedInLast12Months);
    expect(september.totals.recordedLate).toBe(0);

    const [late] = (await app.http.get(`${trust}/audit?limit=500`).set(bearer(token)).expect(200)).body.items.filter((item: { recordedLate?: boolean }) => item.recordedLate);
    const dayBefore = new Date(Date.parse(late.occurredAt) - 86_400_000).toISOString();
    const before = (await app.http.get(`${trust}/compliance?knownAt=${dayBefore}`).set(bearer(token)).expect(200)).body;
    const libra = (answer: { schools: { schoolId: string; overdue: number; recordedLate: number }[] }) => answer.schools.find((s) => s.schoolId === late.schoolId)!;
    expect(libra(before).recordedLate).toBe(0);
    const row = (rows: { policyId: string; status: string }[]) => rows.find((r) => r.policyId === late.policyId)!.status;
    const registerThen = (await app.http.get(`${trust}/schools/${late.schoolId}/policies?knownAt=${dayBefore}`).set(bearer(token)).expect(200)).body;
    const registerNow = (await app.http.get(`${trust}/schools/${late.schoolId}/policies`).set(bearer(token)).set('X-Min-Position', position).expect(200)).body;
    expect(row(registerThen)).toBe('overdue');
    expect(row(registerNow)).toBe('in-date');
  });

  it("shows the clerk this term's policy evaluations in a school's pack, in words", async () => {
    const token = await login(/clerk/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const schools = await app.http.get(`/api/trusts/${me.body.trustId}/schools`).set(bearer(token)).expect(200);
    const terms = await Promise.all(
      schools.body.map((school: { id: string }) =>
        app.http.get(`/api/trusts/${me.body.trustId}/terms/2026-autumn/minutes-inputs?schoolId=${school.id}`).set(bearer(token)).expect(200),
      ),
    );
    const evaluations = terms.flatMap((pack) => pack.body.schools[0].evaluations as { effectivenessStatement: string }[]);
    expect(evaluations.length).toBeGreaterThan(0);
    expect(evaluations[0].effectivenessStatement).toMatch(/^It is effective and suitable for purpose/);
  });

  it('lets the link governor see their school and their own visits in the audit trail', async () => {
    const token = await login(/link governor/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const schoolId = me.body.roles[0].schoolId as string;
    const audit = await app.http.get(`/api/trusts/${me.body.trustId}/audit?schoolId=${schoolId}&type=LinkGovernorVisitLogged`).set(bearer(token)).expect(200);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(3);
    expect(audit.body.items.some((item: { actorId: string }) => item.actorId === me.body.id)).toBe(true);
    const register = await app.http.get(`/api/trusts/${me.body.trustId}/schools/${schoolId}/policies`).set(bearer(token)).expect(200);
    expect(register.body.length).toBe(25);
  });

  it("names policy owners at every academy: a staff lead for safeguarding, the headteacher for behaviour", async () => {
    const token = await login(/trust admin/);
    const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
    const names = new Map<string, string>((await app.http.get(`/api/trusts/${me.body.trustId}/people/names`).set(bearer(token)).expect(200)).body.map((p: { id: string; name: string }) => [p.id, p.name]));
    const schools = await app.http.get(`/api/trusts/${me.body.trustId}/schools`).set(bearer(token)).expect(200);
    for (const school of schools.body as { id: string }[]) {
      const rows = (await app.http.get(`/api/trusts/${me.body.trustId}/schools/${school.id}/policies`).set(bearer(token)).expect(200)).body as { title: string; ownerId: string | null }[];
      const ownerOf = (title: RegExp) => names.get(rows.find((row) => title.test(row.title))?.ownerId ?? '');
      expect(rows.filter((row) => row.ownerId !== null).length).toBeGreaterThanOrEqual(3);
      expect(ownerOf(/^Safeguarding/)).toEqual(expect.any(String));
      expect(ownerOf(/^Behaviour/)).toEqual(expect.any(String));
      expect(ownerOf(/^Safeguarding/)).not.toBe(ownerOf(/^Behaviour/));
    }
  });

  it('does not load the demo again on a store that has events', async () => {
    const before = await headPosition(app);
    await app.close({ keepData: true });
    app = await startTestApp({ DEMO_DATA: 'true', CLOCK_TODAY: '2026-11-24' }, app.dataDir);
    expect(await headPosition(app)).toBe(before);
    const trusts = await app.http.get('/api/trusts').set(operator()).expect(200);
    expect(trusts.body).toHaveLength(1);
  });

  it('leaves an empty store empty with DEMO_DATA=false', async () => {
    const empty = await startTestApp({ DEMO_DATA: 'false' });
    try {
      expect(await headPosition(empty)).toBe('0');
    } finally {
      await empty.close();
    }
  });
});
