import { startTestApp, TestApp } from './support/test-app';
import {
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  expectRefusedUnchanged,
  headPosition,
  SignedInPerson,
  TestTrust,
} from './support/fixtures';
import { fullEia } from './support/policy-fixtures';

/*
 * The policy routes of API.md over HTTP: the trust's policies, versions, trust-level approvals,
 * reviews and retirement, the starter catalogue, and each school's adoptions, reviews, EIAs and
 * evaluations. Every refusal is checked to leave the log where it was.
 */
describe('policies over HTTP', () => {
  let app: TestApp;
  let trust: TestTrust;
  let other: TestTrust;
  let schoolA: string;
  let schoolB: string;
  let head: SignedInPerson;
  let staff: SignedInPerson;
  let governor: SignedInPerson;
  let admin: { Authorization: string };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Orion Academy'] });
    other = await createTrustWithAdmin(app, { schools: 1 });
    [schoolA, schoolB] = trust.schools;
    admin = bearer(trust.admin.token);
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: schoolA }]);
    staff = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: schoolA }]);
    governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: schoolA }]);
  });

  afterAll(() => app.close());

  const expectRefused = (send: Parameters<typeof expectRefusedUnchanged>[1], status: number) => expectRefusedUnchanged(app, send, status);

  const policies = () => `/api/trusts/${trust.id}/policies`;
  const schoolPolicy = (schoolId: string, policyId: string) => `/api/trusts/${trust.id}/schools/${schoolId}/policies/${policyId}`;

  async function registerPolicy(body: Record<string, unknown>): Promise<string> {
    const response = await app.http.post(policies()).set(admin).send(body).expect(201);
    return response.body.id as string;
  }

  async function draftVersion(policyId: string, summary = 'First version'): Promise<number> {
    const response = await app.http.post(`${policies()}/${policyId}/versions`).set(admin).send({ summary }).expect(201);
    return response.body.version as number;
  }

  describe('the trust’s policies', () => {
    it('registers a policy and lists it with its versions', async () => {
      const response = await app.http
        .post(policies())
        .set(admin)
        .send({ title: 'Social Media Policy', scope: 'school', reviewCycleMonths: 'bi-annually', approver: 'local-governing-body', category: 'safeguarding' })
        .expect(201);
      expect(response.body).toEqual({ id: expect.any(String), position: expect.stringMatching(/^\d+$/) });
      const policyId = response.body.id as string;

      expect(await draftVersion(policyId)).toBe(1);
      const second = await app.http.post(`${policies()}/${policyId}/versions`).set(admin).send({ summary: 'Adds TikTok', documentUrl: 'https://example.org/v2.docx' }).expect(201);
      expect(second.body).toMatchObject({ id: policyId, version: 2 });

      const list = await app.http.get(policies()).set(admin).set('X-Min-Position', second.body.position).expect(200);
      expect(list.body).toContainEqual(
        expect.objectContaining({ id: policyId, title: 'Social Media Policy', scope: 'school', currentVersion: 2, reviewCycleMonths: 24, eiaRequired: true, statutory: false, retired: false }),
      );
      const one = await app.http.get(`${policies()}/${policyId}`).set(bearer(head.token)).expect(200);
      expect(one.body).toMatchObject({ id: policyId, currentVersion: 2 });
    });

    it('lists every missing or malformed field of a registration at once', async () => {
      const body = await expectRefused(() => app.http.post(policies()).set(admin).send({ scope: 'everywhere', reviewCycleMonths: 12 }), 400);
      const fields = (body.errors as { field: string }[]).map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['title', 'scope', 'approver']));
    });

    it('refuses a review cycle outside 1-60 months with a 400 naming the field', async () => {
      const body = await expectRefused(
        () => app.http.post(policies()).set(admin).send({ title: 'X', scope: 'school', reviewCycleMonths: 61, approver: 'headteacher' }),
        400,
      );
      expect(JSON.stringify(body)).toContain('reviewCycleMonths');
    });

    it('lets only a trust admin register policies and draft versions', async () => {
      const policyId = await registerPolicy({ title: 'Uniform Policy', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher' });
      await expectRefused(() => app.http.post(policies()).set(bearer(head.token)).send({ title: 'Mine', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher' }), 403);
      await expectRefused(() => app.http.post(`${policies()}/${policyId}/versions`).set(bearer(governor.token)).send({ summary: 'x' }), 403);
    });

    it('answers 404 for an unknown policy and for another trust’s policy', async () => {
      await expectRefused(() => app.http.post(`${policies()}/no-such-policy/versions`).set(admin).send({ summary: 'x' }), 404);
      const theirs = await app.http
        .post(`/api/trusts/${other.id}/policies`)
        .set(bearer(other.admin.token))
        .send({ title: 'Their policy', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher' })
        .expect(201);
      await expectRefused(() => app.http.post(`${policies()}/${theirs.body.id}/versions`).set(admin).send({ summary: 'x' }), 404);
      await app.http.get(`${policies()}/${theirs.body.id}`).set(admin).expect(404);
    });

    it('approves and reviews a trust-scope policy at trust level', async () => {
      const policyId = await registerPolicy({ title: 'Complaints Policy', scope: 'trust', reviewCycleMonths: 12, approver: 'trust-board' });
      await draftVersion(policyId);
      const approved = await app.http
        .post(`${policies()}/${policyId}/approvals`)
        .set(admin)
        .send({ version: 1, approvedOn: '2025-10-15', body: 'trust-board', minuteRef: 'TB/25/07' })
        .expect(201);
      expect(approved.body).toEqual({ id: policyId, position: expect.any(String) });

      const reviewed = await app.http
        .post(`${policies()}/${policyId}/reviews`)
        .set(admin)
        .send({ reviewedOn: '2026-10-14', outcome: 'no-change', nextReviewDue: 'Summer 2027' })
        .expect(201);
      const list = await app.http.get(policies()).set(admin).set('X-Min-Position', reviewed.body.position).expect(200);
      const row = (list.body as { id: string }[]).find((p) => p.id === policyId);
      expect(row).toMatchObject({ approvedVersion: 1, lastReviewedOn: '2026-10-14', nextReviewDue: expect.stringMatching(/^2027-0[78]-\d\d$/) });
    });

    it('refuses trust-level approvals of unknown versions and of school-scope policies', async () => {
      const trustScope = await registerPolicy({ title: 'Whistleblowing', scope: 'trust', reviewCycleMonths: 36, approver: 'trust-board' });
      await draftVersion(trustScope);
      const unknown = await expectRefused(
        () => app.http.post(`${policies()}/${trustScope}/approvals`).set(admin).send({ version: 3, approvedOn: '2026-01-10', body: 'trust-board' }),
        422,
      );
      expect(unknown.code).toBe('unknown-version');

      const schoolScope = await registerPolicy({ title: 'Homework', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher' });
      await draftVersion(schoolScope);
      const refused = await expectRefused(
        () => app.http.post(`${policies()}/${schoolScope}/approvals`).set(admin).send({ version: 1, approvedOn: '2026-01-10', body: 'trust-board' }),
        422,
      );
      expect(refused.code).toBe('not-trust-scope');
      await expectRefused(() => app.http.post(`${policies()}/${schoolScope}/reviews`).set(admin).send({ reviewedOn: '2026-01-10', outcome: 'amended' }), 422);
    });

    it('refuses an approval dated in the future and a date that does not exist', async () => {
      const policyId = await registerPolicy({ title: 'Lettings', scope: 'trust', reviewCycleMonths: 12, approver: 'trust-board' });
      await draftVersion(policyId);
      await expectRefused(() => app.http.post(`${policies()}/${policyId}/approvals`).set(admin).send({ version: 1, approvedOn: '2027-01-10', body: 'trust-board' }), 422);
      await expectRefused(() => app.http.post(`${policies()}/${policyId}/approvals`).set(admin).send({ version: 1, approvedOn: '2026-02-30', body: 'trust-board' }), 400);
    });

    it('retires a policy: it leaves the registers and can no longer change', async () => {
      const policyId = await registerPolicy({ title: 'Old ICT Policy', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher' });
      await draftVersion(policyId);
      const retired = await app.http.post(`${policies()}/${policyId}/retirement`).set(admin).send({ reason: 'Replaced by Online Safety' }).expect(201);
      const refused = await expectRefused(() => app.http.post(`${policies()}/${policyId}/versions`).set(admin).send({ summary: 'v2' }), 422);
      expect(refused.code).toBe('policy-retired');
      const register = await app.http.get(`/api/trusts/${trust.id}/schools/${schoolA}/policies`).set(admin).set('X-Min-Position', retired.body.position).expect(200);
      expect((register.body as { policyId: string }[]).map((row) => row.policyId)).not.toContain(policyId);
    });
  });

  describe('the starter catalogue', () => {
    it('lists the statutory policies a trust must keep', async () => {
      const response = await app.http.get('/api/catalogue').set(admin).expect(200);
      const keys = (response.body as { key: string }[]).map((entry) => entry.key);
      expect(keys).toEqual(expect.arrayContaining(['safeguarding-child-protection', 'behaviour', 'complaints', 'accessibility-plan', 'equality-information-objectives']));
      const accessibility = (response.body as { key: string; reviewCycleMonths: number }[]).find((e) => e.key === 'accessibility-plan');
      expect(accessibility?.reviewCycleMonths).toBe(36);
    });

    it('gives the points of the policy evaluation form that the server checks evaluations against', async () => {
      await app.http.get('/api/evaluation-form').expect(401);
      const form = await app.http.get('/api/evaluation-form').set(admin).expect(200);
      expect(form.body.points).toHaveLength(26);
      expect(form.body.points[0]).toBe('Policy annually reviewed');
      expect(form.body.points).toContain('Equality Impact Assessment undertaken');
    });

    it('adds chosen entries once, however often it is asked', async () => {
      const first = await app.http.post(`${policies()}/catalogue`).set(admin).send({ keys: ['behaviour', 'first-aid'] }).expect(201);
      expect(first.body.added.map((a: { key: string }) => a.key)).toEqual(['behaviour', 'first-aid']);
      const again = await app.http.post(`${policies()}/catalogue`).set(admin).send({ keys: ['behaviour'] }).expect(200);
      expect(again.body).toMatchObject({ added: [], alreadyPresent: [{ key: 'behaviour', id: first.body.added[0].id }] });
      const list = await app.http.get(policies()).set(admin).set('X-Min-Position', first.body.position).expect(200);
      expect((list.body as { catalogueKey: string }[]).filter((p) => p.catalogueKey === 'behaviour')).toHaveLength(1);
    });

    it('refuses unknown keys before adding anything', async () => {
      const body = await expectRefused(() => app.http.post(`${policies()}/catalogue`).set(admin).send({ keys: ['pay', 'no-such-policy'] }), 400);
      expect(body.detail).toContain('no-such-policy');
    });

    it('adds the whole catalogue to a new trust in one request', async () => {
      const fresh = await createTrustWithAdmin(app);
      const response = await app.http.post(`/api/trusts/${fresh.id}/policies/catalogue`).set(bearer(fresh.admin.token)).send({}).expect(201);
      const catalogue = await app.http.get('/api/catalogue').set(bearer(fresh.admin.token)).expect(200);
      expect(response.body.added).toHaveLength(catalogue.body.length);
    });
  });

  describe('a school’s policy', () => {
    let policyId: string;

    beforeAll(async () => {
      policyId = await registerPolicy({ title: 'Anti-bullying Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' });
      await draftVersion(policyId);
      await draftVersion(policyId, 'Second version');
    });

    it('refuses a review before the school has adopted the policy', async () => {
      const body = await expectRefused(
        () => app.http.post(`${schoolPolicy(schoolA, policyId)}/reviews`).set(bearer(head.token)).send({ reviewedOn: '2026-01-10', outcome: 'no-change' }),
        422,
      );
      expect(body.code).toBe('policy-not-adopted');
    });

    it('adopts a version, then reviews it; the register shows the new status', async () => {
      await app.http
        .post(`${schoolPolicy(schoolA, policyId)}/adoptions`)
        .set(bearer(head.token))
        .send({ version: 1, adoptedOn: '2024-03-14', approvedBy: 'local-governing-body', localAmendments: 'Named DSL added' })
        .expect(201);
      let register = await app.http.get(`/api/trusts/${trust.id}/schools/${schoolA}/policies`).set(admin).set('X-Min-Position', await headPosition(app)).expect(200);
      expect(register.body).toContainEqual(expect.objectContaining({ policyId, status: 'overdue', adoptedVersion: 1, currentVersion: 2, nextReviewDue: '2025-03-14' }));

      const reviewed = await app.http
        .post(`${schoolPolicy(schoolA, policyId)}/reviews`)
        .set(bearer(staff.token))
        .send({ reviewedOn: '2026-11-02', outcome: 'amended', notes: 'Updated reporting routes', nextReviewDue: '2027-autumn' })
        .expect(201);
      register = await app.http.get(`/api/trusts/${trust.id}/schools/${schoolA}/policies`).set(admin).set('X-Min-Position', reviewed.body.position).expect(200);
      expect(register.body).toContainEqual(
        expect.objectContaining({ policyId, status: 'in-date', lastReviewedOn: '2026-11-02', nextReviewDue: expect.stringMatching(/^2027-12-\d\d$/), eia: 'missing' }),
      );
      const atOther = await app.http.get(`/api/trusts/${trust.id}/schools/${schoolB}/policies`).set(admin).expect(200);
      expect(atOther.body).toContainEqual(expect.objectContaining({ policyId, status: 'not-adopted' }));
    });

    it('refuses adopting the adopted version again, an unknown version, and a future date', async () => {
      expect((await expectRefused(() => app.http.post(`${schoolPolicy(schoolA, policyId)}/adoptions`).set(admin).send({ version: 1, adoptedOn: '2026-01-10' }), 422)).code).toBe(
        'version-already-adopted',
      );
      expect((await expectRefused(() => app.http.post(`${schoolPolicy(schoolA, policyId)}/adoptions`).set(admin).send({ version: 9, adoptedOn: '2026-01-10' }), 422)).code).toBe(
        'unknown-version',
      );
      await expectRefused(() => app.http.post(`${schoolPolicy(schoolA, policyId)}/adoptions`).set(admin).send({ version: 2, adoptedOn: '2026-12-25' }), 422);
    });

    it('lets only the school’s headteacher and staff, or a trust admin, work on its policies', async () => {
      await expectRefused(() => app.http.post(`${schoolPolicy(schoolB, policyId)}/adoptions`).set(bearer(head.token)).send({ version: 1, adoptedOn: '2026-01-10' }), 403);
      await expectRefused(() => app.http.post(`${schoolPolicy(schoolA, policyId)}/adoptions`).set(bearer(governor.token)).send({ version: 2, adoptedOn: '2026-01-10' }), 403);
      await app.http.post(`${schoolPolicy(schoolB, policyId)}/adoptions`).set(admin).send({ version: 2, adoptedOn: '2026-01-10' }).expect(201);
    });

    it('answers 404 for a school of another trust or an unknown policy', async () => {
      await expectRefused(() => app.http.post(`/api/trusts/${trust.id}/schools/${other.schools[0]}/policies/${policyId}/adoptions`).set(admin).send({ version: 1, adoptedOn: '2026-01-10' }), 404);
      await expectRefused(() => app.http.post(`${schoolPolicy(schoolA, 'unknown-policy')}/adoptions`).set(admin).send({ version: 1, adoptedOn: '2026-01-10' }), 404);
    });

    it('records an EIA with the nine characteristics and shows it complete', async () => {
      const done = await app.http
        .post(`${schoolPolicy(schoolA, policyId)}/eia`)
        .set(bearer(head.token))
        .send({ completedOn: '2026-11-02', impacts: fullEia(), fullAssessmentRequired: false, conclusion: 'No negative impact identified.', approvedOn: '2026-11-03' })
        .expect(201);
      const register = await app.http.get(`/api/trusts/${trust.id}/schools/${schoolA}/policies`).set(admin).set('X-Min-Position', done.body.position).expect(200);
      expect(register.body).toContainEqual(expect.objectContaining({ policyId, eia: 'complete' }));
    });

    it('refuses an EIA that leaves out a characteristic, naming it', async () => {
      const impacts: Record<string, unknown> = { ...fullEia() };
      delete impacts['pregnancy-maternity'];
      const body = await expectRefused(
        () => app.http.post(`${schoolPolicy(schoolA, policyId)}/eia`).set(admin).send({ completedOn: '2026-11-02', impacts, fullAssessmentRequired: false, conclusion: 'x' }),
        400,
      );
      expect(JSON.stringify(body)).toContain('pregnancy-maternity');
    });

    it('records an evaluation checklist and statement of effectiveness', async () => {
      const evaluated = await app.http
        .post(`${schoolPolicy(schoolA, policyId)}/evaluations`)
        .set(bearer(head.token))
        .send({
          evaluatedOn: '2026-11-10',
          checklist: [
            { point: 'The policy is known to staff', answer: 'yes', evidence: 'INSET 2 Sept' },
            { point: 'Pupils know how to report bullying', answer: 'no', evidence: 'Pupil voice survey' },
          ],
          effectivenessStatement: 'Effective; pupil awareness to improve.',
        })
        .expect(201);
      const audit = await app.http.get(`/api/trusts/${trust.id}/audit?policyId=${policyId}&type=PolicyEvaluated`).set(admin).set('X-Min-Position', evaluated.body.position).expect(200);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({ type: 'PolicyEvaluated', actorId: head.id });
    });

    it('refuses a checklist answer outside yes, no and n/a', async () => {
      await expectRefused(
        () =>
          app.http
            .post(`${schoolPolicy(schoolA, policyId)}/evaluations`)
            .set(admin)
            .send({ evaluatedOn: '2026-11-10', checklist: [{ point: 'Known to staff', answer: 'maybe' }], effectivenessStatement: 'x' }),
        400,
      );
    });

    it('answers the same response again for a repeated Idempotency-Key and appends nothing', async () => {
      const send = () =>
        app.http
          .post(`${schoolPolicy(schoolB, policyId)}/reviews`)
          .set(admin)
          .set('Idempotency-Key', 'review-orion-anti-bullying-1')
          .send({ reviewedOn: '2026-06-01', outcome: 'no-change' });
      const first = await send().expect(201);
      const before = await headPosition(app);
      const second = await send().expect(201);
      expect(second.body).toEqual(first.body);
      expect(await headPosition(app)).toBe(before);
    });
  });
});
