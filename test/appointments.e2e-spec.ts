import type { AppointmentItem, MeetingView } from '@governance/contracts';
import { OutboxDispatcher } from '@governance/notifications';
import ICAL from 'ical.js';
import { addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, SignedInPerson, TestTrust } from './support/fixtures';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';

/*
 * Appointments and terms of office over HTTP: a parent governor appointed to an academy's local
 * governing body, an early end, a renewal, the lists of current and past appointments, meeting
 * membership and quorum following the appointments, the clerk's digest and the calendar feed
 * naming a term that ends next month, erasure, and bad input refused with nothing appended.
 */
describe('appointments and terms of office over HTTP', () => {
  const TODAY = '2026-11-24';
  let app: AppWithMail;
  let trust: TestTrust;
  let other: TestTrust;
  let libra: string;
  let admin: { Authorization: string };
  let clerk: SignedInPerson;
  let libraClerk: SignedInPerson;
  let gina: SignedInPerson;
  let gus: SignedInPerson;
  let pat: SignedInPerson;
  let tom: SignedInPerson;
  let lgbMeeting: string;
  let position = '0';

  const base = () => `/api/trusts/${trust.id}`;
  const post = async (path: string, body: unknown, who: { Authorization: string } = bearer(clerk.token)) => {
    const response = await app.http.post(`${base()}${path}`).set(who).send(body as object);
    if (response.body?.position) position = response.body.position as string;
    return response;
  };
  const read = (path: string, who: { Authorization: string } = bearer(clerk.token)) => app.http.get(`${base()}${path}`).set(who).set('X-Min-Position', position);
  const appoint = (person: SignedInPerson, body: Record<string, unknown>, who?: { Authorization: string }) => post(`/people/${person.id}/appointments`, body, who);
  const toLibra = (extra: Record<string, unknown> = {}) => ({ body: 'local-governing-body', schoolId: libra, role: 'parent-governor', appointedBy: 'Parents (election)', startsOn: '2026-09-01', endsOn: '2030-08-31', ...extra });
  const list = async (query = '') => (await read(`/appointments${query}`).expect(200)).body as AppointmentItem[];
  const meeting = async (id: string) => (await read(`/meetings/${id}`).expect(200)).body as MeetingView;

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: TODAY });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Aries Academy'] });
    other = await createTrustWithAdmin(app, { schools: ['Other School'] });
    [libra] = trust.schools;
    admin = bearer(trust.admin.token);
    clerk = await addSignedInPerson(app, trust, [{ role: 'clerk' }], { name: 'Clara Clerk' });
    libraClerk = await addSignedInPerson(app, trust, [{ role: 'clerk', schoolId: libra }], { name: 'Lily Clerk' });
    gina = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gina Governor' });
    gus = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gus Governor' });
    await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gwen Governor' });
    // Pat is a governor at the other academy: only the appointment makes them a member of Libra's LGB.
    pat = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[1] }], { name: 'Pat Parent' });
    tom = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Tom Trustee' });
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('keeps the role rule for a body without appointments: the school\'s governors are the LGB', async () => {
    lgbMeeting = (await post('/meetings', { body: 'local-governing-body', schoolId: libra, date: '2026-12-02' }).then((r) => r.body)).id as string;
    expect((await meeting(lgbMeeting)).memberIds).toHaveLength(3);
  });

  it('appoints a person to an academy LGB, listed with their name, the school and the term', async () => {
    const made = await appoint(pat, toLibra());
    expect(made.status).toBe(201);
    const [theirs] = (await read(`/people/${pat.id}/appointments`).expect(200)).body as AppointmentItem[];
    expect(theirs).toEqual({
      appointmentId: made.body.id,
      personId: pat.id,
      name: 'Pat Parent',
      body: 'local-governing-body',
      schoolId: libra,
      schoolName: 'Libra School',
      committee: null,
      role: 'parent-governor',
      appointedBy: 'Parents (election)',
      startsOn: '2026-09-01',
      endsOn: '2030-08-31',
      endedOn: null,
      endReason: null,
      status: 'current',
    });
  });

  it("makes the LGB's membership the people appointed to it on the meeting date, and the quorum follows", async () => {
    await appoint(gina, toLibra({ role: 'co-opted', appointedBy: 'Local governing body', startsOn: '2023-01-01', endsOn: '2026-12-31' })).then((r) => expect(r.status).toBe(201));
    await appoint(gus, toLibra({ role: 'staff-governor', appointedBy: 'Staff (election)' })).then((r) => expect(r.status).toBe(201));
    expect(new Set((await meeting(lgbMeeting)).memberIds)).toEqual(new Set([pat.id, gina.id, gus.id]));
    // Gwen holds the governor role but no appointment: not a member of this LGB any more.
    const gwenId = (await read('/people', admin).expect(200)).body.find((p: { name: string }) => p.name === 'Gwen Governor').id as string;
    const refused = await expectRefusedUnchanged(app, () => post(`/meetings/${lgbMeeting}/attendance`, { attendance: [{ personId: gwenId, status: 'present' }] }), 422);
    expect(refused.detail).toContain('Gwen Governor');
    await post(`/meetings/${lgbMeeting}/attendance`, { attendance: [pat, gina].map((p) => ({ personId: p.id, status: 'present' })) }).then((r) => expect(r.status).toBe(201));
    expect(await meeting(lgbMeeting)).toMatchObject({ members: 3, quorum: 3, present: 2, quorate: false });
    await post(`/meetings/${lgbMeeting}/attendance`, { attendance: [pat, gina, gus].map((p) => ({ personId: p.id, status: 'present' })) }).then((r) => expect(r.status).toBe(201));
    expect(await meeting(lgbMeeting)).toMatchObject({ members: 3, present: 3, quorate: true });
  });

  it("ends an appointment early with a reason; the lists of current and past follow, and it cannot end twice", async () => {
    const gusAppointment = (await list(`?body=local-governing-body&schoolId=${libra}`)).find((a) => a.personId === gus.id)!;
    await post(`/people/${gus.id}/appointments/${gusAppointment.appointmentId}/end`, { endedOn: '2026-11-30', reason: 'Left the school' }).then((r) => expect(r.status).toBe(201));
    expect((await list('?current=true&on=2026-12-01')).map((a) => a.name).sort()).toEqual(['Gina Governor', 'Pat Parent']);
    expect(await list('?current=false&on=2026-12-01')).toEqual([expect.objectContaining({ name: 'Gus Governor', endedOn: '2026-11-30', endReason: 'Left the school', status: 'ended' })]);
    // A meeting after the end no longer counts Gus.
    const later = (await post('/meetings', { body: 'local-governing-body', schoolId: libra, date: '2026-12-09' }).then((r) => r.body)).id as string;
    expect(new Set((await meeting(later)).memberIds)).toEqual(new Set([pat.id, gina.id]));
    const twice = await expectRefusedUnchanged(app, () => post(`/people/${gus.id}/appointments/${gusAppointment.appointmentId}/end`, { endedOn: '2026-12-15' }), 422);
    expect(twice.detail).toBe('This appointment already ended on 2026-11-30; it cannot end twice.');
    await expectRefusedUnchanged(app, () => post(`/people/${pat.id}/appointments/${gusAppointment.appointmentId}/end`, { endedOn: '2026-12-15' }), 404);
  });

  it("puts a term ending next month in the clerk's weekly digest and in the calendar feed", async () => {
    await app.http.put(`${base()}/reminder-settings`).set(admin).send({ weeklyDigest: true }).expect(201);
    await app.http.post('/api/admin/review-scan').set(admin).send({}).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    // A digest with no policy review in it is about governor records (the governors who never declared their interests are in it too).
    const digest = app.mail.accepted.find((m) => m.to.includes(clerk.email) && m.subject.startsWith('Governor records this week'));
    expect(digest?.subject).toMatch(/^Governor records this week: 1 term of office ending(, |$)/);
    expect(digest?.text).toContain('  - Gina Governor, co-opted governor, Libra School LGB: ends 31 December 2026 (in 37 days)');
    // Only the term ending is in its section (Pat Parent's term runs on; the records to chase are another section).
    const termsSection = (digest?.text ?? '').split('\n\n').find((part) => part.startsWith('Terms of office ending')) ?? '';
    expect(termsSection).toContain('Gina Governor');
    expect(termsSection).not.toContain('Pat Parent');
    // The academy's own clerk is told about its LGB too.
    expect(app.mail.accepted.find((m) => m.to.includes(libraClerk.email))?.text).toContain('Gina Governor');
    expect(await termEvents()).toEqual([{ start: '2026-12-31', summary: 'Term of office ends: Gina Governor (Libra School LGB)' }]);
  });

  it('renews a term as a new appointment from the day after; the renewed term is no longer ending', async () => {
    await appoint(gina, toLibra({ role: 'co-opted', appointedBy: 'Local governing body', startsOn: '2027-01-01', endsOn: '2030-12-31' })).then((r) => expect(r.status).toBe(201));
    const theirs = (await read(`/people/${gina.id}/appointments`).expect(200)).body as AppointmentItem[];
    expect(theirs.map((a) => [a.startsOn, a.endsOn, a.status])).toEqual([
      ['2023-01-01', '2026-12-31', 'current'],
      ['2027-01-01', '2030-12-31', 'future'],
    ]);
    expect(await termEvents()).toEqual([]);
  });

  it('lets the academy clerk appoint to its LGB only, and a governor read but not appoint', async () => {
    await appoint(pat, toLibra({ role: 'vice-chair', appointedBy: 'Local governing body' }), bearer(libraClerk.token)).then((r) => expect(r.status).toBe(201));
    const board = { body: 'trust-board', role: 'trustee', appointedBy: 'Members', startsOn: '2026-09-01', endsOn: '2030-08-31' };
    const refused = await expectRefusedUnchanged(app, () => appoint(tom, board, bearer(libraClerk.token)), 403);
    expect(refused.detail).toBe("A clerk of one academy records appointments to that academy's local governing body only; the trust's clerk or an administrator records the others.");
    await expectRefusedUnchanged(app, () => appoint(tom, board, bearer(gina.token)), 403);
    expect((await read('/appointments?body=local-governing-body', bearer(gina.token)).expect(200)).body.length).toBeGreaterThan(0);
    await appoint(tom, board).then((r) => expect(r.status).toBe(201));
  });

  it("shows an erased person's appointments without their name", async () => {
    const former = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Fay Former' });
    await appoint(former, { body: 'committee', committee: 'Finance and Audit', role: 'chair', appointedBy: 'Trust board', startsOn: '2025-09-01', endsOn: '2029-08-31' }).then((r) => expect(r.status).toBe(201));
    await app.http.delete(`${base()}/people/${former.id}`).set(admin).expect(201);
    const theirs = (await read(`/people/${former.id}/appointments`).expect(200)).body as AppointmentItem[];
    expect(theirs).toEqual([expect.objectContaining({ name: null, committee: 'Finance and Audit', role: 'chair' })]);
    expect(JSON.stringify(await list())).not.toContain('Fay Former');
  });

  it('refuses bad input with a clear problem document and appends nothing', async () => {
    const stranger = await addSignedInPerson(app, other, [{ role: 'governor', schoolId: other.schools[0] }], { name: 'Sid Stranger' });
    const foreignPerson = await expectRefusedUnchanged(app, () => appoint(stranger, toLibra()), 422);
    expect(foreignPerson.detail).toBe('personId does not name a person of this trust.');
    const role = await expectRefusedUnchanged(app, () => appoint(pat, toLibra({ role: 'treasurer' })), 400);
    expect(JSON.stringify(role)).toContain('role must be one of chair, vice-chair, trustee, member, parent-governor, staff-governor, co-opted, foundation, local-authority, headteacher');
    const backwards = await expectRefusedUnchanged(app, () => appoint(pat, toLibra({ startsOn: '2027-09-01', endsOn: '2027-08-31' })), 400);
    expect(JSON.stringify(backwards)).toContain('endsOn (2027-08-31) must be after startsOn (2027-09-01).');
    const tooLong = await expectRefusedUnchanged(app, () => appoint(pat, toLibra({ endsOn: '2031-08-31' })), 400);
    expect(JSON.stringify(tooLong)).toContain('A term of office is at most 4 years (the usual maximum)');
    const noSchool = await expectRefusedUnchanged(app, () => appoint(pat, toLibra({ schoolId: undefined })), 400);
    expect(JSON.stringify(noSchool)).toContain("A local governing body is one academy's: give its schoolId.");
    const foreignSchool = await expectRefusedUnchanged(app, () => appoint(pat, toLibra({ schoolId: other.schools[0] })), 422);
    expect(foreignSchool.detail).toBe(`schoolId names ${other.schools[0]}, which is not an academy of this trust.`);
    await expectRefusedUnchanged(app, () => app.http.get(`${base()}/people/${stranger.id}/appointments`).set(bearer(clerk.token)), 404);
  });

  async function termEvents(): Promise<{ start: string; summary: string }[]> {
    const text = (await read('/calendar.ics', admin).expect(200)).text;
    return new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c))
      .filter((e) => e.uid.startsWith('term-of-office.'))
      .map((e) => ({ start: e.startDate.toString(), summary: e.summary }));
  }
});
