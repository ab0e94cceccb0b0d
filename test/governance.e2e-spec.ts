import { startTestApp, TestApp } from './support/test-app';
import { addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, headPosition, SignedInPerson, TestTrust } from './support/fixtures';

/*
 * The governance rows of API.md over HTTP: link governors assigned by a clerk, their visits and
 * termly reports (as themselves, or recorded by a trust admin), and the headteacher's termly
 * report. Every refusal is checked to leave the log where it was.
 */
describe('link governance and termly reports over HTTP', () => {
  let app: TestApp;
  let trust: TestTrust;
  let schoolA: string;
  let schoolB: string;
  let clerk: SignedInPerson;
  let head: SignedInPerson;
  let linkGovernor: SignedInPerson;
  let otherGovernor: SignedInPerson;
  let staff: SignedInPerson;
  let policyId: string;
  let admin: { Authorization: string };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Orion Academy'] });
    [schoolA, schoolB] = trust.schools;
    admin = bearer(trust.admin.token);
    clerk = await addSignedInPerson(app, trust, [{ role: 'clerk', schoolId: schoolA }]);
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: schoolA }]);
    linkGovernor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: schoolA }], { name: 'Priya Shah' });
    otherGovernor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: schoolA }]);
    staff = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: schoolA }]);
    const policy = await app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(admin)
      .send({ title: 'Safeguarding Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' })
      .expect(201);
    policyId = policy.body.id;
  });

  afterAll(() => app.close());

  const school = (schoolId: string) => `/api/trusts/${trust.id}/schools/${schoolId}`;

  const expectRefused = (send: Parameters<typeof expectRefusedUnchanged>[1], status: number) => expectRefusedUnchanged(app, send, status);

  describe('assigning link governors', () => {
    it('offers the school’s clerk exactly the people the assignment accepts: its governors and the trustees', async () => {
      const trustee = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Alan Trustee' });
      const elsewhere = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: schoolB }]);
      const answer = await app.http.get(`${school(schoolA)}/link-governor-candidates`).set(bearer(clerk.token)).expect(200);
      const ids = (answer.body as { id: string; name: string }[]).map((person) => person.id);
      expect(ids).toEqual(expect.arrayContaining([linkGovernor.id, otherGovernor.id, trustee.id]));
      expect(ids).not.toContain(elsewhere.id);
      expect(ids).not.toContain(head.id);
      expect(ids).not.toContain(trust.admin.id);
      expect(answer.body).toContainEqual({ id: linkGovernor.id, name: 'Priya Shah' });
      await app.http.get(`${school(schoolA)}/link-governor-candidates`).set(bearer(linkGovernor.token)).expect(403);
      await app.http.get(`${school(schoolB)}/link-governor-candidates`).set(bearer(clerk.token)).expect(403);
    });

    it('lets the school’s clerk assign a governor to an area and its policies', async () => {
      const response = await app.http
        .post(`${school(schoolA)}/link-governors`)
        .set(bearer(clerk.token))
        .send({ personId: linkGovernor.id, area: 'Safeguarding', policyIds: [policyId] })
        .expect(201);
      expect(response.body).toEqual({ id: linkGovernor.id, position: expect.any(String) });
      const list = await app.http.get(`${school(schoolA)}/link-governors`).set(bearer(head.token)).expect(200);
      expect(list.body).toEqual([{ personId: linkGovernor.id, name: 'Priya Shah', area: 'Safeguarding', policyIds: [policyId] }]);
    });

    it('answers 200 and appends nothing when the same assignment is sent again', async () => {
      const before = await headPosition(app);
      await app.http.post(`${school(schoolA)}/link-governors`).set(admin).send({ personId: linkGovernor.id, area: 'safeguarding', policyIds: [policyId] }).expect(200);
      expect(await headPosition(app)).toBe(before);
    });

    it('refuses someone who is not a governor, an unknown person, and an unknown policy', async () => {
      expect((await expectRefused(() => app.http.post(`${school(schoolA)}/link-governors`).set(admin).send({ personId: staff.id, area: 'SEND' }), 422)).code).toBe('not-a-governor');
      expect((await expectRefused(() => app.http.post(`${school(schoolA)}/link-governors`).set(admin).send({ personId: 'nobody', area: 'SEND' }), 422)).code).toBe('unknown-person');
      expect(
        (await expectRefused(() => app.http.post(`${school(schoolA)}/link-governors`).set(admin).send({ personId: otherGovernor.id, area: 'SEND', policyIds: ['not-a-policy'] }), 422)).code,
      ).toBe('unknown-policy');
    });

    it('refuses a governor of another school and lets only a trust admin or that school’s clerk assign', async () => {
      await expectRefused(() => app.http.post(`${school(schoolB)}/link-governors`).set(admin).send({ personId: linkGovernor.id, area: 'SEND' }), 422);
      await expectRefused(() => app.http.post(`${school(schoolA)}/link-governors`).set(bearer(head.token)).send({ personId: otherGovernor.id, area: 'SEND' }), 403);
      await expectRefused(() => app.http.post(`${school(schoolB)}/link-governors`).set(bearer(clerk.token)).send({ personId: otherGovernor.id, area: 'SEND' }), 403);
    });

    it('lists every missing field of an assignment, once each, as required', async () => {
      const body = await expectRefused(() => app.http.post(`${school(schoolA)}/link-governors`).set(admin).send({}), 400);
      expect(body.errors).toEqual([
        { field: 'personId', message: 'personId is required' },
        { field: 'area', message: 'area is required' },
      ]);
      expect(body.detail).toBe('personId is required; area is required');
    });

    it('says what kind of value a field wants, once, when it gets another kind', async () => {
      const body = await expectRefused(
        () => app.http.post(`${school(schoolA)}/visits`).set(bearer(linkGovernor.token)).send({ visitedOn: 20261112, purpose: 7, findings: 'Seen', policyIds: [policyId] }),
        400,
      );
      const messages = body.errors as { field: string; message: string }[];
      expect(messages.map((e) => e.field)).toEqual(['visitedOn', 'purpose']);
      expect(messages[0].message).toMatch(/^visitedOn must be a date as YYYY-MM-DD/);
      expect(messages[1].message).toBe('purpose must be text');
    });
  });

  describe('visits and link governor reports', () => {
    it('lets the link governor log their own visit, which the policy’s audit trail shows', async () => {
      const visit = await app.http
        .post(`${school(schoolA)}/visits`)
        .set(bearer(linkGovernor.token))
        .send({ visitedOn: '2026-11-12', purpose: 'Termly safeguarding check', findings: 'Single central record up to date', policyIds: [policyId], actions: ['Refresh DSL training log'] })
        .expect(201);
      const audit = await app.http.get(`/api/trusts/${trust.id}/audit?schoolId=${schoolA}&type=LinkGovernorVisitLogged`).set(admin).set('X-Min-Position', visit.body.position).expect(200);
      expect(audit.body.items[0]).toMatchObject({
        type: 'LinkGovernorVisitLogged',
        actorId: linkGovernor.id,
        data: expect.objectContaining({ governorId: linkGovernor.id, onBehalf: false, visitedOn: '2026-11-12', policyIds: [policyId] }),
      });
    });

    it('refuses a visit by a governor who is not the school’s link governor', async () => {
      const body = await expectRefused(
        () => app.http.post(`${school(schoolA)}/visits`).set(bearer(otherGovernor.token)).send({ visitedOn: '2026-11-12', purpose: 'x', findings: 'y' }),
        422,
      );
      expect(body.code).toBe('not-link-governor');
    });

    it('refuses a governor recording a visit in someone else’s name, and a headteacher recording one', async () => {
      await expectRefused(
        () => app.http.post(`${school(schoolA)}/visits`).set(bearer(otherGovernor.token)).send({ visitedOn: '2026-11-12', purpose: 'x', findings: 'y', governorId: linkGovernor.id }),
        403,
      );
      await expectRefused(() => app.http.post(`${school(schoolA)}/visits`).set(bearer(head.token)).send({ visitedOn: '2026-11-12', purpose: 'x', findings: 'y' }), 403);
    });

    it('lets a trust admin record a visit on the link governor’s behalf', async () => {
      const visit = await app.http
        .post(`${school(schoolA)}/visits`)
        .set(admin)
        .send({ visitedOn: '2026-10-01', purpose: 'Learning walk', findings: 'Posters in every room', governorId: linkGovernor.id })
        .expect(201);
      const audit = await app.http.get(`/api/trusts/${trust.id}/audit?type=LinkGovernorVisitLogged&order=oldest`).set(admin).set('X-Min-Position', visit.body.position).expect(200);
      expect(audit.body.items.map((i: { data: { onBehalf: boolean } }) => i.data.onBehalf)).toContain(true);
    });

    it('takes the link governor’s termly report in the words schools use for terms', async () => {
      const report = await app.http
        .post(`${school(schoolA)}/link-governor-reports`)
        .set(bearer(linkGovernor.token))
        .send({ term: 'Autumn 2026', summary: 'Safeguarding is effective.', policyIds: [policyId], recommendations: 'Add online safety to the next INSET' })
        .expect(201);
      const audit = await app.http.get(`/api/trusts/${trust.id}/audit?type=LinkGovernorReported`).set(admin).set('X-Min-Position', report.body.position).expect(200);
      expect(audit.body.items[0].data).toMatchObject({ term: '2026-autumn', governorId: linkGovernor.id });
      const compliance = await app.http.get(`/api/trusts/${trust.id}/compliance`).set(admin).set('X-Min-Position', report.body.position).expect(200);
      expect(compliance.body.schools.find((s: { schoolId: string }) => s.schoolId === schoolA)).toMatchObject({ linkGovernorReportsThisTerm: 1 });
    });

    it('refuses a report for a term beyond the next one, and a malformed term', async () => {
      await expectRefused(() => app.http.post(`${school(schoolA)}/link-governor-reports`).set(bearer(linkGovernor.token)).send({ term: '2028-summer', summary: 'x' }), 422);
      await expectRefused(() => app.http.post(`${school(schoolA)}/link-governor-reports`).set(bearer(linkGovernor.token)).send({ term: 'Winter 2026', summary: 'x' }), 400);
    });

    it('ends a link: the governor can no longer log visits', async () => {
      await app.http.post(`${school(schoolA)}/link-governors`).set(admin).send({ personId: otherGovernor.id, area: 'SEND' }).expect(201);
      await app.http.delete(`${school(schoolA)}/link-governors/${otherGovernor.id}?area=SEND`).set(bearer(clerk.token)).expect(201);
      await expectRefused(() => app.http.post(`${school(schoolA)}/visits`).set(bearer(otherGovernor.token)).send({ visitedOn: '2026-11-12', purpose: 'x', findings: 'y' }), 422);
      await expectRefused(() => app.http.delete(`${school(schoolA)}/link-governors/${otherGovernor.id}`).set(admin), 422);
    });
  });

  describe('termly reports', () => {
    it('takes the headteacher’s report; a second one for the term supersedes it', async () => {
      const first = await app.http
        .post(`${school(schoolA)}/termly-reports`)
        .set(bearer(head.token))
        .send({ term: '2026-autumn', summary: 'A settled term.', incidents: { bullying: 2, racist: 0 }, training: ['Prevent refresher'] })
        .expect(201);
      expect(first.body).toMatchObject({ submission: 1, position: expect.any(String) });
      const second = await app.http
        .post(`${school(schoolA)}/termly-reports`)
        .set(admin)
        .send({ term: 'Autumn term 2026', summary: 'A settled term (corrected).', incidents: { bullying: 3 }, training: 'Prevent refresher\nFire safety' })
        .expect(201);
      expect(second.body.submission).toBe(2);
      const compliance = await app.http.get(`/api/trusts/${trust.id}/compliance`).set(admin).set('X-Min-Position', second.body.position).expect(200);
      expect(compliance.body.schools.find((s: { schoolId: string }) => s.schoolId === schoolA)).toMatchObject({ termlyReportSubmitted: true });
      expect(compliance.body.schools.find((s: { schoolId: string }) => s.schoolId === schoolB)).toMatchObject({ termlyReportSubmitted: false });
    });

    it('lets only that school’s headteacher or a trust admin submit', async () => {
      await expectRefused(() => app.http.post(`${school(schoolA)}/termly-reports`).set(bearer(linkGovernor.token)).send({ term: '2026-autumn', summary: 'x' }), 403);
      await expectRefused(() => app.http.post(`${school(schoolB)}/termly-reports`).set(bearer(head.token)).send({ term: '2026-autumn', summary: 'x' }), 403);
    });

    it('refuses negative or non-numeric incident counts', async () => {
      await expectRefused(() => app.http.post(`${school(schoolA)}/termly-reports`).set(admin).send({ term: '2026-autumn', summary: 'x', incidents: { bullying: -1 } }), 400);
      await expectRefused(() => app.http.post(`${school(schoolA)}/termly-reports`).set(admin).send({ term: '2026-autumn', summary: 'x', incidents: { bullying: 'two' } }), 400);
    });
  });
});
