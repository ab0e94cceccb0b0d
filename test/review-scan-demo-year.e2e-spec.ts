import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxDispatcher, relativeDays, shortDate } from '@governance/notifications';
import { LoopbackSmtpServer } from '@governance/notifications/testing/loopback-smtp-server';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { bearer, loginAs } from './support/fixtures';
import { daysBetween } from './support/review-cycles-trust';
import { startTestApp, TestApp } from './support/test-app';

interface Mark {
  type: 'ReviewDue' | 'ReviewOverdue';
  schoolId: string;
  policyId: string;
  dueOn: string;
  asOf: string;
}

/**
 * The "done when": the demo trust, loaded as of 2026-11-24, then the scan's date moved
 * through the following year day by day. Each due and overdue review is recorded exactly once,
 * on the first day the register (read independently, school by school and day by day) shows it
 * due soon or overdue, and one email per responsible person and event reaches a real SMTP server.
 */
describe('a year of the demo trust', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-demo-year-'));
  const smtp = new LoopbackSmtpServer();
  let app: TestApp;
  let token: string;
  let trustId: string;
  const days = daysBetween('2026-11-24', '2027-11-24');

  beforeAll(async () => {
    const loading = await startTestApp({ DEMO_DATA: 'true', CLOCK_TODAY: '2026-11-24', REVIEW_SCAN: 'off' }, dataDir);
    await loading.close({ keepData: true });
    app = await startTestApp({ DEMO_DATA: 'true', CLOCK_TODAY: '2027-11-24', REVIEW_SCAN: 'off', SMTP_URL: await smtp.start() }, dataDir);
    const logins = readFileSync(join(dataDir, 'demo-logins.txt'), 'utf8');
    const password = /password for every demo login: (\S+)/.exec(logins)![1];
    const email = /^ {4}(\S+@\S+)\s+[^,]+, trust admin/m.exec(logins)![1];
    token = await loginAs(app, { email, password });
    trustId = (await app.http.get('/api/me').set(bearer(token)).expect(200)).body.trustId;
    // One email per event: remind when due and when overdue only.
    await app.http.put(`/api/trusts/${trustId}/reminder-settings`).set(bearer(token)).send({ daysBefore: [], onTheDay: false }).expect(201);
  }, 180_000);
  afterAll(async () => {
    await app.close();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records every due and overdue review once, on the first day the register shows it', async () => {
    for (const day of days) await app.http.post('/api/admin/review-scan').set(bearer(token)).send({ asOf: day }).expect(200);
    const store = app.app.get<EventStore>(EVENT_STORE);
    const marks: Mark[] = (await store.readAll())
      .filter((e) => e.type === 'ReviewDue' || e.type === 'ReviewOverdue')
      .map((e) => ({ type: e.type, ...(e.data as Omit<Mark, 'type'>) }) as Mark);

    const schools = (await app.http.get(`/api/trusts/${trustId}/schools`).set(bearer(token)).expect(200)).body as { id: string }[];
    const expected = new Map<string, Mark>();
    for (const day of days) {
      for (const school of schools) {
        const rows = (await app.http.get(`/api/trusts/${trustId}/schools/${school.id}/policies`).query({ asOf: day }).set(bearer(token)).expect(200))
          .body as { policyId: string; status: string; nextReviewDue: string }[];
        for (const row of rows) {
          const add = (type: Mark['type']) => {
            const key = `${type}/${school.id}/${row.policyId}/${row.nextReviewDue}`;
            if (!expected.has(key)) expected.set(key, { type, schoolId: school.id, policyId: row.policyId, dueOn: row.nextReviewDue, asOf: day });
          };
          if (row.status === 'due-soon' || row.status === 'overdue') add('ReviewDue');
          if (row.status === 'overdue') add('ReviewOverdue');
        }
      }
    }
    const key = (m: Mark) => `${m.type}/${m.schoolId}/${m.policyId}/${m.dueOn}`;
    expect(new Set(marks.map(key)).size).toBe(marks.length);
    const byKey = (list: Mark[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byKey(marks)).toEqual(byKey([...expected.values()]));
    // A year of a four-academy trust: the backlog on day one, and reviews falling due and overdue since.
    expect(marks.filter((m) => m.type === 'ReviewOverdue' && m.asOf > days[0]).length).toBeGreaterThan(10);
    expect(marks.filter((m) => m.type === 'ReviewDue' && m.asOf > days[0]).length).toBeGreaterThan(10);
    // The marks come after the demo's history in the log and in time: recorded instants never go backwards.
    const instants = (await store.readAll()).map((e) => String(e.metadata.occurredAt));
    expect(instants.findIndex((instant, index) => index > 0 && instant < instants[index - 1])).toBe(-1);
  }, 600_000);

  it('sends one email per responsible person for each event', async () => {
    await app.app.get(OutboxDispatcher).dispatchDue();
    const auth = bearer(token);
    const get = async <T>(path: string): Promise<T> => (await app.http.get(`/api/trusts/${trustId}${path}`).set(auth).expect(200)).body as T;
    const trust = await get<{ name: string }>('');
    const people = await get<{ id: string; email: string; roles: { role: string; schoolId?: string }[] }[]>('/people');
    const schools = await get<{ id: string; name: string }[]>('/schools');
    const policies = await get<{ id: string; title: string; scope: string }[]>('/policies');
    const links = new Map<string, { personId: string; policyIds: string[] }[]>();
    for (const school of schools) links.set(school.id, await get(`/schools/${school.id}/link-governors`));
    const owners = new Map<string, string | null>();
    for (const school of schools) {
      for (const row of await get<{ policyId: string; ownerId: string | null }[]>(`/schools/${school.id}/policies`)) owners.set(`${school.id}.${row.policyId}`, row.ownerId);
    }
    const emailOf = new Map(people.map((p) => [p.id, p.email]));
    const holders = (role: string, schoolId?: string) =>
      people.filter((p) => p.roles.some((r) => r.role === role && r.schoolId === schoolId)).map((p) => p.id);
    // The school's headteacher, the policy's owner there and its link governors; else the trust admins.
    const responsible = (schoolId: string, policyId: string): string[] => {
      const governors = links.get(schoolId)!.filter((l) => l.policyIds.includes(policyId)).map((l) => l.personId);
      const owner = owners.get(`${schoolId}.${policyId}`);
      const found = [...new Set([...holders('headteacher', schoolId), ...(owner ? [owner] : []), ...governors])];
      return found.length > 0 ? found : holders('trust-admin');
    };

    const marks = (await app.app.get<EventStore>(EVENT_STORE).readAll())
      .filter((e) => e.type === 'ReviewDue' || e.type === 'ReviewOverdue')
      .map((e) => ({ type: e.type, ...(e.data as Omit<Mark, 'type'>) }) as Mark);
    const expected: string[] = [];
    const trustWideDone = new Set<string>();
    for (const mark of [...marks].sort((a, b) => a.asOf.localeCompare(b.asOf))) {
      const policy = policies.find((p) => p.id === mark.policyId)!;
      const trustWide = policy.scope === 'trust';
      const cycle = trustWide ? `${mark.policyId}@${mark.dueOn}` : `${mark.schoolId}.${mark.policyId}@${mark.dueOn}`;
      const sameCycle = (m: Mark) => m.policyId === mark.policyId && m.dueOn === mark.dueOn && (trustWide || m.schoolId === mark.schoolId);
      // A review found overdue the day it was found due gets one email: the overdue one.
      if (mark.type === 'ReviewDue' && marks.some((m) => sameCycle(m) && m.type === 'ReviewOverdue' && m.asOf === mark.asOf)) continue;
      // The trust reviews a trust-wide policy once: one email per event for the whole trust.
      if (trustWide && trustWideDone.has(`${mark.type}/${cycle}`)) continue;
      trustWideDone.add(`${mark.type}/${cycle}`);
      const where = trustWide ? `${trust.name} (trust-wide)` : schools.find((s) => s.id === mark.schoolId)!.name;
      const subject =
        mark.type === 'ReviewOverdue'
          ? `Review overdue since ${shortDate(mark.dueOn)}: ${policy.title} (${where})`
          : `Review due ${relativeDays(mark.asOf, mark.dueOn)}: ${policy.title} (${where})`;
      for (const personId of trustWide ? holders('trust-admin') : responsible(mark.schoolId, mark.policyId)) {
        expected.push(`${emailOf.get(personId)} | ${subject}`);
      }
    }
    expect(new Set(smtp.accepted.map((m) => m.messageId)).size).toBe(smtp.accepted.length);
    expect(smtp.accepted.every((m) => m.to.length === 1)).toBe(true);
    // The demo's meetings ahead remind their members a week before; the rest are the review emails.
    const meetingReminder = (subject: string) => subject.startsWith('Meeting in 7 days: ');
    // And the clerk is told on the last day for papers of each meeting whose papers are not recorded as sent.
    const papersReminder = (subject: string) => subject.startsWith('Papers due today: ');
    // The demo's staff are reminded to read and acknowledge, and their heads get a weekly summary (test/acknowledgement-reminders).
    const readingReminder = (subject: string) => /(^Reminder|^Last reminder): \d+ polic(y|ies) to read and acknowledge /.test(subject);
    const readingSummary = (subject: string) => subject.startsWith('Read and acknowledge this week: ');
    const received = smtp.accepted.filter((m) => !meetingReminder(m.subject) && !papersReminder(m.subject) && !readingReminder(m.subject) && !readingSummary(m.subject));
    expect(received.map((m) => `${m.to[0]} | ${m.subject}`).sort()).toEqual(expected.sort());
    expect(received.length).toBeGreaterThan(20);
    // Members are those appointed to the bodies (the headteachers ex officio to their LGB).
    const members = new Set((await get<{ personId: string }[]>('/appointments')).map((a) => emailOf.get(a.personId)));
    const reminders = smtp.accepted.filter((m) => meetingReminder(m.subject));
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((m) => members.has(m.to[0]))).toBe(true);
    const clerks = new Set(people.filter((p) => p.roles.some((r) => r.role === 'clerk')).map((p) => p.email));
    const papers = smtp.accepted.filter((m) => papersReminder(m.subject));
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.every((m) => clerks.has(m.to[0]))).toBe(true);
    // One per meeting and clerk: never twice.
    expect(new Set(papers.map((m) => `${m.to[0]} | ${m.subject}`)).size).toBe(papers.length);
    // Read and acknowledge: at most the two reminders per person and school, summaries to headteachers only.
    const reading = smtp.accepted.filter((m) => readingReminder(m.subject));
    const perPersonAndSchool = new Map<string, number>();
    for (const m of reading) {
      const key = `${m.to[0]} ${m.subject.slice(m.subject.lastIndexOf('('))}`;
      perPersonAndSchool.set(key, (perPersonAndSchool.get(key) ?? 0) + 1);
    }
    expect(Math.max(0, ...perPersonAndSchool.values())).toBeLessThanOrEqual(2);
    const heads = new Set(people.filter((p) => p.roles.some((r) => r.role === 'headteacher')).map((p) => p.email));
    expect(smtp.accepted.filter((m) => readingSummary(m.subject)).every((m) => heads.has(m.to[0]))).toBe(true);
  }, 120_000);
});
