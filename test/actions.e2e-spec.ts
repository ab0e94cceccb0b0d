import type { ActionItem, TrustCompliance } from '@governance/contracts';
import { OutboxDispatcher } from '@governance/notifications';
import { addPerson, addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, SignedInPerson, TestTrust } from './support/fixtures';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Actions over HTTP on a fixed today (CLOCK_TODAY 2026-11-24): a visit's "actions agreed" lines
 * become the headteacher's actions, set directly, listed by status, owner and school, overdue by
 * the date, marked done, counted on the dashboard; bad input is refused with nothing appended.
 */
describe('actions', () => {
  let app: TestApp;
  let trust: TestTrust;
  let libra: string;
  let aries: string;
  let head: SignedInPerson;
  let governor: SignedInPerson;
  let clerk: SignedInPerson;
  let visitId: string;
  let position = '0';

  const path = (suffix = '') => `/api/trusts/${trust.id}/actions${suffix}`;
  const list = async (query: string, token = trust.admin.token): Promise<ActionItem[]> =>
    (await app.http.get(path(query)).set(bearer(token)).set('X-Min-Position', position).expect(200)).body as ActionItem[];
  const wrote = <R extends { body: { position: string } }>(response: R): R => {
    position = response.body.position;
    return response;
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Aries Academy'] });
    [libra, aries] = trust.schools;
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: libra }], { name: 'Hana Head' });
    governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }], { name: 'Gil Governor' });
    clerk = await addSignedInPerson(app, trust, [{ role: 'clerk' }], { name: 'Cleo Clerk' });
    await app.http.post(`/api/trusts/${trust.id}/schools/${libra}/link-governors`).set(bearer(trust.admin.token)).send({ personId: governor.id, area: 'Safeguarding' }).expect(201);
    wrote(
      await app.http
        .post(`/api/trusts/${trust.id}/schools/${libra}/visits`)
        .set(bearer(governor.token))
        .send({ visitedOn: '2026-10-06', purpose: 'Safeguarding visit', findings: 'Records in order.', actions: ['Check the fire log', 'Brief staff on Prevent'] })
        .expect(201),
    );
    const audit = await app.http.get(`/api/trusts/${trust.id}/audit?type=LinkGovernorVisitLogged`).set(bearer(trust.admin.token)).set('X-Min-Position', position).expect(200);
    visitId = audit.body.items[0].eventId as string;
  }, 60_000);
  afterAll(() => app.close());

  it("turns each line of a visit's actions agreed into an action of the headteacher, due six weeks after the visit", async () => {
    const actions = await list(`?schoolId=${libra}`);
    expect(actions.map((a) => [a.title, a.ownerId, a.ownerName, a.dueOn, a.status, a.sourceInWords])).toEqual([
      ['Check the fire log', head.id, 'Hana Head', '2026-11-17', 'overdue', 'Link governor visit on 6 October 2026'],
      ['Brief staff on Prevent', head.id, 'Hana Head', '2026-11-17', 'overdue', 'Link governor visit on 6 October 2026'],
    ]);
    expect(actions[0]).toMatchObject({ id: `${visitId}_1`, schoolId: libra, source: { kind: 'visit', id: visitId, on: '2026-10-06' } });
    const mine = (await app.http.get('/api/me/actions').set(bearer(head.token)).set('X-Min-Position', position).expect(200)).body as ActionItem[];
    expect(mine.map((a) => a.title)).toEqual(['Check the fire log', 'Brief staff on Prevent']);
  });

  it('sets actions directly and lists them by status, owner and school; overdue is open and past due', async () => {
    const fromVisit = wrote(
      await app.http.post(path()).set(bearer(governor.token)).send({ title: 'Share the filtering report', ownerId: governor.id, dueOn: '2026-12-15', source: { kind: 'visit', id: visitId } }).expect(201),
    );
    const atAries = wrote(await app.http.post(path()).set(bearer(clerk.token)).send({ title: 'Publish the governance statement', ownerId: clerk.id, dueOn: '2026-11-30', schoolId: aries }).expect(201));
    const trustLevel = wrote(await app.http.post(path()).set(bearer(trust.admin.token)).send({ title: 'Renew insurance', ownerId: trust.admin.id, dueOn: '2026-11-01' }).expect(201));

    const governorsOwn = await list(`?ownerId=${governor.id}`);
    expect(governorsOwn).toEqual([expect.objectContaining({ id: fromVisit.body.id, schoolId: libra, status: 'open', sourceInWords: 'Link governor visit on 6 October 2026' })]);
    expect((await list(`?schoolId=${aries}`)).map((a) => a.id)).toEqual([atAries.body.id]);
    expect((await list('?status=overdue')).map((a) => a.title)).toEqual(['Renew insurance', 'Check the fire log', 'Brief staff on Prevent']);
    expect((await list('?status=open')).length).toBe(5);
    expect(await list('?status=done')).toEqual([]);
    // The headteacher of Libra reads Libra's actions only: not Aries', not the trust's own.
    expect((await list('', head.token)).map((a) => a.schoolId)).toEqual([libra, libra, libra]);
    expect((await list('')).find((a) => a.id === trustLevel.body.id)).toMatchObject({ schoolId: null, sourceInWords: 'Recorded directly' });
  });

  it('marks an action done with a note: it leaves the open list; the same completion again changes nothing, another is refused', async () => {
    const actionId = `${visitId}_1`;
    wrote(await app.http.post(path(`/${actionId}/completion`)).set(bearer(head.token)).send({ completedOn: '2026-11-23', note: 'Fire log checked with the site manager' }).expect(201));
    await app.http.post(path(`/${actionId}/completion`)).set(bearer(head.token)).send({ completedOn: '2026-11-23', note: 'Fire log checked with the site manager' }).expect(200);
    const again = await expectRefusedUnchanged(app, () => app.http.post(path(`/${actionId}/completion`)).set(bearer(head.token)).send({ completedOn: '2026-11-24' }), 422);
    expect(again).toMatchObject({ code: 'action-already-done', detail: 'This action was marked done on 2026-11-23; it cannot be marked done again.' });

    expect((await list('?status=open')).map((a) => a.id)).not.toContain(actionId);
    expect(await list(`?status=done&schoolId=${libra}`)).toEqual([
      expect.objectContaining({ id: actionId, status: 'done', completedOn: '2026-11-23', note: 'Fire log checked with the site manager' }),
    ]);
    const mine = (await app.http.get('/api/me/actions').set(bearer(head.token)).set('X-Min-Position', position).expect(200)).body as ActionItem[];
    expect(mine.map((a) => [a.title, a.status])).toEqual([['Brief staff on Prevent', 'overdue'], ['Check the fire log', 'done']]);
  });

  it("follows up an evaluation's point answered no, and says so", async () => {
    const policy = await app.http.post(`/api/trusts/${trust.id}/policies`).set(bearer(trust.admin.token))
      .send({ title: 'Charging and remissions', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/policies/${policy.body.id}/versions`).set(bearer(trust.admin.token)).send({ summary: 'First version' }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/schools/${aries}/policies/${policy.body.id}/adoptions`).set(bearer(trust.admin.token))
      .send({ version: 1, adoptedOn: '2026-09-01', approvedBy: 'local-governing-body' }).expect(201);
    wrote(
      await app.http.post(`/api/trusts/${trust.id}/schools/${aries}/policies/${policy.body.id}/evaluations`).set(bearer(trust.admin.token))
        .send({ evaluatedOn: '2026-09-30', effectivenessStatement: 'Effective once funded.', checklist: [{ point: 'Funding in place', answer: 'no' }, { point: 'Coordinator in place', answer: 'yes' }] })
        .expect(201),
    );
    const audit = await app.http.get(`/api/trusts/${trust.id}/audit?type=PolicyEvaluated`).set(bearer(trust.admin.token)).set('X-Min-Position', position).expect(200);
    const evaluationId = audit.body.items[0].eventId as string;
    const notNo = await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(clerk.token)).send({ title: 'Agree a budget line', ownerId: clerk.id, dueOn: '2027-01-31', source: { kind: 'evaluation', id: evaluationId }, point: 'Coordinator in place' }), 422);
    expect(notNo).toMatchObject({ code: 'point-not-answered-no' });
    const opened = wrote(await app.http.post(path()).set(bearer(clerk.token)).send({ title: 'Agree a budget line', ownerId: clerk.id, dueOn: '2027-01-31', source: { kind: 'evaluation', id: evaluationId } }).expect(201));
    const [action] = (await list(`?ownerId=${clerk.id}`)).filter((a) => a.id === opened.body.id);
    expect(action).toMatchObject({ schoolId: aries, sourceInWords: 'Policy evaluation on 30 September 2026: “Funding in place” answered no' });
    // Done at once, so the figures below count the actions they did before.
    wrote(await app.http.post(path(`/${opened.body.id}/completion`)).set(bearer(clerk.token)).send({ completedOn: '2026-11-24' }).expect(201));
  });

  it('gives an action another owner and due date', async () => {
    const actionId = `${visitId}_2`;
    const changed = wrote(await app.http.patch(path(`/${actionId}`)).set(bearer(head.token)).send({ ownerId: governor.id, dueOn: '2027-01-15' }).expect(200));
    expect(changed.body).toMatchObject({ id: actionId, changed: true });
    expect((await list(`?ownerId=${governor.id}`)).find((a) => a.id === actionId)).toMatchObject({ status: 'open', dueOn: '2027-01-15' });
  });

  it('counts open and overdue actions on the dashboard, per school and in the totals', async () => {
    const compliance = (await app.http.get(`/api/trusts/${trust.id}/compliance`).set(bearer(trust.admin.token)).set('X-Min-Position', position).expect(200)).body as TrustCompliance;
    const bySchool = Object.fromEntries(compliance.schools.map((s) => [s.schoolId, [s.openActions, s.overdueActions]]));
    // Libra: the filtering report and Prevent (moved to January): open, none overdue. Aries: one open. Trust: insurance, overdue.
    expect(bySchool).toEqual({ [libra]: [2, 0], [aries]: [1, 0] });
    expect(compliance.totals).toMatchObject({ openActions: 4, overdueActions: 1 });
  });

  describe('refuses bad input with a problem document, appending nothing', () => {
    const valid = () => ({ title: 'Check the register', ownerId: head.id, dueOn: '2026-12-01', schoolId: libra });

    it('an owner of another trust (422 naming ownerId)', async () => {
      const other = await createTrustWithAdmin(app, { schools: 1 });
      const stranger = await addPerson(app, other.id, other.admin.token, [{ role: 'staff', schoolId: other.schools[0] }]);
      const problem = await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(trust.admin.token)).send({ ...valid(), ownerId: stranger.id }), 422);
      expect(problem).toMatchObject({ code: 'unknown-person', detail: 'ownerId does not name a person of this trust.' });
    });

    it('a due date that is not a date, an empty title', async () => {
      const notDate = await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(trust.admin.token)).send({ ...valid(), dueOn: 'next Friday' }), 400);
      expect(notDate.errors).toEqual([expect.objectContaining({ field: 'dueOn' })]);
      const impossible = await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(trust.admin.token)).send({ ...valid(), dueOn: '2026-02-30' }), 400);
      expect(JSON.stringify(impossible)).toContain('dueOn');
      const empty = await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(trust.admin.token)).send({ ...valid(), title: '   ' }), 400);
      expect(empty.errors).toEqual([expect.objectContaining({ field: 'title' })]);
    });

    it('a source that does not exist', async () => {
      const problem = await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(trust.admin.token)).send({ ...valid(), source: { kind: 'visit', id: 'no-such-visit' } }), 422);
      expect(problem).toMatchObject({ code: 'unknown-source' });
      const kind = await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(trust.admin.token)).send({ ...valid(), source: { kind: 'letter', id: visitId } }), 400);
      expect(JSON.stringify(kind)).toContain('source.kind');
    });

    it("completing someone else's action without the role; a governor setting an action not from their visit", async () => {
      const staff = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: libra }]);
      const problem = await expectRefusedUnchanged(app, () => app.http.post(path(`/${visitId}_2/completion`)).set(bearer(staff.token)).send({ completedOn: '2026-11-24' }), 403);
      expect(problem.detail).toBe("Only the action's owner, the clerk or a trust admin can mark it done.");
      await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(governor.token)).send(valid()), 403);
      await expectRefusedUnchanged(app, () => app.http.post(path('/no-such-action/completion')).set(bearer(trust.admin.token)).send({ completedOn: '2026-11-24' }), 404);
    });
  });

  it('takes the actions of a withdrawn visit away: they are listed nowhere and cannot be marked done', async () => {
    const logged = wrote(
      await app.http.post(`/api/trusts/${trust.id}/schools/${libra}/visits`).set(bearer(governor.token))
        .send({ visitedOn: '2026-11-20', purpose: 'Wrong school', findings: 'Logged here by mistake.', actions: ['Tidy the library'] }).expect(201),
    );
    const audit = await app.http.get(`/api/trusts/${trust.id}/audit?type=LinkGovernorVisitLogged`).set(bearer(trust.admin.token)).set('X-Min-Position', logged.body.position).expect(200);
    const eventId = audit.body.items[0].eventId as string;
    expect((await list(`?schoolId=${libra}`)).map((a) => a.title)).toContain('Tidy the library');
    wrote(await app.http.post(`/api/trusts/${trust.id}/entries/${eventId}/withdrawal`).set(bearer(governor.token)).send({ reason: 'Logged at the wrong school' }).expect(201));
    expect((await list('')).map((a) => a.title)).not.toContain('Tidy the library');
    await expectRefusedUnchanged(app, () => app.http.post(path(`/${eventId}_1/completion`)).set(bearer(head.token)).send({ completedOn: '2026-11-24' }), 404);
    await expectRefusedUnchanged(app, () => app.http.post(path()).set(bearer(trust.admin.token)).send({ title: 'From a withdrawn visit', ownerId: head.id, dueOn: '2026-12-01', source: { kind: 'visit', id: eventId } }), 422);
  });
});

describe('overdue actions in the weekly digest', () => {
  let app: AppWithMail;

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: '2026-11-24' });
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it("lists each owner's overdue actions in their digest, and none when the trust has no digest", async () => {
    const trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    const head = await addPerson(app, trust.id, trust.admin.token, [{ role: 'headteacher', schoolId: trust.schools[0] }]);
    const admin = bearer(trust.admin.token);
    await app.http.post(`/api/trusts/${trust.id}/actions`).set(admin).send({ title: 'Update the SEND information report', ownerId: head.id, dueOn: '2026-11-10', schoolId: trust.schools[0] }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/actions`).set(admin).send({ title: 'Not due yet', ownerId: head.id, dueOn: '2026-12-10', schoolId: trust.schools[0] }).expect(201);
    const digests = () => app.mail.accepted.filter((m) => m.to.includes(head.email) && m.subject.startsWith('Policy reviews this week'));

    await app.http.post('/api/admin/review-scan').set(admin).send({}).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    expect(digests()).toEqual([]);

    await app.http.put(`/api/trusts/${trust.id}/reminder-settings`).set(admin).send({ weeklyDigest: true }).expect(201);
    await app.http.post('/api/admin/review-scan').set(admin).send({}).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    const [digest] = digests();
    expect(digest.subject).toBe('Policy reviews this week: 1 overdue action');
    expect(digest.text).toContain('  - Update the SEND information report, Libra School: was due 10 November 2026 (14 days ago)\n    From: Recorded directly');
    expect(digest.text).not.toContain('Not due yet');
  });
});
