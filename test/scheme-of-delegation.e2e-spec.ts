import { startTestApp, TestApp } from './support/test-app';
import { addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, TestTrust } from './support/fixtures';

/*
 * The scheme of delegation over HTTP: which body approves which policy, checked on every
 * adoption and trust-level approval; another body needs an exception with a reason.
 */
describe('scheme of delegation over HTTP', () => {
  let app: TestApp;
  let trust: TestTrust;
  let libra: string;
  let other: string;
  let admin: { Authorization: string };
  let schoolPolicy: string;
  let trustPolicy: string;

  const register = async (body: Record<string, unknown>) => {
    const created = await app.http.post(`/api/trusts/${trust.id}/policies`).set(admin).send(body).expect(201);
    const id = created.body.id as string;
    await app.http.post(`/api/trusts/${trust.id}/policies/${id}/versions`).set(admin).send({ summary: 'First version' }).expect(201);
    return id;
  };
  const putScheme = (rules: unknown) =>
    app.http.put(`/api/trusts/${trust.id}/scheme-of-delegation`).set(admin).send({ rules });
  const adopt = (school: string, body: Record<string, unknown>) =>
    app.http
      .post(`/api/trusts/${trust.id}/schools/${school}/policies/${schoolPolicy}/adoptions`)
      .set(admin)
      .send({ version: 1, adoptedOn: '2026-10-01', ...body });

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Aries Academy'] });
    [libra, other] = trust.schools;
    admin = bearer(trust.admin.token);
    schoolPolicy = await register({ title: 'Behaviour Policy', scope: 'school', reviewCycleMonths: 12, approver: 'trust-board', category: 'pupils' });
    trustPolicy = await register({ title: 'Whistleblowing Policy', scope: 'trust', reviewCycleMonths: 24, approver: 'trust-board' });
  });

  afterAll(() => app.close());

  it('refuses rules that narrow nothing, name an unknown body or an unknown school, appending nothing', async () => {
    for (const rules of [
      [{ approver: 'trust-board' }],
      [{ approver: 'the-bursar', policyId: schoolPolicy }],
      [{ approver: 'headteacher', schoolId: 'no-such-school' }],
      'not a list',
    ]) {
      await expectRefusedUnchanged(app, () => putScheme(rules), 400);
    }
  });

  it('saves the scheme with 200 and reads it back', async () => {
    const saved = await putScheme([{ approver: 'local-governing-body', category: 'pupils', schoolId: libra }]).expect(200);
    expect(saved.body.rules).toEqual([{ approver: 'local-governing-body', policyId: null, category: 'pupils', schoolId: libra }]);
    const read = await app.http.get(`/api/trusts/${trust.id}/scheme-of-delegation`).set(admin).expect(200);
    expect(read.body.rules).toEqual(saved.body.rules);
  });

  it('given the LGB approves at Libra, when a headteacher adoption is recorded, then it is refused naming the body and nothing is appended', async () => {
    const problem = await expectRefusedUnchanged(app, () => adopt(libra, { approvedBy: 'headteacher' }), 422);
    expect(problem.detail).toBe(
      "This policy is approved by the local governing body at Libra School under the trust's scheme of delegation; " +
        'record the adoption as approved by the local governing body, or record an exception with a reason.',
    );
    // At the other school no rule applies: the policy's approver (the trust board) is expected.
    const elsewhere = await expectRefusedUnchanged(app, () => adopt(other, { approvedBy: 'local-governing-body' }), 422);
    expect(elsewhere.detail).toContain('approved by the trust board at Aries Academy');
  });

  it('accepts the expected body, and another body with an exception and its reason (an empty reason is a 400)', async () => {
    await adopt(libra, { approvedBy: 'local-governing-body' }).expect(201);
    await expectRefusedUnchanged(app, () => adopt(other, { approvedBy: 'headteacher', exception: { reason: '' } }), 400);
    await adopt(other, { approvedBy: 'headteacher', exception: { reason: 'Trust board meeting cancelled; ratified at the next one' } }).expect(201);
  });

  it('shows the expected and recorded bodies on the register: the exception is flagged but counts', async () => {
    const position = (await putScheme([{ approver: 'local-governing-body', category: 'pupils', schoolId: libra }]).expect(200)).body.position as string;
    const row = async (school: string) => {
      const register = await app.http.get(`/api/trusts/${trust.id}/schools/${school}/policies`).set(admin).set('X-Min-Position', position).expect(200);
      return (register.body as { policyId: string }[]).find((r) => r.policyId === schoolPolicy);
    };
    expect(await row(libra)).toMatchObject({ approvedBy: 'local-governing-body', approvedByExpected: 'local-governing-body', approvedByOk: true, approvedByException: null });
    expect(await row(other)).toMatchObject({
      approvedBy: 'headteacher',
      approvedByExpected: 'trust-board',
      approvedByOk: false,
      approvedByException: 'Trust board meeting cancelled; ratified at the next one',
    });
    const compliance = await app.http.get(`/api/trusts/${trust.id}/compliance`).set(admin).set('X-Min-Position', position).expect(200);
    expect(compliance.body.totals.wrongApprover).toBe(0);
  });

  it('checks a trust-level approval against the scheme too', async () => {
    await putScheme([
      { approver: 'local-governing-body', category: 'pupils', schoolId: libra },
      { approver: 'committee', policyId: trustPolicy },
    ]).expect(200);
    const approve = (body: Record<string, unknown>) =>
      app.http.post(`/api/trusts/${trust.id}/policies/${trustPolicy}/approvals`).set(admin).send({ version: 1, approvedOn: '2026-10-02', ...body });
    const problem = await expectRefusedUnchanged(app, () => approve({ body: 'trust-board' }), 422);
    expect(problem.detail).toContain('approved by a committee under');
    await approve({ body: 'committee' }).expect(201);
  });

  it('only a trust admin may set the scheme; the clerk and trustees may read it, a headteacher neither', async () => {
    const scheme = `/api/trusts/${trust.id}/scheme-of-delegation`;
    await app.http.put(scheme).send({ rules: [] }).expect(401);
    const clerk = bearer((await addSignedInPerson(app, trust, [{ role: 'clerk' }])).token);
    const trustee = bearer((await addSignedInPerson(app, trust, [{ role: 'trustee' }])).token);
    const head = bearer((await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: libra }])).token);
    await app.http.get(scheme).set(clerk).expect(200);
    await app.http.get(scheme).set(trustee).expect(200);
    await app.http.get(scheme).set(head).expect(403);
    for (const who of [clerk, trustee, head]) await app.http.put(scheme).set(who).send({ rules: [] }).expect(403);
  });
});

describe('adoptions recorded before the trust set a scheme of delegation', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
  });
  afterAll(() => app.close());

  it('are never refused after the fact, but are flagged and counted as not compliant once the scheme says another body', async () => {
    const trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    const [libra] = trust.schools;
    const admin = bearer(trust.admin.token);
    const created = await app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(admin)
      .send({ title: 'Charging and Remissions', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' })
      .expect(201);
    const policyId = created.body.id as string;
    await app.http.post(`/api/trusts/${trust.id}/policies/${policyId}/versions`).set(admin).send({ summary: 'First version' }).expect(201);
    // No scheme yet: a headteacher adoption is accepted and not judged.
    const adopted = await app.http
      .post(`/api/trusts/${trust.id}/schools/${libra}/policies/${policyId}/adoptions`)
      .set(admin)
      .send({ version: 1, adoptedOn: '2026-10-01', approvedBy: 'headteacher' })
      .expect(201);
    const figures = async (position: string) => {
      const register = await app.http.get(`/api/trusts/${trust.id}/schools/${libra}/policies`).set(admin).set('X-Min-Position', position).expect(200);
      const compliance = await app.http.get(`/api/trusts/${trust.id}/compliance`).set(admin).set('X-Min-Position', position).expect(200);
      return { row: (register.body as { policyId: string }[]).find((r) => r.policyId === policyId), school: compliance.body.schools[0] };
    };
    const before = await figures(adopted.body.position as string);
    expect(before.row).toMatchObject({ approvedBy: 'headteacher', approvedByExpected: 'local-governing-body', approvedByOk: null });
    expect(before.school).toMatchObject({ inDate: 1, wrongApprover: 0, compliancePct: 100 });

    const scheme = await app.http
      .put(`/api/trusts/${trust.id}/scheme-of-delegation`)
      .set(admin)
      .send({ rules: [{ approver: 'local-governing-body', schoolId: libra }] })
      .expect(200);
    const after = await figures(scheme.body.position as string);
    expect(after.row).toMatchObject({ approvedBy: 'headteacher', approvedByExpected: 'local-governing-body', approvedByOk: false, approvedByException: null });
    expect(after.school).toMatchObject({ inDate: 1, wrongApprover: 1, compliancePct: 0 });
  });
});
