import type { ActionItem, AgendaItemView, MeetingAgenda, MeetingView, RegisterRow } from '@governance/contracts';
import { addDays, defaultTermOf, londonToday } from '@governance/domain';
import { OutboxDispatcher } from '@governance/notifications';
import mammoth from 'mammoth';
import type { Response } from 'supertest';
import { addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, SignedInPerson, TestTrust } from './support/fixtures';
import { fullEia } from './support/policy-fixtures';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';
import { startTestApp, TestApp } from './support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Reads a binary answer (a Word file) into a Buffer. */
function binary(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/*
 * One local governing body meeting from creation to draft minutes, over HTTP. Reports are
 * dated when received (the real clock), so the meeting is today and its previous one a month
 * ago; everything else is set up relative to today.
 */
describe('a meeting from agenda to draft minutes', () => {
  const today = londonToday(new Date());
  const term = defaultTermOf(today);
  let app: TestApp;
  let trust: TestTrust;
  let other: TestTrust;
  let libra: string;
  let aries: string;
  let admin: { Authorization: string };
  let clerk: { Authorization: string };
  let head: SignedInPerson;
  let governors: SignedInPerson[];
  let behaviour: string;
  let charging: string;
  let meeting: string;
  let next: string;
  let oldActionId: string;
  let position = '0';

  const base = () => `/api/trusts/${trust.id}`;
  const post = async (path: string, body: unknown, who = clerk) => {
    const response = await app.http.post(`${base()}${path}`).set(who).send(body as object);
    if (response.body?.position) position = response.body.position as string;
    return response;
  };
  const created = async (path: string, body: unknown, who = clerk) => {
    const response = await post(path, body, who);
    if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; position: string };
  };
  const read = (path: string, who = clerk) => app.http.get(`${base()}${path}`).set(who).set('X-Min-Position', position);
  const agendaOf = async (id: string) => (await read(`/meetings/${id}/agenda`).expect(200)).body as MeetingAgenda;
  const kinds = (items: AgendaItemView[]) => items.map((item) => [item.kind, item.title]);
  const word = async (path: string) => {
    const response = await read(path).set('Accept', DOCX).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe(DOCX);
    return (await mammoth.extractRawText({ buffer: response.body as Buffer })).value;
  };

  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Aries Academy'] });
    other = await createTrustWithAdmin(app, { schools: ['Elsewhere School'] });
    [libra, aries] = trust.schools;
    admin = bearer(trust.admin.token);
    clerk = bearer((await addSignedInPerson(app, trust, [{ role: 'clerk' }], { name: 'Clara Clerk' })).token);
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: libra }], { name: 'Hana Head' });
    const ariesHead = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: aries }], { name: 'Ari Head' });
    governors = [];
    for (const name of ['Gina', 'Gus', 'Gwen', 'Glen']) governors.push(await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name }));
    const yearAgo = addDays(today, -400);

    // Behaviour: adopted and reviewed over a year ago, review overdue, version 2 drafted and not adopted.
    behaviour = (await created('/policies', { title: 'Behaviour Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', eiaRequired: true }, admin)).id;
    await created(`/policies/${behaviour}/versions`, { summary: 'First version' }, admin);
    await created(`/schools/${libra}/policies/${behaviour}/adoptions`, { version: 1, adoptedOn: yearAgo, approvedBy: 'local-governing-body' }, admin);
    await created(`/schools/${libra}/policies/${behaviour}/eia`, { completedOn: yearAgo, impacts: fullEia(), fullAssessmentRequired: false, conclusion: 'No negative impact.' }, admin);
    await created(`/schools/${libra}/policies/${behaviour}/reviews`, { reviewedOn: yearAgo, outcome: 'no-change', nextReviewDue: addDays(today, -35) }, admin);
    await created(`/policies/${behaviour}/versions`, { summary: 'Mobile phones' }, admin);
    // Charging: version 2 adopted without an EIA of it (its EIA is of version 1: out of date); review not due.
    charging = (await created('/policies', { title: 'Charging Policy', scope: 'school', reviewCycleMonths: 36, approver: 'local-governing-body', eiaRequired: true }, admin)).id;
    await created(`/policies/${charging}/versions`, { summary: 'First version' }, admin);
    await created(`/schools/${libra}/policies/${charging}/adoptions`, { version: 1, adoptedOn: yearAgo, approvedBy: 'local-governing-body' }, admin);
    await created(`/schools/${libra}/policies/${charging}/eia`, { completedOn: yearAgo, impacts: fullEia(), fullAssessmentRequired: false, conclusion: 'No negative impact.' }, admin);
    await created(`/policies/${charging}/versions`, { summary: 'Trips' }, admin);
    await created(`/schools/${libra}/policies/${charging}/adoptions`, { version: 2, adoptedOn: addDays(today, -100), approvedBy: 'local-governing-body' }, admin);

    // Lettings: its review is overdue too, but the scheme of delegation gives it to the headteacher: not this body's.
    const lettings = (await created('/policies', { title: 'Lettings Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', eiaRequired: false }, admin)).id;
    await created(`/policies/${lettings}/versions`, { summary: 'First version' }, admin);
    await created(`/schools/${libra}/policies/${lettings}/adoptions`, { version: 1, adoptedOn: yearAgo, approvedBy: 'local-governing-body' }, admin);
    await created(`/schools/${libra}/policies/${lettings}/reviews`, { reviewedOn: yearAgo, outcome: 'no-change', nextReviewDue: addDays(today, -35) }, admin);
    await app.http.put(`${base()}/scheme-of-delegation`).set(admin).send({ rules: [{ approver: 'headteacher', policyId: lettings }] }).expect(200);

    // The previous meeting of Libra's governing body, a month ago; then a report of each kind (received today).
    await created('/meetings', { body: 'local-governing-body', schoolId: libra, date: addDays(today, -30) });
    await created(`/schools/${libra}/link-governors`, { personId: governors[0].id, area: 'Safeguarding' }, admin);
    await created(`/schools/${libra}/link-governor-reports`, { term, summary: 'Safeguarding is effective.' }, bearer(governors[0].token));
    await created(`/schools/${libra}/termly-reports`, { term, summary: 'A settled term.', incidents: { bullying: 1 } }, bearer(head.token));
    await created(`/schools/${aries}/termly-reports`, { term, summary: 'Not for Libra.' }, bearer(ariesHead.token));
    // A visit two months ago agreed an action, overdue by now.
    await created(`/schools/${libra}/visits`, { visitedOn: addDays(today, -60), purpose: 'Safeguarding visit', findings: 'In order.', actions: ['Check the fire log'] }, bearer(governors[0].token));
    const actions = (await read(`/actions?schoolId=${libra}`).expect(200)).body as ActionItem[];
    oldActionId = actions[0].id;
  }, 120_000);
  afterAll(() => app.close());

  it('lists exactly what is due for the body by the meeting date, in order', async () => {
    meeting = (await created('/meetings', { body: 'local-governing-body', schoolId: libra, date: today, title: 'Autumn meeting' })).id;
    const agenda = await agendaOf(meeting);
    expect(agenda).toMatchObject({ meetingId: meeting, date: today, previousMeetingOn: addDays(today, -30), basis: 'due', papers: null, papersDueBy: addDays(today, -8) });
    expect(kinds(agenda.items)).toEqual([
      ['policy-approval', 'Adopt version 2 of “Behaviour Policy”'],
      ['policy-review', 'Review “Behaviour Policy”'],
      ['eia', 'Equality impact assessment of “Charging Policy”: out of date'],
      ['link-governor-report', expect.stringMatching(/^Link governor's report, /)],
      ['termly-report', expect.stringMatching(/^Headteacher's report, /)],
      ['action', 'Check the fire log'],
    ]);
    expect(agenda.items[1]).toMatchObject({ id: `review:${behaviour}:${libra}`, overdue: true, on: addDays(today, -35), schoolName: 'Libra School' });
    expect(agenda.items[3]).toMatchObject({ personId: governors[0].id, personName: 'Gina', details: 'Safeguarding is effective.' });
    expect(agenda.items[5]).toMatchObject({ id: `action:${oldActionId}`, personName: 'Hana Head', overdue: true });
    // The same agenda in GET meeting.
    expect(((await read(`/meetings/${meeting}`).expect(200)).body as MeetingView).agenda.map((i) => i.id)).toEqual(agenda.items.map((i) => i.id));
  });

  it('lets the clerk add, remove and reorder items, then keeps the agenda as the papers went out', async () => {
    const before = (await agendaOf(meeting)).items.map((i) => i.id);
    await created(`/meetings/${meeting}/agenda/items`, { title: 'Declarations of interest' });
    await created(`/meetings/${meeting}/agenda/items/${encodeURIComponent(`eia:${charging}:${libra}`)}/removal`, {});
    await created(`/meetings/${meeting}/agenda/order`, { order: ['added:1', before[1]] });
    const agenda = await agendaOf(meeting);
    expect(agenda.items.map((i) => i.id)).toEqual(['added:1', before[1], before[0], before[3], before[4], before[5]]);
    await created(`/meetings/${meeting}/papers`, { sentOn: addDays(today, -1) });
    const sent = await agendaOf(meeting);
    expect(sent).toMatchObject({ basis: 'as-sent', papers: { sentOn: addDays(today, -1), clearDays: 0, onTime: false } });
    expect(sent.items.map((i) => i.id)).toEqual(agenda.items.map((i) => i.id));
    const markdown = (await read(`/meetings/${meeting}/agenda`).set('Accept', 'text/markdown').expect(200)).text;
    expect(markdown).toContain('### 1\\. Declarations of interest');
    expect(markdown).toContain('### 2\\. Review “Behaviour Policy”');
    expect(await word(`/meetings/${meeting}/agenda`)).toContain('Adopt version 2 of “Behaviour Policy”');
  });

  it('is quorate with three of four governors present; two decisions append the adoption and the review with their minute references', async () => {
    const attendance = governors.map((g, i) => ({ personId: g.id, status: i < 3 ? 'present' : 'apologies-accepted' }));
    await created(`/meetings/${meeting}/attendance`, { attendance });
    await created(`/meetings/${meeting}/decisions`, { kind: 'adopt-policy', minuteRef: 'LGB/26/7', policyId: behaviour, schoolId: libra, version: 2 });
    await created(`/meetings/${meeting}/decisions`, { kind: 'review-policy', minuteRef: 'LGB/26/8', policyId: behaviour, outcome: 'amended', text: 'Phones section added' });
    const view = (await read(`/meetings/${meeting}`).expect(200)).body as MeetingView;
    expect(view).toMatchObject({ quorum: 3, members: 4, present: 3, quorate: true });
    expect(view.decisions.map((d) => [d.kind, d.minuteRef])).toEqual([['adopt-policy', 'LGB/26/7'], ['review-policy', 'LGB/26/8']]);
    // The agenda is still the one sent: deciding does not take items off it.
    expect((await agendaOf(meeting)).items.map((i) => i.kind)).toContain('policy-approval');
    const rows = (await read(`/schools/${libra}/policies`, admin).expect(200)).body as RegisterRow[];
    expect(rows.find((r) => r.policyId === behaviour)).toMatchObject({ adoptedVersion: 2, minuteRef: 'LGB/26/8', meetingId: meeting });
    const pack = (await read(`/terms/${term}/minutes-inputs?schoolId=${libra}`).set('Accept', 'text/markdown').expect(200)).text;
    expect(pack).toContain('LGB/26/7');
    expect(pack).toContain('LGB/26/8');
  });

  it("ties actions to the meeting: the meeting's own, a visit's on the owner's list and the next meeting's agenda until done", async () => {
    const fromMeeting = await created('/actions', { title: 'Circulate the new behaviour policy', ownerId: head.id, dueOn: addDays(today, 45), source: { kind: 'meeting', id: meeting } });
    const view = (await read(`/meetings/${meeting}`).expect(200)).body as MeetingView;
    expect(view.actions).toEqual([expect.objectContaining({ id: fromMeeting.id, schoolId: libra, ownerName: 'Hana Head', sourceInWords: expect.stringMatching(/^Meeting on /) })]);
    await created(`/schools/${libra}/visits`, { visitedOn: today, purpose: 'Behaviour visit', findings: 'Calm corridors.', actions: ['Update the rewards chart'] }, bearer(governors[0].token));
    const mine = (await app.http.get('/api/me/actions').set(bearer(head.token)).set('X-Min-Position', position).expect(200)).body as ActionItem[];
    const visitAction = mine.find((a) => a.title === 'Update the rewards chart')!;
    expect(visitAction).toMatchObject({ status: 'open', ownerId: head.id });

    next = (await created('/meetings', { body: 'local-governing-body', schoolId: libra, date: addDays(today, 30) })).id;
    const nextAgenda = await agendaOf(next);
    expect(nextAgenda.previousMeetingOn).toBe(today);
    const nextActions = nextAgenda.items.filter((i) => i.kind === 'action');
    expect(nextActions.map((i) => [i.title, i.overdue])).toEqual([
      ['Check the fire log', true],
      ['Update the rewards chart', false],
      ['Circulate the new behaviour policy', false],
    ]);
    // Reports received before this meeting are not new for the next one.
    expect(nextAgenda.items.filter((i) => i.kind === 'termly-report')).toEqual([]);

    await created(`/actions/${encodeURIComponent(visitAction.id)}/completion`, { completedOn: today, note: 'Done' }, bearer(head.token));
    const open = (await read(`/actions?status=open&ownerId=${head.id}`).expect(200)).body as ActionItem[];
    expect(open.map((a) => a.title)).not.toContain('Update the rewards chart');
    const mineAfter = (await app.http.get('/api/me/actions').set(bearer(head.token)).set('X-Min-Position', position).expect(200)).body as ActionItem[];
    expect(mineAfter.find((a) => a.id === visitAction.id)?.status).toBe('done');
    expect((await agendaOf(next)).items.map((i) => i.title)).not.toContain('Update the rewards chart');
  });

  it('drafts the minutes: attendance, quorum, the items in order, each decision with its minute reference and the actions', async () => {
    const markdown = (await read(`/meetings/${meeting}/minutes`).set('Accept', 'text/markdown').expect(200)).text;
    expect(markdown).toContain('# Draft minutes: Libra School local governing body: Autumn meeting');
    expect(markdown).toMatch(/\| Gina \| Present \|/);
    expect(markdown).toMatch(/\| Glen \| Apologies accepted \|/);
    expect(markdown).toContain('3 of 4 members present; the quorum is 3: the meeting was quorate.');
    expect(markdown.indexOf('1\\. Declarations of interest')).toBeLessThan(markdown.indexOf('2\\. Review “Behaviour Policy”'));
    expect(markdown.indexOf('2\\. Review “Behaviour Policy”')).toBeGreaterThan(0);
    expect(markdown).toMatch(/\| LGB\/26\/7 \| Adopted version 2 of “Behaviour Policy” \(Libra School\) \|/);
    expect(markdown).toMatch(/\| LGB\/26\/8 \| Reviewed “Behaviour Policy” \(Libra School\): amended\. Phones section added \|/);
    expect(markdown).toContain('Circulate the new behaviour policy');
    const text = await word(`/meetings/${meeting}/minutes`);
    for (const fact of ['Attendance', 'Gina', 'quorate', 'LGB/26/7', 'LGB/26/8', 'Declarations of interest', 'Circulate the new behaviour policy']) expect(text).toContain(fact);
    await read(`/meetings/${meeting}/minutes`).set('Accept', 'application/json').expect(406);
  });

  it('refuses bad input with a problem document, appending nothing', async () => {
    const past = (await created('/meetings', { body: 'local-governing-body', schoolId: libra, date: addDays(today, -3) })).id;
    const inPast = await expectRefusedUnchanged(app, () => post(`/meetings/${past}/agenda/items`, { title: 'Too late' }), 422);
    expect(inPast).toMatchObject({ type: expect.stringContaining('meeting-in-past') });
    expect(inPast.detail).toContain('can no longer be changed');
    await expectRefusedUnchanged(app, () => post(`/meetings/${past}/agenda/order`, { order: ['added:1'] }), 422);
    // An item of another meeting's agenda.
    const otherItem = (await agendaOf(next)).items[0].id;
    await created(`/meetings/${meeting}/agenda/items/${encodeURIComponent('added:1')}/removal`, {});
    const unknown = await expectRefusedUnchanged(app, () => post(`/meetings/${next}/agenda/items/${encodeURIComponent('added:1')}/removal`, {}), 422);
    expect(unknown).toMatchObject({ type: expect.stringContaining('unknown-agenda-item') });
    await expectRefusedUnchanged(app, () => post(`/meetings/${next}/agenda/order`, { order: [otherItem, `review:${behaviour}:${aries}`] }), 422);
    await expectRefusedUnchanged(app, () => post(`/meetings/${next}/agenda/order`, { order: [otherItem, otherItem] }), 400);
    await expectRefusedUnchanged(app, () => post(`/meetings/${next}/agenda/items`, { title: '' }), 400);
    await expectRefusedUnchanged(app, () => post(`/meetings/${next}/papers`, { sentOn: addDays(today, 1) }), 422);
    // A meeting whose papers were never recorded keeps what it decided on its agenda, built as of its date.
    await created(`/meetings/${past}/decisions`, { kind: 'review-policy', minuteRef: 'LGB/26/5', policyId: charging, outcome: 'no-change' });
    await created('/actions', { title: 'Check the lettings log', ownerId: head.id, dueOn: addDays(today, 60), source: { kind: 'meeting', id: past } });
    const pastAgenda = await agendaOf(past);
    expect(pastAgenda.basis).toBe('due');
    expect(pastAgenda.items.map((i) => i.id)).toContain(`review:${charging}:${libra}`);
    expect(pastAgenda.items.map((i) => i.title)).not.toContain('Check the lettings log');
    // A meeting of another trust as an action's source; another trust's meeting is unknown here.
    const elsewhere = (await app.http.post(`/api/trusts/${other.id}/meetings`).set(bearer(other.admin.token)).send({ body: 'trust-board', date: today }).expect(201)).body.id as string;
    const source = await expectRefusedUnchanged(app, () => post('/actions', { title: 'x', ownerId: head.id, dueOn: today, source: { kind: 'meeting', id: elsewhere } }), 422);
    expect(source).toMatchObject({ type: expect.stringContaining('unknown-source') });
    await expectRefusedUnchanged(app, () => post('/actions', { title: 'x', ownerId: head.id, dueOn: today, schoolId: aries, source: { kind: 'meeting', id: meeting } }), 422);
    await read(`/meetings/${elsewhere}/agenda`).expect(404);
    await expectRefusedUnchanged(app, () => post(`/meetings/${elsewhere}/agenda/items`, { title: 'x' }), 404);
    // Governors read the agenda; they do not change it or draft minutes.
    await read(`/meetings/${meeting}/agenda`, bearer(governors[0].token)).expect(200);
    await expectRefusedUnchanged(app, () => post(`/meetings/${next}/agenda/items`, { title: 'x' }, bearer(governors[0].token)), 403);
    await read(`/meetings/${meeting}/minutes`, bearer(governors[0].token)).expect(403);
  });
});

describe('papers reminder', () => {
  let app: AppWithMail;

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: '2026-12-03' });
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it("emails the meeting's clerks once, eight days before, when papers are not recorded as sent; not when they are", async () => {
    const trust = await createTrustWithAdmin(app, { name: 'Oak Trust', schools: ['Libra School', 'Aries Academy'] });
    const admin = bearer(trust.admin.token);
    const [libra, aries] = trust.schools;
    const clerk = await addSignedInPerson(app, trust, [{ role: 'clerk' }], { name: 'Clara Clerk' });
    const libraClerk = await addSignedInPerson(app, trust, [{ role: 'clerk', schoolId: libra }], { name: 'Lia Clerk' });
    const ariesClerk = await addSignedInPerson(app, trust, [{ role: 'clerk', schoolId: aries }], { name: 'Ada Clerk' });
    await app.http.post(`/api/trusts/${trust.id}/policies`).set(admin).send({ title: 'Behaviour Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/meetings`).set(admin).send({ body: 'local-governing-body', schoolId: libra, date: '2026-12-10', title: 'Autumn' }).expect(201);
    const sent = (await app.http.post(`/api/trusts/${trust.id}/meetings`).set(admin).send({ body: 'local-governing-body', schoolId: aries, date: '2026-12-10' }).expect(201)).body.id as string;
    await app.http.post(`/api/trusts/${trust.id}/meetings/${sent}/papers`).set(admin).send({ sentOn: '2026-11-30' }).expect(201);
    for (const asOf of ['2026-12-01', '2026-12-02', '2026-12-03']) {
      await app.http.post('/api/admin/review-scan').set(admin).send({ asOf }).expect(200);
      await app.app.get(OutboxDispatcher).dispatchDue();
      if (asOf === '2026-12-01') expect(app.mail.accepted.filter((m) => m.subject.startsWith('Papers'))).toEqual([]);
    }
    const papers = app.mail.accepted.filter((m) => m.subject.startsWith('Papers'));
    expect(papers.flatMap((m) => m.to).sort()).toEqual([clerk.email, libraClerk.email].sort());
    expect(papers[0].subject).toBe('Papers due today: Libra School local governing body: Autumn (Thursday 10 December 2026)');
    expect(papers[0].text).toContain('2 December 2026, is the last day to send them and still give seven clear days.');
    expect(papers.flatMap((m) => m.to)).not.toContain(ariesClerk.email);
  });
});
