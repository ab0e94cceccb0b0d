import type { CatalogueAddition, SchoolStaff } from '@governance/contracts';
import {
  acknowledgePolicy,
  addSchool,
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  expectRefusedUnchanged,
  headPosition,
  loginAs,
  SignedInPerson,
  TestTrust,
  uniqueEmail,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const TODAY = '2027-03-10';
const PASSWORD = 'a fresh long passphrase';

/**
 * A school's current staff (GET .../schools/:schoolId/staff), for its headteacher or a trust admin:
 * who the staff list import put there, their job titles, how far each has got with their reading,
 * leavers gone; nobody else may read it.
 */
describe("a school's current staff (GET .../schools/:schoolId/staff)", () => {
  let app: TestApp;
  let trust: TestTrust;
  let school: string;
  let otherSchool: string;
  let safeguarding: string;
  let conduct: string;
  let head: SignedInPerson;
  const nadia = { name: 'Nadia Brooks', email: uniqueEmail('nadia') };
  const owen = { name: 'Owen Price', email: uniqueEmail('owen') };
  const zara = { name: 'Zara Adams', email: uniqueEmail('zara') };

  const admin = () => bearer(trust.admin.token);
  const staffPath = (schoolId = school) => `/api/trusts/${trust.id}/schools/${schoolId}/staff`;
  const staffOf = async (auth = admin(), schoolId = school) =>
    (await app.http.get(staffPath(schoolId)).set(auth).set('X-Min-Position', await headPosition(app)).expect(200)).body as SchoolStaff;
  const importList = (rows: { name: string; email: string; role: string }[]) =>
    app.http
      .post(`/api/trusts/${trust.id}/schools/${school}/staff-imports`)
      .set(bearer(head.token))
      .field('apply', 'true')
      .attach('file', Buffer.from(['Name,Email,Job title', ...rows.map((row) => `${row.name},${row.email},${row.role}`)].join('\n')), { filename: 'staff.csv', contentType: 'text/csv' })
      .expect(201);
  const draftAndAdopt = async (policyId: string, version: number, adoptedOn: string, schoolId = school) => {
    await app.http.post(`/api/trusts/${trust.id}/policies/${policyId}/versions`).set(admin()).send({ summary: `Version ${version}` }).expect(201);
    await app.http.post(`/api/trusts/${trust.id}/schools/${schoolId}/policies/${policyId}/adoptions`).set(admin()).send({ version, adoptedOn, approvedBy: 'local-governing-body' }).expect(201);
  };
  /** The member of staff acknowledges for themselves: the admin gives them a password, they sign in and press the button. */
  const acknowledgeAs = async (personId: string, email: string, policyId: string, version: number) => {
    await app.http.put(`/api/trusts/${trust.id}/people/${personId}/password`).set(admin()).send({ password: PASSWORD }).expect(200);
    const token = await loginAs(app, { email, password: PASSWORD });
    await acknowledgePolicy(app, trust.id, token, { schoolId: school, policyId, version });
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: TODAY, REVIEW_SCAN: 'off' });
    trust = await createTrustWithAdmin(app);
    school = await addSchool(app, trust.id, trust.admin.token, { name: 'Libra School', phase: 'secondary' });
    otherSchool = await addSchool(app, trust.id, trust.admin.token, { name: 'Oakfield Primary Academy', phase: 'primary' });
    const added = (await app.http.post(`/api/trusts/${trust.id}/policies/catalogue`).set(admin())
      .send({ keys: ['safeguarding-child-protection', 'staff-code-of-conduct', 'pay'] }).expect(201)).body as CatalogueAddition;
    const idOf = (key: string) => added.added.find((item) => item.key === key)!.id;
    safeguarding = idOf('safeguarding-child-protection');
    conduct = idOf('staff-code-of-conduct');
    await draftAndAdopt(safeguarding, 1, '2026-09-01');
    await draftAndAdopt(conduct, 1, '2026-09-01');
    // Pay asks nobody: it is not counted in anyone's reading.
    await draftAndAdopt(idOf('pay'), 1, '2026-09-01');
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: school }], { name: 'Helen Ward' });
    await importList([
      { ...owen, role: 'Class teacher' },
      { ...nadia, role: 'Teaching assistant' },
      { ...zara, role: 'Business manager' },
    ]);
  }, 60_000);
  afterAll(() => app.close());

  it('lists the imported staff by name with their job titles, the day they joined and nothing read yet', async () => {
    const answer = await staffOf(bearer(head.token));
    expect(answer.schoolId).toBe(school);
    expect(answer.staff.map(({ name, email, jobTitle, joinedOn, toRead, acknowledged }) => ({ name, email, jobTitle, joinedOn, toRead, acknowledged }))).toEqual([
      { name: 'Nadia Brooks', email: nadia.email, jobTitle: 'Teaching assistant', joinedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), toRead: 2, acknowledged: 0 },
      { name: 'Owen Price', email: owen.email, jobTitle: 'Class teacher', joinedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), toRead: 2, acknowledged: 0 },
      { name: 'Zara Adams', email: zara.email, jobTitle: 'Business manager', joinedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), toRead: 2, acknowledged: 0 },
    ]);
    // The trust admin sees the same list.
    expect((await staffOf()).staff.map((member) => member.name)).toEqual(['Nadia Brooks', 'Owen Price', 'Zara Adams']);
  });

  it("counts each member of staff's acknowledgements of the versions in force, and asks again after a new version", async () => {
    const owenId = (await staffOf()).staff.find((member) => member.email === owen.email)!.personId;
    await acknowledgeAs(owenId, owen.email, safeguarding, 1);
    await acknowledgeAs(owenId, owen.email, conduct, 1);
    const counts = async () => Object.fromEntries((await staffOf(bearer(head.token))).staff.map((member) => [member.name, `${member.acknowledged} of ${member.toRead}`]));
    expect(await counts()).toEqual({ 'Nadia Brooks': '0 of 2', 'Owen Price': '2 of 2', 'Zara Adams': '0 of 2' });
    await draftAndAdopt(safeguarding, 2, '2027-03-03');
    expect(await counts()).toEqual({ 'Nadia Brooks': '0 of 2', 'Owen Price': '1 of 2', 'Zara Adams': '0 of 2' });
  });

  it('no longer lists a leaver after the next import', async () => {
    await importList([
      { ...owen, role: 'Head of Year 7' },
      { ...nadia, role: 'Teaching assistant' },
    ]);
    const answer = await staffOf(bearer(head.token));
    expect(answer.staff.map(({ name, jobTitle }) => ({ name, jobTitle }))).toEqual([
      { name: 'Nadia Brooks', jobTitle: 'Teaching assistant' },
      { name: 'Owen Price', jobTitle: 'Head of Year 7' },
    ]);
  });

  it("refuses another school's headteacher and a governor of the school (403); nothing appended", async () => {
    const otherHead = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: otherSchool }]);
    const governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: school }]);
    const staffMember = await addSignedInPerson(app, trust, [{ role: 'staff', schoolId: school }]);
    for (const person of [otherHead, governor, staffMember]) {
      const problem = await expectRefusedUnchanged(app, () => app.http.get(staffPath()).set(bearer(person.token)), 403);
      expect(problem.detail).toContain('Your role does not allow this');
    }
    // The other school's head reads their own school's (empty) list.
    expect((await staffOf(bearer(otherHead.token), otherSchool)).staff).toEqual([]);
  });

  it("answers 404 to another trust's admin, as for every route", async () => {
    const other = await createTrustWithAdmin(app);
    await expectRefusedUnchanged(app, () => app.http.get(staffPath()).set(bearer(other.admin.token)), 404);
  });
});
