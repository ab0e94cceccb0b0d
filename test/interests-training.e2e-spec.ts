import type { DeclarationStatusRow, PersonInterests, PersonTraining, TrainingStatusRow } from '@governance/contracts';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { OutboxDispatcher } from '@governance/notifications';
import { addPerson, addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, headPosition, SignedInPerson, TestTrust } from './support/fixtures';
import { RegisterInterestsQuery } from '../apps/api/src/interests-training/queries/register-interests';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Declarations of interests and training over HTTP on a fixed today (CLOCK_TODAY 2026-11-24):
 * a declaration, nothing to declare, a renewal that keeps the old one in history, due and
 * overdue by the date, training and the safeguarding status, erasure, and bad input refused
 * with a problem document and nothing appended.
 */
describe('declarations of interests and training', () => {
  let app: TestApp;
  let trust: TestTrust;
  let other: TestTrust;
  let libra: string;
  let gil: SignedInPerson; // governor: declares himself
  let tara: SignedInPerson; // trustee: declared 11½ months ago (due)
  let nia: SignedInPerson; // governor: never declared (overdue)
  let clerk: SignedInPerson;
  let staff: SignedInPerson;

  const people = (trustId: string, personId: string, what: 'interests' | 'training') => `/api/trusts/${trustId}/people/${personId}/${what}`;
  const interestsOf = async (person: { id: string }, token = clerk.token, query = ''): Promise<PersonInterests> =>
    (await app.http.get(people(trust.id, person.id, 'interests') + query).set(bearer(token)).expect(200)).body as PersonInterests;
  const trainingOf = async (person: { id: string }, token = clerk.token): Promise<PersonTraining> =>
    (await app.http.get(people(trust.id, person.id, 'training')).set(bearer(token)).expect(200)).body as PersonTraining;
  const declarations = async (query = ''): Promise<DeclarationStatusRow[]> =>
    (await app.http.get(`/api/trusts/${trust.id}/declarations${query}`).set(bearer(clerk.token)).expect(200)).body as DeclarationStatusRow[];
  const trainingList = async (query = ''): Promise<TrainingStatusRow[]> =>
    (await app.http.get(`/api/trusts/${trust.id}/training${query}`).set(bearer(clerk.token)).expect(200)).body as TrainingStatusRow[];

  /** Rows of the directory's personal_records for a person (the texts kept outside the log). */
  const personalRecordsOf = (personId: string): number => {
    const db = new Database(join(app.dataDir, 'directory.db'), { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM personal_records WHERE person_id = ?').get(personId) as { n: number }).n;
    } finally {
      db.close();
    }
  };

  const director = { kind: 'directorship', description: 'Director of Hollins Building Services Ltd (repairs contractor to the trust)', from: '2024-04-01' };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    other = await createTrustWithAdmin(app, { schools: ['Other School'] });
    [libra] = trust.schools;
    gil = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gil Governor' });
    tara = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Tara Trustee' });
    nia = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Nia Never' });
    clerk = await addSignedInPerson(app, trust, [{ role: 'clerk' }], { name: 'Cleo Clerk' });
    staff = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: libra }], { name: 'Sol Staff' });
  }, 60_000);
  afterAll(() => app.close());

  it('records a governor’s own declaration, and the clerk records “nothing to declare” for a trustee', async () => {
    await app.http.post(people(trust.id, gil.id, 'interests')).set(bearer(gil.token)).send({ declaredOn: '2026-11-20', interests: [director] }).expect(201);
    await app.http.post(people(trust.id, tara.id, 'interests')).set(bearer(clerk.token)).send({ declaredOn: '2025-12-10', interests: [] }).expect(201);

    const gils = await interestsOf(gil, gil.token);
    expect(gils).toMatchObject({ status: 'done', lastDeclaredOn: '2026-11-20', dueOn: '2027-10-20', overdueAfter: '2027-11-20' });
    expect(gils.declarations).toEqual([
      { declaredOn: '2026-11-20', nothingToDeclare: false, declaredBy: gil.id, interests: [{ ...director, to: null }] },
    ]);
    expect(gils.current).toEqual([{ ...director, to: null }]);
    const taras = await interestsOf(tara);
    expect(taras.declarations).toEqual([{ declaredOn: '2025-12-10', nothingToDeclare: true, declaredBy: clerk.id, interests: [] }]);
  });

  it('shows the renewal due after 11 months and overdue after 12, or when a governor never declared', async () => {
    expect((await interestsOf(tara)).status).toBe('due');
    expect((await interestsOf(nia)).status).toBe('overdue');
    expect((await interestsOf(staff)).status).toBe('not-required');
    expect((await declarations()).map((row) => [row.name, row.status])).toEqual([
      ['Gil Governor', 'done'],
      ['Nia Never', 'overdue'],
      ['Tara Trustee', 'due'],
    ]);
    expect((await declarations('?status=overdue')).map((row) => row.personId)).toEqual([nia.id]);
    // As of a later day, Tara's declaration is past its 12 months.
    expect((await declarations('?status=overdue&asOf=2026-12-11')).map((row) => row.name)).toEqual(['Nia Never', 'Tara Trustee']);
  });

  it('renews with a newer declaration: it counts from then and the old one stays in the history', async () => {
    const ended = { kind: 'employment', description: 'Finance officer, Hollins Ltd', from: '2019-01-01', to: '2026-03-31' };
    await app.http.post(people(trust.id, tara.id, 'interests')).set(bearer(tara.token)).send({ declaredOn: '2026-11-24', interests: [ended] }).expect(201);
    const taras = await interestsOf(tara);
    expect(taras).toMatchObject({ status: 'done', lastDeclaredOn: '2026-11-24' });
    expect(taras.declarations.map((d) => [d.declaredOn, d.nothingToDeclare])).toEqual([
      ['2026-11-24', false],
      ['2025-12-10', true],
    ]);
    expect(taras.current).toEqual([]);
    expect(taras.endedRecently).toEqual([ended]);
    // As of before the renewal, the earlier declaration is what counted.
    expect((await interestsOf(tara, clerk.token, '?asOf=2026-06-01')).declarations.map((d) => d.declaredOn)).toEqual(['2025-12-10']);
  });

  it('gives the register, as of a day, current interests and those ended within the last 12 months', async () => {
    const register = app.app.get(RegisterInterestsQuery);
    const asOf = async (day: string) => (await register.execute(trust.id, [tara.id, nia.id, other.admin.id], day));
    // Tara's employment ended on 31 March 2026: listed 11 months on, gone 13 months on.
    expect((await asOf('2027-02-28')).get(tara.id)).toMatchObject({ declaredOn: '2026-11-24', current: [], endedRecently: [expect.objectContaining({ description: 'Finance officer, Hollins Ltd' })] });
    expect((await asOf('2027-05-01')).get(tara.id)).toMatchObject({ current: [], endedRecently: [] });
    const before = await asOf('2026-06-01');
    expect(before.get(tara.id)).toEqual({ declaredOn: '2025-12-10', nothingToDeclare: true, current: [], endedRecently: [] });
    expect(before.get(nia.id)).toEqual({ declaredOn: null, nothingToDeclare: false, current: [], endedRecently: [] });
    expect(before.has(other.admin.id)).toBe(false);
  });

  it('records training and shows each governor’s and trustee’s safeguarding training status', async () => {
    await app.http.post(people(trust.id, gil.id, 'training')).set(bearer(gil.token)).send({ completedOn: '2026-10-14', title: 'Safeguarding for governors', provider: 'NGA', hours: 2 }).expect(201);
    await app.http.post(people(trust.id, gil.id, 'training')).set(bearer(gil.token)).send({ completedOn: '2026-09-01', title: 'Understanding school finance', hours: 1.5 }).expect(201);
    await app.http.post(people(trust.id, tara.id, 'training')).set(bearer(clerk.token)).send({ completedOn: '2024-01-10', title: 'Level 1 safeguarding' }).expect(201);

    const gils = await trainingOf(gil, gil.token);
    expect(gils.safeguarding).toEqual({ status: 'done', lastCompletedOn: '2026-10-14', expiresOn: '2029-10-14' });
    expect(gils.training).toEqual([
      { completedOn: '2026-10-14', title: 'Safeguarding for governors', provider: 'NGA', hours: 2, safeguarding: true, recordedBy: gil.id },
      { completedOn: '2026-09-01', title: 'Understanding school finance', provider: null, hours: 1.5, safeguarding: false, recordedBy: gil.id },
    ]);
    expect((await trainingList()).map((row) => [row.name, row.safeguarding.status, row.totalHours])).toEqual([
      ['Gil Governor', 'done', 3.5],
      ['Nia Never', 'overdue', 0],
      ['Tara Trustee', 'due', 0],
    ]);
    expect((await trainingList('?status=due')).map((row) => row.name)).toEqual(['Tara Trustee']);
  });

  it('withdraws a training record made by mistake through the corrections route: it stops counting', async () => {
    await app.http.post(people(trust.id, nia.id, 'training')).set(bearer(clerk.token)).send({ completedOn: '2026-11-02', title: 'Safeguarding for governors' }).expect(201);
    expect((await trainingOf(nia)).safeguarding.status).toBe('done');
    const audit = await app.http.get(`/api/trusts/${trust.id}/audit?type=TrainingRecorded`).set(bearer(trust.admin.token)).set('X-Min-Position', await headPosition(app)).expect(200);
    const entry = (audit.body.items as { eventId: string; data: { personId: string } }[]).find((item) => item.data.personId === nia.id)!;
    // Only the person who recorded it (the clerk) or a trust admin may withdraw it.
    await expectRefusedUnchanged(app, () => app.http.post(`/api/trusts/${trust.id}/entries/${entry.eventId}/withdrawal`).set(bearer(nia.token)).send({ reason: 'Not mine' }), 403);
    await app.http.post(`/api/trusts/${trust.id}/entries/${entry.eventId}/withdrawal`).set(bearer(clerk.token)).send({ reason: 'Nia booked it but did not attend' }).expect(201);
    const nias = await trainingOf(nia);
    expect(nias.training).toEqual([]);
    expect(nias.safeguarding.status).toBe('overdue');
  });

  it('shows nothing personal of an erased person', async () => {
    const leaver = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Lee Leaver' });
    await app.http.post(people(trust.id, leaver.id, 'interests')).set(bearer(leaver.token)).send({ declaredOn: '2026-11-01', interests: [director] }).expect(201);
    await app.http.post(people(trust.id, leaver.id, 'training')).set(bearer(leaver.token)).send({ completedOn: '2026-11-01', title: 'Safeguarding refresher', provider: 'LA' }).expect(201);
    expect(personalRecordsOf(leaver.id)).toBe(2);
    await app.http.delete(`/api/trusts/${trust.id}/people/${leaver.id}`).set(bearer(trust.admin.token)).expect(201);

    const interests = await interestsOf(leaver);
    expect(interests).toMatchObject({ erased: true, declarations: [], current: [], endedRecently: [], lastDeclaredOn: null, status: 'not-required' });
    const training = await trainingOf(leaver);
    expect(training).toMatchObject({ erased: true, training: [], safeguarding: { status: 'not-required', lastCompletedOn: null } });
    expect((await declarations()).map((row) => row.personId)).not.toContain(leaver.id);
    expect((await trainingList()).map((row) => row.personId)).not.toContain(leaver.id);
    // The texts were never in the log (the audit trail shows each event's data) and have left the directory.
    const audit = await app.http.get(`/api/trusts/${trust.id}/audit`).set(bearer(trust.admin.token)).set('X-Min-Position', await headPosition(app)).expect(200);
    const logged = (audit.body.items as { type: string; data: Record<string, unknown> }[]).filter((entry) => ['InterestsDeclared', 'TrainingRecorded'].includes(entry.type));
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).not.toMatch(/Hollins|Safeguarding refresher|"LA"/);
    expect(logged.find((entry) => entry.type === 'InterestsDeclared' && entry.data.personId === leaver.id)?.data).toMatchObject({ interests: [{ kind: 'directorship', from: '2024-04-01', to: null }] });
    expect(personalRecordsOf(leaver.id)).toBe(0);
    expect(personalRecordsOf(gil.id)).toBeGreaterThan(0);
    // Nothing new is recorded for them.
    await expectRefusedUnchanged(app, () => app.http.post(people(trust.id, leaver.id, 'interests')).set(bearer(clerk.token)).send({ declaredOn: '2026-11-24', interests: [] }), 422);
  });

  describe('refuses bad input with a problem document and appends nothing', () => {
    const declare = (personId: string, token: string, body: object, trustId = trust.id) => () => app.http.post(people(trustId, personId, 'interests')).set(bearer(token)).send(body);

    it('an unknown kind, listing the kinds', async () => {
      const problem = await expectRefusedUnchanged(app, declare(gil.id, gil.token, { declaredOn: '2026-11-24', interests: [{ kind: 'hobby', description: 'Chess club' }] }), 400);
      expect(problem.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('must be one of directorship, employment, shareholding, trusteeship-or-governorship-elsewhere, relationship-with-staff-or-member, contract-or-supplier, other'),
        }),
      ]);
    });

    it('an interest that ends before it starts', async () => {
      const problem = await expectRefusedUnchanged(app, declare(gil.id, gil.token, { declaredOn: '2026-11-24', interests: [{ ...director, to: '2024-03-01' }] }), 400);
      expect(JSON.stringify(problem)).toContain('an interest cannot end before it starts');
    });

    it('a declaration dated in the future', async () => {
      const kept = personalRecordsOf(gil.id);
      const problem = await expectRefusedUnchanged(app, declare(gil.id, gil.token, { declaredOn: '2026-11-25', interests: [director] }), 422);
      expect(personalRecordsOf(gil.id)).toBe(kept);
      expect(problem).toMatchObject({ code: 'date-in-future' });
      await expectRefusedUnchanged(app, () => app.http.post(people(trust.id, gil.id, 'training')).set(bearer(gil.token)).send({ completedOn: '2027-01-01', title: 'Safeguarding' }), 422);
    });

    it('a missing list, a missing description, training without a title or with negative hours', async () => {
      await expectRefusedUnchanged(app, declare(gil.id, gil.token, { declaredOn: '2026-11-24' }), 400);
      await expectRefusedUnchanged(app, declare(gil.id, gil.token, { declaredOn: '2026-11-24', interests: [{ kind: 'other' }] }), 400);
      await expectRefusedUnchanged(app, () => app.http.post(people(trust.id, gil.id, 'training')).set(bearer(gil.token)).send({ completedOn: '2026-11-01' }), 400);
      await expectRefusedUnchanged(app, () => app.http.post(people(trust.id, gil.id, 'training')).set(bearer(gil.token)).send({ completedOn: '2026-11-01', title: 'Finance', hours: -2 }), 400);
    });

    it('a governor declaring, recording training or reading for someone else', async () => {
      const problem = await expectRefusedUnchanged(app, declare(nia.id, gil.token, { declaredOn: '2026-11-24', interests: [] }), 403);
      expect(problem.detail).toBe("Only the person themselves, a trust admin or the clerk can record or read someone's declarations of interests and training.");
      await expectRefusedUnchanged(app, () => app.http.post(people(trust.id, nia.id, 'training')).set(bearer(gil.token)).send({ completedOn: '2026-11-01', title: 'Safeguarding' }), 403);
      await app.http.get(people(trust.id, nia.id, 'interests')).set(bearer(gil.token)).expect(403);
      await app.http.get(`/api/trusts/${trust.id}/declarations`).set(bearer(gil.token)).expect(403);
      await app.http.get(`/api/trusts/${trust.id}/training`).set(bearer(staff.token)).expect(403);
    });

    it('a person of another trust, as if unknown', async () => {
      await expectRefusedUnchanged(app, declare(other.admin.id, clerk.token, { declaredOn: '2026-11-24', interests: [] }), 404);
      await expectRefusedUnchanged(app, declare(gil.id, other.admin.token, { declaredOn: '2026-11-24', interests: [] }), 404);
      await app.http.get(people(trust.id, other.admin.id, 'training')).set(bearer(clerk.token)).expect(404);
    });
  });
});

/**
 * Reminders on a fixed today (Tuesday 24 November 2026): the weekly digest tells each governor
 * or trustee of their own declaration and safeguarding training due or overdue and gives the
 * clerk a summary by name, through a real SMTP server on loopback; the calendar feed shows a
 * person their own deadlines.
 */
describe('declarations and safeguarding training in the weekly digest and the calendar feed', () => {
  let app: AppWithMail;

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: '2026-11-24' });
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('tells each governor of their own records and the clerk of everyone’s, only when the trust has the digest', async () => {
    const trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    const [libra] = trust.schools;
    const admin = bearer(trust.admin.token);
    const nia = await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: libra }], { name: 'Nia Never' });
    const tara = await addPerson(app, trust.id, trust.admin.token, [{ role: 'trustee' }], { name: 'Tara Trustee' });
    const gil = await addPerson(app, trust.id, trust.admin.token, [{ role: 'governor', schoolId: libra }], { name: 'Gil Governor' });
    const clerk = await addPerson(app, trust.id, trust.admin.token, [{ role: 'clerk' }], { name: 'Cleo Clerk' });
    const record = (personId: string, what: 'interests' | 'training', body: object) => app.http.post(`/api/trusts/${trust.id}/people/${personId}/${what}`).set(admin).send(body).expect(201);
    await record(tara.id, 'interests', { declaredOn: '2025-12-10', interests: [] });
    await record(tara.id, 'training', { completedOn: '2024-01-10', title: 'Level 1 safeguarding' });
    await record(gil.id, 'interests', { declaredOn: '2026-06-01', interests: [] });
    await record(gil.id, 'training', { completedOn: '2026-06-01', title: 'Safeguarding for governors' });
    const digestTo = (email: string) => app.mail.accepted.filter((m) => m.to.includes(email) && m.subject.includes('this week'));

    await app.http.post('/api/admin/review-scan').set(admin).send({}).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    expect(app.mail.accepted.filter((m) => m.subject.includes('this week'))).toEqual([]);

    await app.http.put(`/api/trusts/${trust.id}/reminder-settings`).set(admin).send({ weeklyDigest: true }).expect(201);
    await app.http.post('/api/admin/review-scan').set(admin).send({}).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();

    const [toNia] = digestTo(nia.email);
    expect(toNia.subject).toBe('Governor records this week: 2 records to renew');
    expect(toNia.text).toContain('  - Declaration of interests overdue: never made.\n  - Safeguarding training overdue: none recorded.\n');
    const [toTara] = digestTo(tara.email);
    expect(toTara.text).toContain('  - Declaration of interests due: the last was made on 10 December 2025, to be renewed by 10 December 2026.');
    expect(toTara.text).toContain('  - Safeguarding training due: the last was on 10 January 2024, it counts until 10 January 2027.');
    expect(digestTo(gil.email)).toEqual([]);
    const [toClerk] = digestTo(clerk.email);
    expect(toClerk.subject).toBe('Governor records this week: 4 records to chase');
    expect(toClerk.text).toContain(
      [
        'Governor and trustee records to chase (4):',
        '  - Nia Never: Declaration of interests overdue: never made.',
        '  - Nia Never: Safeguarding training overdue: none recorded.',
        '  - Tara Trustee: Declaration of interests due: the last was made on 10 December 2025, to be renewed by 10 December 2026.',
        '  - Tara Trustee: Safeguarding training due: the last was on 10 January 2024, it counts until 10 January 2027.',
      ].join('\n'),
    );
    // The clerk is told, so the trust admin is not.
    expect(digestTo(trust.admin.email)).toEqual([]);
  });

  it("shows a governor their own declaration and safeguarding deadlines in the calendar feed, and no one else's", async () => {
    const trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    const tara = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Tara Trustee' });
    const nia = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[0] }], { name: 'Nia Never' });
    await app.http.post(`/api/trusts/${trust.id}/people/${tara.id}/interests`).set(bearer(tara.token)).send({ declaredOn: '2025-12-10', interests: [] }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/people/${tara.id}/training`).set(bearer(tara.token)).send({ completedOn: '2024-01-10', title: 'Safeguarding basics' }).expect(201);
    const feed = async (token: string) => eventsOf((await app.http.get(`/api/trusts/${trust.id}/calendar.ics`).set(bearer(token)).expect(200)).text);

    expect(await feed(tara.token)).toEqual([
      ['20261210', 'Declaration of interests due'],
      ['20270110', 'Safeguarding training due'],
    ]);
    expect(await feed(nia.token)).toEqual([
      ['20261124', 'OVERDUE: Declaration of interests'],
      ['20261124', 'OVERDUE: Safeguarding training'],
    ]);
    expect(await feed(trust.admin.token)).toEqual([]);
  });
});

/** Each event of a feed as [DTSTART, SUMMARY] (long lines unfolded, RFC 5545). */
function eventsOf(ics: string): [string, string][] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((event) => [/DTSTART;VALUE=DATE:(\d+)/.exec(event)?.[1] ?? '', /SUMMARY:(.*)\r\n/.exec(event)?.[1] ?? '']);
}
