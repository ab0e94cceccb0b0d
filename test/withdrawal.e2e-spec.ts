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
import { readModelsAndRebuild } from './support/read-models-vs-rebuild';

/*
 * Corrections over HTTP: POST /api/trusts/:trustId/entries/:eventId/withdrawal. The author or a
 * trust admin withdraws an entry with a reason; it stops counting in the register, the
 * compliance figures and the clerk's pack, the audit trail marks it, and every refusal
 * appends nothing.
 */
describe('withdrawing an entry recorded by mistake', () => {
  let app: TestApp;
  let trust: TestTrust;
  let otherTrust: TestTrust;
  let school: string;
  let admin: { Authorization: string };
  let governor: SignedInPerson;
  let otherGovernor: SignedInPerson;
  let staff: SignedInPerson;
  let orionGovernor: SignedInPerson;
  let policyId: string;

  const trustPath = () => `/api/trusts/${trust.id}`;
  const atPolicy = (what: string) => `${trustPath()}/schools/${school}/policies/${policyId}/${what}`;
  const withdrawal = (eventId: string, trustId = trust.id) => `/api/trusts/${trustId}/entries/${eventId}/withdrawal`;

  /** The audit item written at `position` (the write's answer), read once the trail has it. */
  async function itemAt(position: string, as = admin) {
    const page = await app.http.get(`${trustPath()}/audit?limit=50`).set(as).set('X-Min-Position', position).expect(200);
    const item = page.body.items.find((candidate: { position: string }) => candidate.position === position);
    expect(item).toBeDefined();
    return item as { eventId: string; type: string; withdrawn: unknown; position: string; mayWithdraw: boolean };
  }

  /** The school's register row of the current policy, once the read models have `after`. */
  const register = async (after: string) => {
    const rows = await app.http.get(`${trustPath()}/schools/${school}/policies?asOf=2026-11-24`).set(admin).set('X-Min-Position', after).expect(200);
    return (rows.body as { policyId: string; adoptedVersion: number | null; lastReviewedOn: string | null; nextReviewDue: string | null; eia: string; lastEvaluatedOn: string | null }[]).find(
      (row) => row.policyId === policyId,
    )!;
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Orion Academy'] });
    otherTrust = await createTrustWithAdmin(app, { schools: ['Vega School'] });
    [school] = trust.schools;
    admin = bearer(trust.admin.token);
    governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: school }], { name: 'Priya Shah' });
    otherGovernor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: school }], { name: 'Tom Reed' });
    staff = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: school }]);
    orionGovernor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: trust.schools[1] }]);
    const policy = await app.http
      .post(`${trustPath()}/policies`)
      .set(admin)
      .send({ title: 'Behaviour Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' })
      .expect(201);
    policyId = policy.body.id;
    await app.http.post(`${trustPath()}/policies/${policyId}/versions`).set(admin).send({ summary: 'First' }).expect(201);
    await app.http.post(`${trustPath()}/policies/${policyId}/versions`).set(admin).send({ summary: 'Second' }).expect(201);
    for (const person of [governor, otherGovernor]) {
      await app.http.post(`${trustPath()}/schools/${school}/link-governors`).set(admin).send({ personId: person.id, area: `Area of ${person.name}` }).expect(201);
    }
  });

  afterAll(() => app.close());

  const logVisit = async (as: SignedInPerson) => {
    const visit = { visitedOn: '2026-11-02', purpose: 'Behaviour walk', findings: 'Calm corridors' };
    const response = await app.http.post(`${trustPath()}/schools/${school}/visits`).set(bearer(as.token)).send(visit).expect(201);
    return itemAt(response.body.position);
  };

  const packVisits = async (after: string) => {
    const pack = await app.http
      .get(`${trustPath()}/terms/2026-autumn/minutes-inputs?schoolId=${school}`)
      .set(admin)
      .set('X-Min-Position', after)
      .expect(200);
    return JSON.stringify(pack.body).split('Behaviour walk').length - 1;
  };

  it('lets the author withdraw their visit: 201, the trail marks it with the reason, and the clerk’s pack no longer lists it', async () => {
    const first = await logVisit(governor);
    const copy = await logVisit(governor);
    expect(await packVisits(copy.position)).toBe(2);
    // The trail tells each reader whether they may withdraw it, by the route's own rule.
    expect((await itemAt(copy.position, bearer(governor.token))).mayWithdraw).toBe(true);
    expect((await itemAt(copy.position, admin)).mayWithdraw).toBe(true);
    expect((await itemAt(copy.position, bearer(otherGovernor.token))).mayWithdraw).toBe(false);

    const response = await app.http.post(withdrawal(copy.eventId)).set(bearer(governor.token)).send({ reason: 'Logged twice by mistake' }).expect(201);
    expect(response.body).toEqual({ id: copy.eventId, position: expect.any(String) });

    const marked = await itemAt(copy.position);
    expect(marked.withdrawn).toEqual({ reason: 'Logged twice by mistake', by: governor.id, at: expect.any(String) });
    expect(marked.mayWithdraw).toBe(false);
    expect((await itemAt(first.position)).withdrawn).toBeNull();
    const withdrawnItem = await itemAt(response.body.position);
    expect(withdrawnItem.type).toBe('EntryWithdrawn');
    expect(await packVisits(response.body.position)).toBe(1);
  });

  it('refuses someone else (403), another school’s reader and another trust (404), an unknown id (404), a missing reason (400) and a second withdrawal (422), appending nothing', async () => {
    const visit = await logVisit(governor);
    const send = (eventId: string, as: { Authorization: string }, body: object = { reason: 'Wrong' }, trustId = trust.id) => () =>
      app.http.post(withdrawal(eventId, trustId)).set(as).send(body);

    const forbidden = await expectRefusedUnchanged(app, send(visit.eventId, bearer(otherGovernor.token)), 403);
    expect(forbidden.detail).toBe('Only the person who recorded this entry, or a trust administrator, can withdraw it.');
    await expectRefusedUnchanged(app, send(visit.eventId, bearer(staff.token)), 403);
    // Someone of another school of the trust cannot tell the entry exists.
    await expectRefusedUnchanged(app, send(visit.eventId, bearer(orionGovernor.token)), 404);
    await expectRefusedUnchanged(app, send(visit.eventId, bearer(otherTrust.admin.token), { reason: 'x' }, otherTrust.id), 404);
    await expectRefusedUnchanged(app, send(visit.eventId, bearer(otherTrust.admin.token)), 404);
    await expectRefusedUnchanged(app, send('00000000-0000-4000-8000-000000000000', admin), 404);
    await expectRefusedUnchanged(app, send(visit.eventId, bearer(governor.token), { reason: '   ' }), 400);
    await expectRefusedUnchanged(app, send(visit.eventId, bearer(governor.token), {}), 400);

    await app.http.post(withdrawal(visit.eventId)).set(bearer(governor.token)).send({ reason: 'Wrong school' }).expect(201);
    const twice = await expectRefusedUnchanged(app, send(visit.eventId, admin), 422);
    expect(twice).toMatchObject({ code: 'already-withdrawn', detail: 'This entry has already been withdrawn; a withdrawal cannot be made twice or undone.' });
  });

  it('refuses to withdraw a set-up fact such as a role granted (422), appending nothing', async () => {
    const page = await app.http.get(`${trustPath()}/audit?type=RoleGranted&limit=1`).set(admin).expect(200);
    const refused = await expectRefusedUnchanged(app, () => app.http.post(withdrawal(page.body.items[0].eventId)).set(admin).send({ reason: 'No' }), 422);
    expect(refused.code).toBe('entry-not-withdrawable');
  });

  it('lets a trust admin withdraw an adoption someone else recorded: the previous version counts again and may be adopted anew', async () => {
    await app.http.post(atPolicy('adoptions')).set(bearer(staff.token)).send({ version: 1, adoptedOn: '2025-09-01' }).expect(201);
    const second = await app.http.post(atPolicy('adoptions')).set(bearer(staff.token)).send({ version: 2, adoptedOn: '2026-09-01' }).expect(201);
    expect((await register(second.body.position)).adoptedVersion).toBe(2);

    const adoption = await itemAt(second.body.position);
    const done = await app.http.post(withdrawal(adoption.eventId)).set(admin).send({ reason: 'Version 2 was not ratified' }).expect(201);
    expect((await register(done.body.position)).adoptedVersion).toBe(1);
    // The decider forgets it too: version 2 can be adopted again.
    await app.http.post(atPolicy('adoptions')).set(bearer(staff.token)).send({ version: 2, adoptedOn: '2026-10-01' }).expect(201);
  });

  it('withdrawing the only EIA sets the EIA back to missing; withdrawing an evaluation takes it off the register', async () => {
    const eia = await app.http
      .post(atPolicy('eia'))
      .set(bearer(staff.token))
      .send({ completedOn: '2026-11-01', impacts: fullEia(), fullAssessmentRequired: false, conclusion: 'No adverse impact' })
      .expect(201);
    expect((await register(eia.body.position)).eia).not.toBe('missing');
    const eiaDone = await app.http.post(withdrawal((await itemAt(eia.body.position)).eventId)).set(bearer(staff.token)).send({ reason: 'Wrong form' }).expect(201);
    expect((await register(eiaDone.body.position)).eia).toBe('missing');

    const evaluation = await app.http
      .post(atPolicy('evaluations'))
      .set(bearer(staff.token))
      .send({ evaluatedOn: '2026-11-10', checklist: [{ point: 'Policy annually reviewed', answer: 'yes' }], effectivenessStatement: 'Working' })
      .expect(201);
    expect((await register(evaluation.body.position)).lastEvaluatedOn).toBe('2026-11-10');
    const evaluationDone = await app.http.post(withdrawal((await itemAt(evaluation.body.position)).eventId)).set(admin).send({ reason: 'Draft only' }).expect(201);
    expect((await register(evaluationDone.body.position)).lastEvaluatedOn).toBeNull();
  });

  it('withdrawing a review brings back the earlier review’s next review date, and the compliance figures move back', async () => {
    const policy = await app.http
      .post(`${trustPath()}/policies`)
      .set(admin)
      .send({ title: 'Uniform Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', eiaRequired: false })
      .expect(201);
    policyId = policy.body.id;
    await app.http.post(`${trustPath()}/policies/${policyId}/versions`).set(admin).send({ summary: 'First' }).expect(201);
    await app.http.post(atPolicy('adoptions')).set(bearer(staff.token)).send({ version: 1, adoptedOn: '2025-06-01' }).expect(201);
    const first = await app.http.post(atPolicy('reviews')).set(bearer(staff.token)).send({ reviewedOn: '2025-10-01', outcome: 'no-change', nextReviewDue: '2026-10-01' }).expect(201);
    const overdue = await app.http.get(`${trustPath()}/compliance?asOf=2026-11-24`).set(admin).set('X-Min-Position', first.body.position).expect(200);
    expect(overdue.body.totals.overdue).toBe(1);

    const second = await app.http.post(atPolicy('reviews')).set(bearer(staff.token)).send({ reviewedOn: '2026-11-20', outcome: 'no-change' }).expect(201);
    expect((await register(second.body.position)).lastReviewedOn).toBe('2026-11-20');
    const inDate = await app.http.get(`${trustPath()}/compliance?asOf=2026-11-24`).set(admin).set('X-Min-Position', second.body.position).expect(200);
    expect(inDate.body.totals.overdue).toBe(0);

    const review = await itemAt(second.body.position);
    const done = await app.http.post(withdrawal(review.eventId)).set(bearer(staff.token)).send({ reason: 'Recorded against the wrong policy' }).expect(201);
    const row = await register(done.body.position);
    expect({ lastReviewedOn: row.lastReviewedOn, nextReviewDue: row.nextReviewDue }).toEqual({ lastReviewedOn: '2025-10-01', nextReviewDue: '2026-10-01' });
    const back = await app.http.get(`${trustPath()}/compliance?asOf=2026-11-24`).set(admin).set('X-Min-Position', done.body.position).expect(200);
    expect(back.body.totals.overdue).toBe(1);
  });

  it('leaves read models that a rebuild from the log reproduces exactly', async () => {
    const position = await headPosition(app);
    await app.http.get(`${trustPath()}/audit?limit=1`).set(admin).set('X-Min-Position', position).expect(200);
    const { live, rebuilt } = await readModelsAndRebuild(app.dataDir);
    expect(live).toBe(rebuilt);
  });
});
