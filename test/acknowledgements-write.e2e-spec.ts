import { EVENT_STORE, EventStore } from '@governance/event-store';
import type { CatalogueAddition, PolicyAcknowledgement, TrustPolicy } from '@governance/contracts';
import { addSchool, addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, headPosition, SignedInPerson, TestTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const TODAY = '2027-03-10';

/**
 * Read and acknowledge, the write side: a member of staff acknowledges the version in force of
 * their school's policy (once per version; a new adoption asks again); everyone else, and every
 * other version, is refused with nothing appended. The flag comes from the catalogue and PATCH.
 */
describe('acknowledging a policy', () => {
  let app: TestApp;
  let trust: TestTrust;
  let school: string;
  let otherSchool: string;
  let safeguarding: string;
  let pay: string;
  let staff: SignedInPerson;
  let staffElsewhere: SignedInPerson;
  let governor: SignedInPerson;

  const admin = () => bearer(trust.admin.token);
  const acknowledgePath = (schoolId: string, policyId: string) => `/api/trusts/${trust.id}/schools/${schoolId}/policies/${policyId}/acknowledgements`;
  const acknowledge = (person: SignedInPerson, version: unknown, policyId = safeguarding, schoolId = school) =>
    app.http.post(acknowledgePath(schoolId, policyId)).set(bearer(person.token)).send({ version });
  const policy = async (policyId: string) =>
    (await app.http.get(`/api/trusts/${trust.id}/policies/${policyId}`).set(admin()).set('X-Min-Position', await headPosition(app)).expect(200)).body as TrustPolicy;
  const draftAndAdopt = async (policyId: string, version: number, adoptedOn: string, schoolId = school) => {
    await app.http.post(`/api/trusts/${trust.id}/policies/${policyId}/versions`).set(admin()).send({ summary: `Version ${version}` }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/schools/${schoolId}/policies/${policyId}/adoptions`).set(admin())
      .send({ version, adoptedOn, approvedBy: 'local-governing-body' }).expect(201);
  };
  const acknowledgedEvents = async () =>
    (await app.app.get<EventStore>(EVENT_STORE).readAll()).filter((event) => event.type === 'PolicyAcknowledged');

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: TODAY, REVIEW_SCAN: 'off' });
    trust = await createTrustWithAdmin(app);
    school = await addSchool(app, trust.id, trust.admin.token, { name: 'Libra School', phase: 'secondary' });
    otherSchool = await addSchool(app, trust.id, trust.admin.token, { name: 'Oakfield Primary Academy', phase: 'primary' });
    const added = (await app.http.post(`/api/trusts/${trust.id}/policies/catalogue`).set(admin())
      .send({ keys: ['safeguarding-child-protection', 'pay'] }).expect(201)).body as CatalogueAddition;
    safeguarding = added.added.find((item) => item.key === 'safeguarding-child-protection')!.id;
    pay = added.added.find((item) => item.key === 'pay')!.id;
    await draftAndAdopt(safeguarding, 1, '2026-09-01');
    await draftAndAdopt(pay, 1, '2026-09-01');
    staff = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: school }]);
    staffElsewhere = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: otherSchool }]);
    governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: school }]);
  }, 60_000);
  afterAll(() => app.close());

  it('takes the flag from the catalogue: safeguarding asks staff to acknowledge, pay does not', async () => {
    expect((await policy(safeguarding)).acknowledgementRequired).toBe(true);
    expect((await policy(pay)).acknowledgementRequired).toBe(false);
  });

  it('records a member of staff’s acknowledgement of the version in force: 201, and an event with only ids, version and date', async () => {
    const answer = await acknowledge(staff, 1).expect(201);
    expect(answer.body).toMatchObject({ schoolId: school, policyId: safeguarding, version: 1, acknowledgedOn: TODAY } satisfies Partial<PolicyAcknowledgement>);
    const events = await acknowledgedEvents();
    expect(events).toHaveLength(1);
    expect(events[0].streamId).toBe(`reading-${staff.id}`);
    expect(events[0].data).toEqual({ personId: staff.id, schoolId: school, policyId: safeguarding, version: 1, acknowledgedOn: TODAY });
  });

  it('answers 200 with the first acknowledgement when the same version is acknowledged again, appending nothing', async () => {
    const before = await headPosition(app);
    const again = await acknowledge(staff, 1).expect(200);
    expect(again.body).toMatchObject({ version: 1, acknowledgedOn: TODAY });
    expect(await headPosition(app)).toBe(before);
    expect(await acknowledgedEvents()).toHaveLength(1);
  });

  it('refuses a version never adopted at the school', async () => {
    const problem = await expectRefusedUnchanged(app, () => acknowledge(staff, 2), 422);
    expect(problem.detail).toContain('Version 2 of “Safeguarding and child protection policy” was never adopted at this school');
  });

  it('after a new adoption, refuses the older version naming the new one and its date, and accepts the new one', async () => {
    await draftAndAdopt(safeguarding, 2, '2027-03-03');
    const problem = await expectRefusedUnchanged(app, () => acknowledge(staff, 1), 422);
    expect(problem.detail).toContain('Version 1 of “Safeguarding and child protection policy” is no longer in force: version 2 was adopted on 3 March 2027');
    const answer = await acknowledge(staff, 2).expect(201);
    expect(answer.body).toMatchObject({ version: 2, acknowledgedOn: TODAY });
    expect((await acknowledgedEvents()).map((event) => event.data.version)).toEqual([1, 2]);
  });

  it('refuses staff of another school and a governor of this one; nothing appended', async () => {
    const elsewhere = await expectRefusedUnchanged(app, () => acknowledge(staffElsewhere, 2), 403);
    expect(elsewhere.detail).toContain('Your role does not allow this');
    const byGovernor = await expectRefusedUnchanged(app, () => acknowledge(governor, 2), 403);
    expect(byGovernor.detail).toContain('Your role does not allow this');
    // Nor may a trust admin acknowledge for anyone.
    await expectRefusedUnchanged(app, () => app.http.post(acknowledgePath(school, safeguarding)).set(admin()).send({ version: 2 }), 403);
  });

  it('refuses someone whose staff role at the school has ended (a leaver), though they are still staff elsewhere', async () => {
    const leaver = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: school }, { role: 'staff', schoolId: otherSchool }]);
    await app.http.delete(`/api/trusts/${trust.id}/people/${leaver.id}/roles?role=staff&schoolId=${school}`).set(admin()).expect(201);
    await expectRefusedUnchanged(app, () => acknowledge(leaver, 2), 403);
  });

  it('refuses a policy that does not ask for acknowledgement, and a version that is not a whole number', async () => {
    const problem = await expectRefusedUnchanged(app, () => acknowledge(staff, 1, pay), 422);
    expect(problem.detail).toContain('does not ask staff to acknowledge it');
    await expectRefusedUnchanged(app, () => acknowledge(staff, 'two'), 400);
  });

  it('another trust’s person gets 404, as tenant isolation does', async () => {
    const other = await createTrustWithAdmin(app);
    const outsider = await addSignedInPerson(app, other, [{ role: 'staff', schoolId: await addSchool(app, other.id, other.admin.token, { name: 'Aries Academy' }) }]);
    await expectRefusedUnchanged(app, () => acknowledge(outsider, 2), 404);
  });

  it('changes the flag with PATCH (AcknowledgementRequirementChanged); the same value changes nothing; then pay can be acknowledged', async () => {
    const patch = (body: object) => app.http.patch(`/api/trusts/${trust.id}/policies/${pay}`).set(admin()).send(body);
    const changed = await patch({ acknowledgementRequired: true }).expect(200);
    expect(changed.body.changed).toBe(true);
    const last = (await app.app.get<EventStore>(EVENT_STORE).readStream(`policy-${pay}`)).at(-1)!;
    expect({ type: last.type, data: last.data }).toEqual({ type: 'AcknowledgementRequirementChanged', data: { policyId: pay, acknowledgementRequired: true } });
    expect((await policy(pay)).acknowledgementRequired).toBe(true);

    const before = await headPosition(app);
    expect((await patch({ acknowledgementRequired: true }).expect(200)).body.changed).toBe(false);
    expect(await headPosition(app)).toBe(before);
    await expectRefusedUnchanged(app, () => patch({ acknowledgementRequired: 'yes' }), 400);
    await expectRefusedUnchanged(app, () => patch({}), 400);

    await acknowledge(staff, 1, pay).expect(201);
  });

  it('registers a policy by hand without the flag as asking for none, and with it as asking', async () => {
    const register = async (extra: object) =>
      (await app.http.post(`/api/trusts/${trust.id}/policies`).set(admin())
        .send({ title: `Staff handbook ${Object.keys(extra).length}`, scope: 'school', reviewCycleMonths: 12, approver: 'headteacher', ...extra }).expect(201)).body.id as string;
    expect((await policy(await register({}))).acknowledgementRequired).toBe(false);
    expect((await policy(await register({ acknowledgementRequired: true }))).acknowledgementRequired).toBe(true);
  });
});
