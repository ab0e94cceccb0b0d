import { OutboxDispatcher } from '@governance/notifications';
import type { RegisterRow } from '@governance/contracts';
import { addPerson, addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, TestTrust } from './support/fixtures';
import { createReviewCyclesTrust, ReviewCyclesTrust } from './support/review-cycles-trust';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';
import { startTestApp, TestApp } from './support/test-app';

/** A policy's owner at a school: who may name one, who may be named, the register and the reminders. */
describe('policy owner', () => {
  let app: TestApp;
  let trust: TestTrust;
  let policyId: string;
  let libra: string;
  let aries: string;

  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Aries Academy'] });
    [libra, aries] = trust.schools;
    const created = await app.http.post(`/api/trusts/${trust.id}/policies`).set(bearer(trust.admin.token))
      .send({ title: 'Behaviour', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' }).expect(201);
    policyId = created.body.id;
  }, 60_000);
  afterAll(() => app.close());

  const ownerPath = (schoolId: string) => `/api/trusts/${trust.id}/schools/${schoolId}/policies/${policyId}/owner`;
  const ownerOf = async (schoolId: string, token: string, position: string): Promise<string | null> => {
    const rows = (await app.http.get(`/api/trusts/${trust.id}/schools/${schoolId}/policies`).set(bearer(token)).set('X-Min-Position', position).expect(200)).body as RegisterRow[];
    return rows.find((row) => row.policyId === policyId)!.ownerId;
  };

  it('lets the headteacher name a member of staff; the register shows them; naming them again changes nothing', async () => {
    const head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: libra }]);
    const lead = await addPerson(app, trust.id, trust.admin.token, [{ role: 'staff', schoolId: libra }], { name: 'Lee Lead' });
    const named = await app.http.post(ownerPath(libra)).set(bearer(head.token)).send({ personId: lead.id }).expect(201);
    expect(named.body.id).toBe(lead.id);
    expect(await ownerOf(libra, head.token, named.body.position)).toBe(lead.id);
    expect(await ownerOf(aries, trust.admin.token, named.body.position)).toBeNull();
    await app.http.post(ownerPath(libra)).set(bearer(head.token)).send({ personId: lead.id }).expect(200);

    const candidates = (await app.http.get(`/api/trusts/${trust.id}/schools/${libra}/policy-owner-candidates`).set(bearer(head.token)).expect(200)).body as { id: string }[];
    expect(candidates.map((c) => c.id)).toEqual(expect.arrayContaining([lead.id, head.id, trust.admin.id]));
  });

  it('refuses a person of another school or another trust, and appends nothing', async () => {
    const elsewhere = await addPerson(app, trust.id, trust.admin.token, [{ role: 'staff', schoolId: aries }]);
    const problem = await expectRefusedUnchanged(app, () => app.http.post(ownerPath(libra)).set(bearer(trust.admin.token)).send({ personId: elsewhere.id }), 422);
    expect(problem).toMatchObject({ code: 'not-of-school' });
    const candidates = (await app.http.get(`/api/trusts/${trust.id}/schools/${libra}/policy-owner-candidates`).set(bearer(trust.admin.token)).expect(200)).body as { id: string }[];
    expect(candidates.map((c) => c.id)).not.toContain(elsewhere.id);

    const other = await createTrustWithAdmin(app, { schools: 1 });
    const stranger = await addPerson(app, other.id, other.admin.token, [{ role: 'staff', schoolId: other.schools[0] }]);
    expect(await expectRefusedUnchanged(app, () => app.http.post(ownerPath(libra)).set(bearer(trust.admin.token)).send({ personId: stranger.id }), 422)).toMatchObject({ code: 'unknown-person' });
    await expectRefusedUnchanged(app, () => app.http.post(ownerPath(libra)).set(bearer(trust.admin.token)).send({}), 400);
  });

  it('refuses a governor, staff, and the headteacher of another school (403)', async () => {
    const lead = await addPerson(app, trust.id, trust.admin.token, [{ role: 'staff', schoolId: libra }]);
    for (const roles of [[{ role: 'governor' as const, schoolId: libra }], [{ role: 'staff' as const, schoolId: libra }], [{ role: 'headteacher' as const, schoolId: aries }]]) {
      const person = await addSignedInPerson(app, trust, roles);
      await expectRefusedUnchanged(app, () => app.http.post(ownerPath(libra)).set(bearer(person.token)).send({ personId: lead.id }), 403);
    }
  });
});

describe('policy owner reminders', () => {
  let app: AppWithMail;
  let seed: ReviewCyclesTrust;

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: '2027-06-30' });
    seed = await createReviewCyclesTrust(app);
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  it('reminds the owner beside the headteacher, and a headteacher who owns the policy once', async () => {
    const admin = bearer(seed.trust.admin.token);
    const { libra, byron, policies } = seed;
    const lead = await addPerson(app, seed.trust.id, seed.trust.admin.token, [{ role: 'staff', schoolId: libra }], { name: 'Lee Lead' });
    const byronHead = await addPerson(app, seed.trust.id, seed.trust.admin.token, [{ role: 'headteacher', schoolId: byron }], { name: 'Bea Byron' });
    await app.http.post(`/api/trusts/${seed.trust.id}/schools/${libra}/policies/${policies.charging}/owner`).set(admin).send({ personId: lead.id }).expect(201);
    await app.http.post(`/api/trusts/${seed.trust.id}/schools/${byron}/policies/${policies.accessibility}/owner`).set(admin).send({ personId: byronHead.id }).expect(201);

    // 14 days before Charging falls due at Libra (10 March 2027); Byron's plan is long overdue.
    await app.http.post('/api/admin/review-scan').set(admin).send({ asOf: '2027-02-24' }).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    const to = (email: string) => app.mail.accepted.filter((m) => m.to.includes(email));

    expect(to(lead.email).map((m) => m.subject)).toEqual(['Review due in 14 days: Charging and Remissions (Libra School)']);
    expect(to(lead.email)[0].text).toContain('You receive this as the owner of this policy at Libra School.');
    expect(to(seed.head.email).map((m) => m.subject)).toEqual(['Review due in 14 days: Charging and Remissions (Libra School)']);
    const byronMail = to(byronHead.email);
    expect(byronMail).toHaveLength(1);
    expect(byronMail[0].subject).toMatch(/^Review overdue since .*: Accessibility Plan \(Byron Primary\)$/);
    expect(byronMail[0].text).toContain('You receive this as the headteacher of Byron Primary.');
  }, 120_000);
});
