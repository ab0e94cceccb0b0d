import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { startTestApp, TestApp } from './support/test-app';
import { bearer, headPosition, loginAs, operator } from './support/fixtures';
import type { AcknowledgementProgress, MyReading, Person, TrustPolicy } from '@governance/contracts';

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

  describe('staff and read and acknowledge', () => {
    /** Per school name: its staff, and per policy the version in force with who acknowledged it (from the log). */
    const readingBySchool = async () => {
      const token = await login(/trust admin/);
      const me = await app.http.get('/api/me').set(bearer(token)).expect(200);
      const trustId = me.body.trustId as string;
      const schools = (await app.http.get(`/api/trusts/${trustId}/schools`).set(bearer(token)).expect(200)).body as { id: string; name: string }[];
      const people = (await app.http.get(`/api/trusts/${trustId}/people`).set(bearer(token)).expect(200)).body as Person[];
      const policies = (await app.http.get(`/api/trusts/${trustId}/policies`).set(bearer(token)).expect(200)).body as TrustPolicy[];
      const events = await app.app.get<EventStore>(EVENT_STORE).readAll();
      const inForce = new Map<string, number>();
      for (const event of events.filter((e) => e.type === 'PolicyAdopted')) {
        const key = `${event.data.schoolId as string}.${event.data.policyId as string}`;
        inForce.set(key, Math.max(inForce.get(key) ?? 0, event.data.version as number));
      }
      const acknowledged = events.filter((e) => e.type === 'PolicyAcknowledged').map((e) => e.data as { personId: string; schoolId: string; policyId: string; version: number });
      return {
        acknowledged,
        schools: schools.map((school) => {
          const staff = people.filter((p) => p.roles.some((r) => r.role === 'staff' && r.schoolId === school.id)).map((p) => p.id);
          const asked = policies.filter((p) => p.acknowledgementRequired && inForce.has(`${school.id}.${p.id}`));
          const rows = asked.map((policy) => {
            const version = inForce.get(`${school.id}.${policy.id}`) as number;
            const done = staff.filter((personId) => acknowledged.some((a) => a.personId === personId && a.schoolId === school.id && a.policyId === policy.id && a.version === version));
            return { title: policy.title, version, done: done.length, outstanding: staff.length - done.length };
          });
          return { name: school.name, staff: staff.length, rows };
        }),
      };
    };

    it('gives every academy twelve staff, and some acknowledgements outstanding: Oakfield done, St Aidan\'s well behind, Libra\'s new versions mostly to read', async () => {
      const { schools, acknowledged } = await readingBySchool();
      expect(Object.fromEntries(schools.map((s) => [s.name, s.staff]))).toEqual({
        'Libra School': 12,
        'Oakfield Primary Academy': 12,
        "St Aidan's Church of England Academy": 12,
        'Riverside Academy': 12,
      });
      const byName = new Map(schools.map((s) => [s.name, s]));
      const outstanding = (name: string) => byName.get(name)!.rows.reduce((sum, row) => sum + row.outstanding, 0);
      const done = (name: string) => byName.get(name)!.rows.reduce((sum, row) => sum + row.done, 0);
      for (const school of schools) expect(school.rows.length).toBeGreaterThanOrEqual(8);
      expect(outstanding('Oakfield Primary Academy')).toBe(0);
      expect(done('Oakfield Primary Academy')).toBeGreaterThan(0);
      expect(outstanding("St Aidan's Church of England Academy")).toBeGreaterThan(done("St Aidan's Church of England Academy"));
      expect(outstanding('Riverside Academy')).toBeGreaterThan(0);
      expect(done('Riverside Academy')).toBeGreaterThan(outstanding('Riverside Academy'));
      // Libra adopted new safeguarding, online-safety and behaviour versions in November: three of twelve have read each.
      const libra = byName.get('Libra School')!;
      const recent = libra.rows.filter((row) => row.version === 2);
      expect(recent.map((row) => row.title).sort()).toEqual(['Behaviour policy', 'Online safety policy', 'Safeguarding and child protection policy']);
      for (const row of recent) expect(row).toMatchObject({ done: 3, outstanding: 9 });
      // Those who read version 1 before it was replaced keep that acknowledgement in the log.
      expect(acknowledged.some((a) => a.version === 1 && recent.length > 0)).toBe(true);
    });

    it("prints a member of staff's login whose reading is Libra's three new versions, and the progress API agrees with the log", async () => {
      const token = await login(/staff at Libra School/);
      const reading = (await app.http.get('/api/me/reading').set(bearer(token)).set('X-Min-Position', await headPosition(app)).expect(200)).body as MyReading;
      expect(reading.items.map((item) => `${item.title} v${item.version}`).sort()).toEqual(['Behaviour policy v2', 'Online safety policy v2', 'Safeguarding and child protection policy v2']);
      expect(reading.acknowledged.length).toBeGreaterThan(0);

      const admin = await login(/trust admin/);
      const me = await app.http.get('/api/me').set(bearer(admin)).expect(200);
      const progress = (await app.http.get(`/api/trusts/${me.body.trustId}/acknowledgements`).set(bearer(admin)).expect(200)).body as AcknowledgementProgress;
      const { schools } = await readingBySchool();
      const fromLog = schools.flatMap((school) => school.rows.map((row) => `${school.name} / ${row.title} v${row.version}: ${row.done} of ${school.staff}`)).sort();
      expect(progress.rows.map((row) => `${row.schoolName} / ${row.title} v${row.version}: ${row.acknowledged} of ${row.staff}`).sort()).toEqual(fromLog);
      expect(progress.totals.outstanding).toBeGreaterThan(0);
    });
  });

  describe("the board's and the local governing bodies' year", () => {
    type Summary = { id: string; body: string; schoolId: string | null; date: string; cancelled: boolean };
    type View = Summary & { quorate: boolean; members: number; present: number; attendance: { status: string }[]; decisions: { kind: string; minuteRef: string; policyId: string | null }[] };
    const today = '2026-11-24';
    let token: string;
    let trust: string;
    let schools: { id: string; name: string }[];
    let meetings: Summary[];
    const get = async <T>(path: string): Promise<T> => (await app.http.get(`${trust}${path}`).set(bearer(token)).expect(200)).body as T;

    beforeAll(async () => {
      token = await login(/clerk/);
      trust = `/api/trusts/${(await app.http.get('/api/me').set(bearer(token)).expect(200)).body.trustId}`;
      schools = await get('/schools');
      meetings = await get('/meetings');
    });

    it('meets about six times a year as a board and once a term as each LGB, last year and ahead', async () => {
      const lastYear = (m: Summary) => m.date >= '2025-09-01' && m.date <= '2026-08-31';
      expect(meetings.filter((m) => m.body === 'trust-board' && lastYear(m))).toHaveLength(6);
      for (const school of schools) {
        const own = meetings.filter((m) => m.body === 'local-governing-body' && m.schoolId === school.id);
        expect(own.filter(lastYear)).toHaveLength(3);
        expect(own.some((m) => m.date > today)).toBe(true);
      }
      expect(meetings.some((m) => m.body === 'trust-board' && m.date > today)).toBe(true);
      expect(meetings.every((m) => !m.cancelled)).toBe(true);
    });

    it('records attendance at every meeting held, quorate but for Oakfield\'s summer LGB, which took no decisions and is the exception\'s reason', async () => {
      const held = await Promise.all(meetings.filter((m) => m.date <= today).map((m) => get<View>(`/meetings/${m.id}`)));
      expect(held.every((m) => m.attendance.length === m.members && m.members >= 6)).toBe(true);
      const statuses = new Set(held.flatMap((m) => m.attendance.map((line) => line.status)));
      expect([...statuses].sort()).toEqual(['absent', 'apologies-accepted', 'apologies-not-accepted', 'present']);
      const inquorate = held.filter((m) => !m.quorate);
      const oakfield = schools.find((s) => s.name.startsWith('Oakfield'))!;
      expect(inquorate).toEqual([expect.objectContaining({ body: 'local-governing-body', schoolId: oakfield.id, decisions: [] })]);
      expect(inquorate[0].date.slice(5, 7) >= '04' && inquorate[0].date.slice(5, 7) <= '08').toBe(true);
      expect(held.filter((m) => m.quorate).every((m) => m.decisions.length > 0)).toBe(true);
      // The headteacher adopted the policy the LGB could not, as an exception, after that meeting.
      const audit = await get<{ items: { type: string; schoolId: string; data: { adoptedOn: string; exception?: { reason: string } } }[] }>(`/audit?schoolId=${oakfield.id}&type=PolicyAdopted&limit=500`);
      const exception = audit.items.filter((item) => item.data.exception);
      expect(exception).toHaveLength(1);
      expect(exception[0].data.exception!.reason).toMatch(/not quorate in its summer meeting/);
      expect(exception[0].data.adoptedOn >= inquorate[0].date).toBe(true);
    });

    it('carries approvals, adoptions and reviews as decisions with minute references, shown on the register and in the clerk\'s pack', async () => {
      const views = await Promise.all(meetings.filter((m) => m.date <= today).map((m) => get<View>(`/meetings/${m.id}`)));
      const decisions = views.flatMap((m) => m.decisions.map((d) => ({ ...d, meeting: m })));
      const kinds = (body: string) => new Set(decisions.filter((d) => d.meeting.body === body).map((d) => d.kind));
      expect([...kinds('trust-board')].sort()).toEqual(['approve-policy', 'note', 'review-policy']);
      expect([...kinds('local-governing-body')].sort()).toEqual(['adopt-policy', 'note', 'review-policy']);
      for (const d of decisions) expect(d.minuteRef).toMatch(d.meeting.body === 'trust-board' ? /^TB\/\d\d\/\d+$/ : /^(LIB|OAK|STA|RIV)\/LGB\/\d\d\/\d+$/);
      expect(new Set(decisions.map((d) => d.minuteRef)).size).toBe(decisions.length);
      // Every approval by the board since its scheme of delegation was taken in a meeting.
      const approvals = (await app.app.get<EventStore>(EVENT_STORE).readAll()).filter((e) => e.type === 'PolicyApproved' && String(e.data.approvedOn) >= meetings[0].date);
      expect(approvals.length).toBeGreaterThan(0);
      expect(approvals.every((e) => typeof e.data.meetingId === 'string')).toBe(true);

      const libra = schools.find((s) => s.name === 'Libra School')!;
      const register = await get<{ title: string; minuteRef?: string | null; meetingId?: string | null; adoptedVersion: number | null }[]>(`/schools/${libra.id}/policies`);
      const withRef = register.filter((row) => row.minuteRef);
      expect(withRef.some((row) => /^LIB\/LGB\//.test(row.minuteRef!))).toBe(true);
      expect(withRef.some((row) => /^TB\//.test(row.minuteRef!))).toBe(true);
      for (const row of withRef) expect(decisions.some((d) => d.meeting.id === row.meetingId && d.minuteRef === row.minuteRef)).toBe(true);
      // This term's adoptions of the new safeguarding versions were Libra's LGB's: in the clerk's pack with their references.
      const pack = await get<{ schools: { policyActions: { minuteRef?: string | null }[] }[] }>(`/terms/2026-autumn/minutes-inputs?schoolId=${libra.id}`);
      expect(pack.schools[0].policyActions.map((a) => a.minuteRef).filter((ref) => /^LIB\/LGB\/26\//.test(ref ?? '')).length).toBeGreaterThanOrEqual(2);
    });

    it('has actions from meetings and visits: most done with a note, some open, a few overdue, one at trust level', async () => {
      type Action = { id: string; status: string; schoolId: string | null; ownerName: string | null; note: string | null; source: { kind: string } | null };
      const admin = await login(/trust admin/);
      const list = async (status: string) => (await app.http.get(`${trust}/actions?status=${status}`).set(bearer(admin)).expect(200)).body as Action[];
      const [open, overdue, done] = [await list('open'), await list('overdue'), await list('done')];
      expect(done.length).toBeGreaterThan(20);
      expect(done.every((a) => (a.note ?? '').length > 0)).toBe(true);
      expect(new Set(done.map((a) => a.source?.kind))).toEqual(new Set(['visit', 'meeting']));
      expect(overdue.length).toBeGreaterThanOrEqual(2);
      expect(overdue.length).toBeLessThan(open.length);
      expect(new Set(open.map((a) => a.source?.kind))).toEqual(new Set(['visit', 'meeting']));
      expect(overdue).toContainEqual(expect.objectContaining({ schoolId: null, ownerName: 'Daniel Okafor', source: expect.objectContaining({ kind: 'meeting' }) }));
      const compliance = (await app.http.get(`${trust}/compliance`).set(bearer(admin)).expect(200)).body as { totals: { openActions: number; overdueActions: number }; schools: { overdueActions: number }[] };
      expect(compliance.totals).toEqual(expect.objectContaining({ openActions: open.length, overdueActions: overdue.length }));
      // Overdue at some academies, none at another.
      expect(compliance.schools.some((s) => s.overdueActions > 0) && compliance.schools.some((s) => s.overdueActions === 0)).toBe(true);
    });
  });

  describe('governor records: terms of office, declarations of interests and training', () => {
    type Appointment = { name: string | null; body: string; schoolId: string | null; role: string; appointedBy: string; startsOn: string; endsOn: string; endedOn: string | null; endReason: string | null; status: string };
    let token: string;
    let trust: string;
    let schools: { id: string; name: string }[];
    const get = async <T>(path: string): Promise<T> => (await app.http.get(`${trust}${path}`).set(bearer(token)).expect(200)).body as T;

    beforeAll(async () => {
      token = await login(/clerk/);
      trust = `/api/trusts/${(await app.http.get('/api/me').set(bearer(token)).expect(200)).body.trustId}`;
      schools = await get('/schools');
    });

    it('appoints every trustee and each LGB\'s governors in their roles, by their appointing bodies, for terms of at most four years', async () => {
      const current = await get<Appointment[]>('/appointments?current=true');
      const roles = (list: Appointment[]) => list.map((a) => a.role).sort();
      const board = current.filter((a) => a.body === 'trust-board');
      expect(roles(board)).toEqual(['chair', 'trustee', 'trustee', 'trustee', 'trustee', 'vice-chair']);
      expect(board.find((a) => a.role === 'chair')?.name).toBe('Sir Peter Lang');
      expect(new Set(board.map((a) => a.appointedBy))).toEqual(new Set(['Members', 'Trust board']));
      for (const school of schools) {
        const lgb = current.filter((a) => a.body === 'local-governing-body' && a.schoolId === school.id);
        expect(lgb).toHaveLength(7);
        expect(lgb.filter((a) => a.role === 'headteacher')).toEqual([expect.objectContaining({ appointedBy: 'Ex officio' })]);
        expect(lgb.filter((a) => a.role === 'chair')).toHaveLength(1);
        expect(lgb.filter((a) => a.role === 'staff-governor')).toEqual([expect.objectContaining({ appointedBy: 'Staff (election)' })]);
        expect(lgb.some((a) => a.role === 'parent-governor' && a.appointedBy === 'Parents (election)')).toBe(true);
        // The Church of England academy's foundation governors are the diocese's; the others co-opt theirs.
        if (school.name.startsWith('St Aidan')) expect(lgb.filter((a) => a.role === 'foundation' && a.appointedBy === 'Diocese').length).toBeGreaterThanOrEqual(3);
        else expect(lgb.some((a) => a.role === 'co-opted' && a.appointedBy === 'Local governing body')).toBe(true);
      }
      const all = await get<Appointment[]>('/appointments');
      for (const a of all) {
        const fourYearsOn = `${Number(a.startsOn.slice(0, 4)) + 4}${a.startsOn.slice(4)}`;
        expect(a.endsOn > a.startsOn && a.endsOn < fourYearsOn).toBe(true);
      }
      // Two terms renewed from the day after the first ended: the old ones stay as history.
      const renewed = all.filter((a) => a.status === 'ended' && a.endedOn === null);
      expect(renewed.map((a) => a.name).sort()).toEqual(['Eleanor Marsh', 'Sir Peter Lang']);
    });

    it('has one term of office ending within next term, in the clerk\'s calendar', async () => {
      const current = await get<Appointment[]>('/appointments?current=true');
      // Today is in the autumn term 2026; the spring term 2027 ends before April.
      expect(current.filter((a) => a.endsOn <= '2027-04-30').map((a) => [a.name, a.role, a.endsOn])).toEqual([['Carol Benson', 'trustee', '2027-01-31']]);
      const feed = (await app.http.get(`${trust}/calendar.ics`).set(bearer(token)).expect(200)).text.replace(/\r\n[ \t]/g, '');
      expect(feed.match(/SUMMARY:Term of office ends: [^\r\n]*/g)).toEqual(['SUMMARY:Term of office ends: Carol Benson (trust board)']);
    });

    it('ended one appointment early in the past year, with a reason; the parent elected in her place sits on the LGB from then', async () => {
      const riverside = schools.find((s) => s.name === 'Riverside Academy')!;
      const ended = (await get<Appointment[]>('/appointments?current=false')).filter((a) => a.endedOn !== null);
      expect(ended).toEqual([expect.objectContaining({ name: 'Nia Roberts', role: 'parent-governor', schoolId: riverside.id, endReason: 'Resigned: moved out of the area.' })]);
      expect(ended[0].endedOn! > '2025-11-24' && ended[0].endedOn! < '2026-11-24').toBe(true);
      const newcomer = (await get<Appointment[]>(`/appointments?current=true&body=local-governing-body&schoolId=${riverside.id}`)).find((a) => a.name === 'Joseph Mwangi');
      expect(newcomer).toEqual(expect.objectContaining({ role: 'parent-governor', appointedBy: 'Parents (election)' }));
      expect(newcomer!.startsOn > ended[0].endedOn!).toBe(true);
      // The meetings held after she left record the newcomer's attendance, not hers.
      type Meeting = { id: string; body: string; schoolId: string | null; date: string };
      const names = new Map((await get<{ id: string; name: string }[]>('/people/names')).map((p) => [p.id, p.name]));
      const meetings = (await get<Meeting[]>('/meetings')).filter((m) => m.schoolId === riverside.id && m.date <= '2026-11-24');
      for (const m of meetings) {
        const view = await get<{ attendance: { personId: string }[] }>(`/meetings/${m.id}`);
        const present = view.attendance.map((line) => names.get(line.personId));
        expect(present).toContain(m.date > ended[0].endedOn! ? 'Joseph Mwangi' : 'Nia Roberts');
        expect(present).not.toContain(m.date > ended[0].endedOn! ? 'Nia Roberts' : 'Joseph Mwangi');
      }
    });

    it('has a declaration of interests from every governor and trustee, some with interests, some with nothing to declare, one overdue', async () => {
      const rows = await get<{ personId: string; name: string; status: string; lastDeclaredOn: string; interestsDeclared: number }[]>('/declarations');
      // The 30 governors and trustees now, the headteachers (governors ex officio) and the parent governor who left, with her final declaration.
      expect(rows.length).toBe(6 + 4 * 6 + 4 + 1);
      expect(rows.filter((r) => r.status !== 'done').map((r) => [r.name, r.status, r.lastDeclaredOn])).toEqual([['Vikram Nair', 'overdue', '2025-10-24']]);
      expect(rows.filter((r) => r.interestsDeclared > 0).length).toBeGreaterThan(5);
      expect(rows.filter((r) => r.interestsDeclared === 0).length).toBeGreaterThan(10);
      expect(await get<unknown[]>('/declarations?status=overdue')).toHaveLength(1);
      // A declaration is followed by a newer one, never changed: last year's stays in the history.
      const oakChair = rows.find((r) => r.name === 'Alan Whitaker')!;
      const history = await get<{ declarations: { declaredOn: string; declaredBy: string }[]; endedRecently: { kind: string; to: string }[] }>(`/people/${oakChair.personId}/interests`);
      expect(history.declarations).toHaveLength(2);
      expect(history.endedRecently).toEqual([expect.objectContaining({ kind: 'directorship' })]);
    });

    it('has safeguarding training for every governor and trustee, one due', async () => {
      // The 30 governors and trustees now, and the parent governor who left (her record stays listed).
      const rows = await get<{ name: string; safeguarding: { status: string; lastCompletedOn: string | null } }[]>('/training');
      expect(rows.length).toBe(6 + 4 * 6 + 1);
      expect(rows.filter((r) => r.safeguarding.status !== 'done').map((r) => [r.name, r.safeguarding.status])).toEqual([['Owen Lloyd', 'due']]);
      expect(rows.every((r) => r.safeguarding.lastCompletedOn !== null)).toBe(true);
    });
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
