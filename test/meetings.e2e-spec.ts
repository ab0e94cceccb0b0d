import type { MeetingView, PersonAttendance, RegisterRow } from '@governance/contracts';
import { addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, SignedInPerson, TestTrust } from './support/fixtures';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import ICAL from 'ical.js';
import { OutboxDispatcher } from '@governance/notifications';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';
import { startTestApp, TestApp } from './support/test-app';

/*
 * One meeting cycle over HTTP: a trust board meeting and a local governing body's meeting are
 * set up, attendance makes them quorate (and not), two decisions append a policy approval and a
 * school review carrying their minute references, and the register and the clerk's pack show
 * them. Bad input is a problem document that appends nothing.
 */
describe('meetings, attendance and decisions over HTTP', () => {
  const TODAY = '2026-11-24';
  let app: TestApp;
  let trust: TestTrust;
  let libra: string;
  let admin: { Authorization: string };
  let clerk: { Authorization: string };
  let trustees: SignedInPerson[];
  let governors: SignedInPerson[];
  let staff: SignedInPerson;
  let trustPolicy: string;
  let schoolPolicy: string;
  let board: string;
  let lgb: string;
  let position = '0';

  const base = () => `/api/trusts/${trust.id}`;
  const post = async (path: string, body: unknown, who = clerk) => {
    const response = await app.http.post(`${base()}${path}`).set(who).send(body as object);
    if (response.body?.position) position = response.body.position as string;
    return response;
  };
  const read = (path: string, who = clerk) => app.http.get(`${base()}${path}`).set(who).set('X-Min-Position', position);
  const meeting = async (id: string) => (await read(`/meetings/${id}`).expect(200)).body as MeetingView;
  const policy = async (body: Record<string, unknown>) => {
    const id = (await post('/policies', body, admin).then((r) => r.body)).id as string;
    await post(`/policies/${id}/versions`, { summary: 'First version' }, admin);
    return id;
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: TODAY });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Aries Academy'] });
    [libra] = trust.schools;
    admin = bearer(trust.admin.token);
    clerk = bearer((await addSignedInPerson(app, trust, [{ role: 'clerk' }], { name: 'Clara Clerk' })).token);
    trustees = [];
    for (const name of ['Tom Trustee', 'Tess Trustee', 'Tariq Trustee']) trustees.push(await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name }));
    governors = [];
    for (const name of ['Gina', 'Gus', 'Gwen', 'Glen']) governors.push(await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name }));
    staff = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: libra }], { name: 'Sam Staff' });
    trustPolicy = await policy({ title: 'Whistleblowing Policy', scope: 'trust', reviewCycleMonths: 24, approver: 'trust-board' });
    schoolPolicy = await policy({ title: 'Behaviour Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' });
    await post(`/schools/${libra}/policies/${schoolPolicy}/adoptions`, { version: 1, adoptedOn: '2026-09-10', approvedBy: 'local-governing-body' }, admin).then((r) => expect(r.status).toBe(201));
    await app.http.put(`${base()}/scheme-of-delegation`).set(admin).send({ rules: [{ approver: 'trust-board', policyId: trustPolicy }] }).expect(200);
  }, 120_000);
  afterAll(() => app.close());

  it('sets up a trust board meeting and a local governing body meeting, listed by date', async () => {
    const created = await post('/meetings', { body: 'trust-board', date: '2026-11-20', title: 'Autumn board' });
    expect(created.status).toBe(201);
    board = created.body.id as string;
    lgb = (await post('/meetings', { body: 'local-governing-body', schoolId: libra, date: '2026-11-18' }).then((r) => r.body)).id as string;
    const list = (await read('/meetings?from=2026-09-01&to=2027-08-31').expect(200)).body as { id: string }[];
    expect(list.map((m) => m.id)).toEqual([lgb, board]);
    expect((await read(`/meetings?schoolId=${libra}`).expect(200)).body.map((m: { id: string }) => m.id)).toEqual([lgb]);
    expect(await meeting(board)).toMatchObject({ id: board, body: 'trust-board', schoolId: null, committee: null, title: 'Autumn board', date: '2026-11-20', attendance: [], quorate: false, decisions: [], actions: [] });    // The members now, whose attendance the clerk's form lists: the trustees; the school's governors for its LGB.
    expect(new Set((await meeting(board)).memberIds)).toEqual(new Set(trustees.map((t) => t.id)));
    expect(new Set((await meeting(lgb)).memberIds)).toEqual(new Set(governors.map((g) => g.id)));
  });

  it('is not quorate with one trustee of three present, and quorate once three are', async () => {
    const [tom, tess, tariq] = trustees;
    await post(`/meetings/${board}/attendance`, { attendance: [{ personId: tom.id, status: 'present' }, { personId: tess.id, status: 'apologies-accepted' }] }).then((r) => expect(r.status).toBe(201));
    expect(await meeting(board)).toMatchObject({ quorum: 3, members: 3, present: 1, quorate: false });
    // Recording again replaces the attendance: the latest counts.
    const all = [tom, tess, tariq].map((t) => ({ personId: t.id, status: 'present' }));
    await post(`/meetings/${board}/attendance`, { attendance: all }).then((r) => expect(r.status).toBe(201));
    expect(await meeting(board)).toMatchObject({ attendance: all, quorum: 3, present: 3, quorate: true });
    const govs = governors.slice(0, 3).map((g) => ({ personId: g.id, status: 'present' }));
    await post(`/meetings/${lgb}/attendance`, { attendance: [...govs, { personId: governors[3].id, status: 'apologies-not-accepted' }] }).then((r) => expect(r.status).toBe(201));
    expect(await meeting(lgb)).toMatchObject({ quorum: 3, members: 4, present: 3, quorate: true });
  });

  it('refuses attendance for someone who is not a member, naming them, and appends nothing', async () => {
    const problem = await expectRefusedUnchanged(app, () => post(`/meetings/${lgb}/attendance`, { attendance: [{ personId: staff.id, status: 'present' }] }), 422);
    expect(problem.detail).toBe(
      `Sam Staff (${staff.id}) is not a member of the local governing body: attendance is recorded for members only ` +
        "(those appointed to the body on the meeting date; where it has none, trustees for the trust board and its committees, the school's governors for a local governing body).",
    );
    await expectRefusedUnchanged(app, () => post(`/meetings/${lgb}/attendance`, { attendance: [{ personId: governors[0].id, status: 'late' }] }), 400);
  });

  it('approves a policy and reviews a school policy as decisions with minute references, appending the policy events', async () => {
    const approval = await post(`/meetings/${board}/decisions`, { kind: 'approve-policy', minuteRef: 'TB/26/5', policyId: trustPolicy, version: 1 });
    expect(approval.status).toBe(201);
    const review = await post(`/meetings/${lgb}/decisions`, { kind: 'review-policy', minuteRef: 'LGB/26/3', policyId: schoolPolicy, outcome: 'no-change', text: 'Still fit for purpose' });
    expect(review.status).toBe(201);
    await post(`/meetings/${board}/decisions`, { kind: 'note', minuteRef: 'TB/26/6', text: 'The board thanked the clerk.' }).then((r) => expect(r.status).toBe(201));
    expect((await meeting(board)).decisions).toEqual([
      expect.objectContaining({ kind: 'approve-policy', minuteRef: 'TB/26/5', decidedOn: '2026-11-20', policyId: trustPolicy, policyTitle: 'Whistleblowing Policy', version: 1 }),
      expect.objectContaining({ kind: 'note', minuteRef: 'TB/26/6', text: 'The board thanked the clerk.' }),
    ]);
    expect((await meeting(lgb)).decisions).toEqual([
      expect.objectContaining({ kind: 'review-policy', minuteRef: 'LGB/26/3', decidedOn: '2026-11-18', policyId: schoolPolicy, schoolId: libra, outcome: 'no-change', text: 'Still fit for purpose' }),
    ]);
    // The same events as the direct routes, carrying the meeting and minute reference.
    const store = app.app.get<EventStore>(EVENT_STORE);
    const last = async (streamId: string) => (await store.readStream(streamId, { direction: 'backwards', maxCount: 1 }))[0];
    expect(await last(`policy-${trustPolicy}`)).toMatchObject({
      type: 'PolicyApproved',
      data: { policyId: trustPolicy, version: 1, approvedOn: '2026-11-20', body: 'trust-board', minuteRef: 'TB/26/5', meetingId: board, bodyExpected: 'trust-board', exception: null },
    });
    expect(await last(`schoolpolicy-${libra}.${schoolPolicy}`)).toMatchObject({
      type: 'PolicyReviewed',
      data: { level: 'school', schoolId: libra, policyId: schoolPolicy, reviewedOn: '2026-11-18', outcome: 'no-change', notes: 'Still fit for purpose', meetingId: lgb, minuteRef: 'LGB/26/3' },
    });
    // A note is the one decision on the meeting's own stream.
    expect(await last(`meeting-${board}`)).toMatchObject({ type: 'MeetingNoteRecorded', data: { meetingId: board, minuteRef: 'TB/26/6', decidedOn: '2026-11-20' } });
  });

  it('shows the minute references on the register', async () => {
    const rows = (await read(`/schools/${libra}/policies`, admin).expect(200)).body as RegisterRow[];
    expect(rows.find((r) => r.policyId === schoolPolicy)).toMatchObject({ lastReviewedOn: '2026-11-18', minuteRef: 'LGB/26/3', meetingId: lgb });
    expect(rows.find((r) => r.policyId === trustPolicy)).toMatchObject({ minuteRef: 'TB/26/5', meetingId: board });
  });

  it("shows the minute references in the clerk's pack, as JSON and Markdown", async () => {
    const pack = (await read('/terms/2026-autumn/minutes-inputs').set('Accept', 'application/json').expect(200)).body as {
      trustLevel: { policyActions: { policyId: string; minuteRef: string | null; meetingId?: string | null }[] };
      schools: { school: { id: string }; policyActions: { policyId: string; action: string; minuteRef: string | null; meetingId?: string | null }[] }[];
    };
    expect(pack.trustLevel.policyActions).toContainEqual(expect.objectContaining({ policyId: trustPolicy, minuteRef: 'TB/26/5', meetingId: board }));
    const atLibra = pack.schools.find((s) => s.school.id === libra)!.policyActions;
    expect(atLibra).toContainEqual(expect.objectContaining({ policyId: schoolPolicy, action: 'reviewed', minuteRef: 'LGB/26/3', meetingId: lgb }));
    const markdown = (await read('/terms/2026-autumn/minutes-inputs').set('Accept', 'text/markdown').expect(200)).text;
    expect(markdown).toContain('TB/26/5');
    expect(markdown).toContain('LGB/26/3');
  });

  it('refuses a repeated minute reference, a decision the body may not take, and a meeting not yet held, appending nothing', async () => {
    const repeated = await expectRefusedUnchanged(app, () => post(`/meetings/${board}/decisions`, { kind: 'note', minuteRef: 'TB/26/5', text: 'Again' }), 422);
    expect(repeated.detail).toBe('Minute reference TB/26/5 is already used for another decision of this meeting; give each decision its own reference.');
    // The scheme gives the trust board: the local governing body may not approve it.
    const wrongBody = await expectRefusedUnchanged(app, () => post(`/meetings/${lgb}/decisions`, { kind: 'approve-policy', minuteRef: 'LGB/26/4', policyId: trustPolicy, version: 1 }), 422);
    expect(wrongBody.detail).toContain('This policy is approved by the trust board');
    const future = (await post('/meetings', { body: 'committee', committee: 'Finance and Audit', date: '2026-12-10' })).body.id as string;
    const early = await expectRefusedUnchanged(app, () => post(`/meetings/${future}/decisions`, { kind: 'note', minuteRef: 'FA/1', text: 'x' }), 422);
    expect(early.detail).toBe('The meeting is on 2026-12-10, after today (2026-11-24): record its decisions once it has taken place.');
  });

  it("refuses a meeting of another trust's school and a date that is not a date, appending nothing", async () => {
    const other = await createTrustWithAdmin(app, { schools: 1 });
    const foreign = await expectRefusedUnchanged(app, () => post('/meetings', { body: 'local-governing-body', schoolId: other.schools[0], date: '2026-11-20' }), 422);
    expect(foreign.detail).toBe(`schoolId names ${other.schools[0]}, which is not an academy of this trust.`);
    const badDate = await expectRefusedUnchanged(app, () => post('/meetings', { body: 'trust-board', date: '2026-02-30' }), 400);
    expect(JSON.stringify(badDate)).toContain('2026-02-30 does not exist');
    await expectRefusedUnchanged(app, () => post('/meetings', { body: 'trust-board', date: 'next Tuesday' }), 400);
  });

  it("gives a person's attendance across the academic year to themselves and the clerk, not to another governor", async () => {
    const tess = trustees[1];
    const record = (await read(`/people/${tess.id}/attendance?year=2026-27`).expect(200)).body as PersonAttendance;
    expect(record).toEqual({
      personId: tess.id,
      year: '2026-27',
      meetings: [{ meetingId: board, body: 'trust-board', schoolId: null, committee: null, date: '2026-11-20', status: 'present' }],
      expected: 1,
      attended: 1,
    });
    await read(`/people/${tess.id}/attendance`, bearer(tess.token)).expect(200);
    await read(`/people/${tess.id}/attendance`, bearer(governors[0].token)).expect(403);
  });

  it('lets only a trust admin or the clerk set up meetings and record decisions; governors read them', async () => {
    const gov = bearer(governors[0].token);
    await expectRefusedUnchanged(app, () => post('/meetings', { body: 'trust-board', date: '2026-11-20' }, gov), 403);
    await expectRefusedUnchanged(app, () => post(`/meetings/${board}/decisions`, { kind: 'note', minuteRef: 'X', text: 'x' }, gov), 403);
    await read(`/meetings/${board}`, gov).expect(200);
    await read(`/meetings/${board}`, bearer(staff.token)).expect(403);
  });

  it("lets a clerk of one academy run only that academy's local governing body meetings", async () => {
    const libraClerk = bearer((await addSignedInPerson(app, trust, [{ role: 'clerk', schoolId: libra }], { name: 'Lena Libra-Clerk' })).token);
    const aries = trust.schools[1];
    const own = await post('/meetings', { body: 'local-governing-body', schoolId: libra, date: '2026-11-18' }, libraClerk);
    expect(own.status).toBe(201);
    const elsewhere = await expectRefusedUnchanged(app, () => post('/meetings', { body: 'local-governing-body', schoolId: aries, date: '2026-11-18' }, libraClerk), 403);
    expect(elsewhere.detail).toMatch(/only that academy's local governing body meetings/);
    await expectRefusedUnchanged(app, () => post('/meetings', { body: 'trust-board', date: '2026-11-18' }, libraClerk), 403);
    await expectRefusedUnchanged(app, () => post(`/meetings/${board}/decisions`, { kind: 'note', minuteRef: 'LC/1', text: 'x' }, libraClerk), 403);
    await expectRefusedUnchanged(app, () => post(`/meetings/${board}/attendance`, { attendance: [] }, libraClerk), 403);
    expect((await post(`/meetings/${own.body.id}/cancellation`, { reason: 'Set up to show who may' }, libraClerk)).status).toBe(201);
  });

  it('moves and cancels a meeting; a cancelled meeting takes no decisions', async () => {
    const spare = (await post('/meetings', { body: 'trust-board', date: '2026-11-10' })).body.id as string;
    await post(`/meetings/${spare}/reschedule`, { date: '2026-11-12' }).then((r) => expect(r.status).toBe(201));
    await post(`/meetings/${spare}/cancellation`, { reason: 'Snow' }).then((r) => expect(r.status).toBe(201));
    expect(await meeting(spare)).toMatchObject({ date: '2026-11-12', cancelled: true });
    await expectRefusedUnchanged(app, () => post(`/meetings/${spare}/decisions`, { kind: 'note', minuteRef: 'TB/1', text: 'x' }), 422);
    await read('/meetings/no-such-meeting').expect(404);
  });

  it('answers a repeated decision sent with the same Idempotency-Key as the first time, appending once', async () => {
    const send = () => app.http.post(`${base()}/meetings/${board}/decisions`).set(clerk).set('Idempotency-Key', 'decision-tb-26-7').send({ kind: 'note', minuteRef: 'TB/26/7', text: 'Dates for next year agreed.' });
    const first = await send().expect(201);
    const again = await send();
    expect({ status: again.status, body: again.body }).toEqual({ status: first.status, body: first.body });
    position = first.body.position as string;
    expect((await meeting(board)).decisions.filter((d) => d.minuteRef === 'TB/26/7')).toHaveLength(1);
  });

  it('puts the meetings in the calendar feed: the whole trust sees every one, a school its own body; a cancelled one drops out', async () => {
    const events = async (query: Record<string, string> = {}) => {
      const text = (await read('/calendar.ics', admin).query(query).expect(200)).text;
      return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)).filter((e) => e.uid.startsWith('meeting.'))
        .map((e) => ({ uid: e.uid.split('@')[0], start: e.startDate.toString(), summary: e.summary }));
    };
    expect(await events()).toEqual([
      { uid: `meeting.${lgb}`, start: '2026-11-18', summary: 'Meeting – Libra School local governing body' },
      { uid: `meeting.${board}`, start: '2026-11-20', summary: `Meeting – ${trust.name} trust board: Autumn board` },
      { uid: expect.stringMatching(/^meeting\./), start: '2026-12-10', summary: 'Meeting – Finance and Audit committee' },
    ]);
    expect(await events({ schoolId: libra })).toEqual([{ uid: `meeting.${lgb}`, start: '2026-11-18', summary: 'Meeting – Libra School local governing body' }]);
  });
});

describe('meeting reminders', () => {
  let app: AppWithMail;

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: '2026-11-30' });
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it("emails each member of the body once, a week before the meeting, and not the body's other people", async () => {
    const trust = await createTrustWithAdmin(app, { name: 'Oak Trust', schools: ['Libra School'] });
    const admin = bearer(trust.admin.token);
    const [libra] = trust.schools;
    const gina = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gina' });
    const gus = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gus' });
    const tom = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Tom' });
    // The scan covers trusts with policies.
    await app.http.post(`/api/trusts/${trust.id}/policies`).set(admin).send({ title: 'Behaviour Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/meetings`).set(admin).send({ body: 'local-governing-body', schoolId: libra, date: '2026-12-05' }).expect(201);
    const cancelled = (await app.http.post(`/api/trusts/${trust.id}/meetings`).set(admin).send({ body: 'trust-board', date: '2026-12-04' }).expect(201)).body.id as string;
    await app.http.post(`/api/trusts/${trust.id}/meetings/${cancelled}/cancellation`).set(admin).send({}).expect(201);
    for (const asOf of ['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']) {
      await app.http.post('/api/admin/review-scan').set(admin).send({ asOf }).expect(200);
      await app.app.get(OutboxDispatcher).dispatchDue();
      if (asOf === '2026-11-27') expect(app.mail.accepted.filter((m) => m.subject.startsWith('Meeting'))).toEqual([]);
    }
    const meetingMail = app.mail.accepted.filter((m) => m.subject.startsWith('Meeting'));
    expect(meetingMail.map((m) => [m.to, m.subject]).sort()).toEqual(
      [gina.email, gus.email].sort().map((email) => [[email], 'Meeting in 7 days: Libra School local governing body (Saturday 5 December 2026)']),
    );
    expect(meetingMail.some((m) => m.to.includes(tom.email))).toBe(false);
  });
});
