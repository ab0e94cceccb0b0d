import { londonToday } from '@governance/domain';
import type { AcknowledgementProgress, CatalogueAddition, MyReading } from '@governance/contracts';
import { acknowledgePolicy, addSchool, addSignedInPerson, bearer, createTrustWithAdmin, expectRefusedUnchanged, SignedInPerson, TestTrust } from './support/fixtures';
import { readModelsAndRebuild } from './support/read-models-vs-rebuild';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Read and acknowledge, the read side: progress per school and policy (counts for trust admins and
 * trustees, names for a named school to a trust admin, its headteacher or the policy's owner),
 * a member of staff's reading, and a rebuild that equals the live read model.
 */
describe('acknowledgement progress and my reading', () => {
  let app: TestApp;
  let trust: TestTrust;
  let oak: string;
  let elm: string;
  let safeguarding: string;
  let conduct: string;
  let complaints: string;
  let ann: SignedInPerson;
  let bob: SignedInPerson;
  let dsl: SignedInPerson;
  let cat: SignedInPerson;
  let head: SignedInPerson;
  let trustee: SignedInPerson;
  /** The newest position written: every read waits for the read models to reach it. */
  let latest = '0';
  const today = londonToday(new Date());

  const wrote = (position: string | bigint) => {
    if (BigInt(position) > BigInt(latest)) latest = String(position);
  };
  const admin = () => bearer(trust.admin.token);
  const post = async (path: string, body: object) => {
    const response = await app.http.post(`/api/trusts/${trust.id}${path}`).set(admin()).send(body);
    expect([200, 201]).toContain(response.status);
    wrote(response.body.position);
    return response.body as { id: string; position: string };
  };
  const get = (path: string, token: string) => app.http.get(path).set(bearer(token)).set('X-Min-Position', latest);
  const progress = async (token: string, query = ''): Promise<AcknowledgementProgress> =>
    (await get(`/api/trusts/${trust.id}/acknowledgements${query}`, token).expect(200)).body as AcknowledgementProgress;
  const reading = async (person: SignedInPerson): Promise<MyReading> => (await get('/api/me/reading', person.token).expect(200)).body as MyReading;
  const counts = (answer: AcknowledgementProgress) =>
    answer.rows.map((row) => `${row.schoolName} / ${row.title} v${row.version}: ${row.acknowledged} of ${row.staff}, ${row.outstanding} outstanding${row.outstandingPeople ? ` (${row.outstandingPeople.map((p) => p.name).join(', ')})` : ''}`);

  /** A member of staff acknowledges a version, themselves, through the route. */
  const acknowledge = async (person: SignedInPerson, schoolId: string, policyId: string, version: number) => {
    wrote(await acknowledgePolicy(app, trust.id, person.token, { schoolId, policyId, version }));
  };

  beforeAll(async () => {
    app = await startTestApp({ REVIEW_SCAN: 'off' });
    trust = await createTrustWithAdmin(app);
    oak = await addSchool(app, trust.id, trust.admin.token, { name: 'Oak Primary', phase: 'primary' });
    elm = await addSchool(app, trust.id, trust.admin.token, { name: 'Elm Academy', phase: 'secondary' });
    const added = (await app.http.post(`/api/trusts/${trust.id}/policies/catalogue`).set(admin())
      .send({ keys: ['safeguarding-child-protection', 'staff-code-of-conduct', 'complaints'] }).expect(201)).body as CatalogueAddition;
    const idOf = (key: string) => added.added.find((item) => item.key === key)!.id;
    [safeguarding, conduct, complaints] = [idOf('safeguarding-child-protection'), idOf('staff-code-of-conduct'), idOf('complaints')];

    await post(`/policies/${safeguarding}/versions`, { summary: 'Keeping children safe', documentUrl: 'https://example.org/safeguarding.pdf' });
    const drafted = await app.http.post(`/api/trusts/${trust.id}/policies/${conduct}/versions`).set(admin())
      .attach('document', Buffer.from('Be kind.'), 'Code of conduct.txt').field('summary', 'How staff behave').expect(201);
    wrote(drafted.body.position);
    await post(`/policies/${complaints}/versions`, { summary: 'Complaints' });
    for (const [schoolId, policyId] of [[oak, safeguarding], [oak, conduct], [oak, complaints], [elm, safeguarding]]) {
      await post(`/schools/${schoolId}/policies/${policyId}/adoptions`, { version: 1, adoptedOn: '2026-09-01', approvedBy: 'local-governing-body' });
    }

    const staffAt = (schoolId: string, name: string) => addSignedInPerson(app, trust, [{ role: 'staff', schoolId }], { name });
    ann = await staffAt(oak, 'Ann Archer');
    bob = await staffAt(oak, 'Bob Baker');
    dsl = await staffAt(oak, 'Dee Lead');
    cat = await staffAt(elm, 'Cat Cole');
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: oak }], { name: 'Hal Head' });
    trustee = await addSignedInPerson(app, trust, [{ role: 'trustee' }], { name: 'Tess Trustee' });
    await post(`/schools/${oak}/policies/${conduct}/owner`, { personId: dsl.id });
    await acknowledge(ann, oak, safeguarding, 1);
  }, 60_000);
  afterAll(() => app.close());

  it('counts current staff per school and policy asking for it (not complaints); names only for a named school', async () => {
    const trustWide = await progress(trust.admin.token);
    expect(counts(trustWide)).toEqual([
      'Elm Academy / Safeguarding and child protection policy v1: 0 of 1, 1 outstanding',
      'Oak Primary / Safeguarding and child protection policy v1: 1 of 3, 2 outstanding',
      'Oak Primary / Staff code of conduct v1: 0 of 3, 3 outstanding',
    ]);
    expect(trustWide.totals).toEqual({ expected: 7, acknowledged: 1, outstanding: 6 });

    const atOak = await progress(trust.admin.token, `?schoolId=${oak}&policyId=${safeguarding}`);
    expect(atOak.rows).toEqual([
      {
        schoolId: oak,
        schoolName: 'Oak Primary',
        policyId: safeguarding,
        title: expect.any(String),
        version: 1,
        adoptedOn: '2026-09-01',
        staff: 3,
        acknowledged: 1,
        outstanding: 2,
        outstandingPeople: [
          { personId: bob.id, name: 'Bob Baker', askedOn: today },
          { personId: dsl.id, name: 'Dee Lead', askedOn: today },
        ],
      },
    ]);
    expect(atOak.totals).toEqual({ expected: 3, acknowledged: 1, outstanding: 2 });
  });

  it('shows names to the headteacher and the policy owner at their school, counts to a trustee, nothing to other staff', async () => {
    expect((await progress(trustee.token, `?schoolId=${oak}`)).rows.map((row) => row.outstandingPeople)).toEqual([null, null]);
    expect((await progress(head.token, `?schoolId=${oak}`)).rows.map((row) => row.outstandingPeople?.length)).toEqual([2, 3]);
    expect((await progress(head.token)).rows.map((row) => [row.schoolName, row.outstandingPeople])).toEqual([['Oak Primary', null], ['Oak Primary', null]]);

    const owned = await progress(dsl.token, `?schoolId=${oak}`);
    expect(owned.rows.map((row) => [row.policyId, row.outstandingPeople?.map((p) => p.name)])).toEqual([[conduct, ['Ann Archer', 'Bob Baker', 'Dee Lead']]]);
    expect(await progress(bob.token, `?schoolId=${oak}`)).toEqual({ rows: [], totals: { expected: 0, acknowledged: 0, outstanding: 0 } });

    const refused = await get(`/api/trusts/${trust.id}/acknowledgements?schoolId=${elm}`, head.token).expect(403);
    expect(refused.body.detail).toBe('You can read the acknowledgements of your own school only.');
  });

  it('answers bad query values with 400 and a clear message', async () => {
    const unknown = await expectRefusedUnchanged(app, () => get(`/api/trusts/${trust.id}/acknowledgements?schoolId=nope`, trust.admin.token), 400);
    expect(unknown.detail).toBe('schoolId nope is not a school of this trust.');
    const badPolicy = await expectRefusedUnchanged(app, () => get(`/api/trusts/${trust.id}/acknowledgements?policyId=${oak}`, trust.admin.token), 400);
    expect(badPolicy.detail).toBe(`policyId ${oak} is not a policy of this trust.`);
    const malformed = await expectRefusedUnchanged(app, () => get(`/api/trusts/${trust.id}/acknowledgements?schoolId=a%20b`, trust.admin.token), 400);
    expect(malformed.errors).toEqual([{ field: 'schoolId', message: 'schoolId must be the id of a school of this trust' }]);
  });

  it("gives a member of staff their reading, with the version's summary, link and document path, and what they acknowledged", async () => {
    const annReads = await reading(ann);
    expect(annReads.items).toEqual([
      {
        trustId: trust.id,
        schoolId: oak,
        schoolName: 'Oak Primary',
        policyId: conduct,
        title: 'Staff code of conduct',
        version: 1,
        adoptedOn: '2026-09-01',
        askedOn: today,
        summary: 'How staff behave',
        documentUrl: null,
        documentPath: `/api/trusts/${trust.id}/policies/${conduct}/versions/1/document`,
      },
    ]);
    expect(annReads.acknowledged).toEqual([{ schoolId: oak, policyId: safeguarding, title: expect.any(String), version: 1, acknowledgedOn: today }]);
    await app.http.get(annReads.items[0].documentPath!).set(bearer(ann.token)).expect(200);

    const catReads = await reading(cat);
    expect(catReads.items.map((item) => [item.schoolName, item.summary, item.documentUrl])).toEqual([['Elm Academy', 'Keeping children safe', 'https://example.org/safeguarding.pdf']]);
    expect(await reading(head)).toEqual({ items: [], acknowledged: [] });
  });

  it('asks everyone again for a new version and stops counting a leaver; a rebuild equals the live read models', async () => {
    await post(`/policies/${safeguarding}/versions`, { summary: 'Keeping children safe, 2027' });
    await post(`/schools/${oak}/policies/${safeguarding}/adoptions`, { version: 2, adoptedOn: '2026-11-01', approvedBy: 'local-governing-body' });
    const removed = await app.http.delete(`/api/trusts/${trust.id}/people/${bob.id}/roles?role=staff&schoolId=${oak}`).set(admin()).expect(201);
    wrote(removed.body.position);
    await acknowledge(dsl, oak, conduct, 1);

    expect(counts(await progress(trust.admin.token, `?schoolId=${oak}`))).toEqual([
      'Oak Primary / Safeguarding and child protection policy v2: 0 of 2, 2 outstanding (Ann Archer, Dee Lead)',
      'Oak Primary / Staff code of conduct v1: 1 of 2, 1 outstanding (Ann Archer)',
    ]);
    expect((await reading(ann)).items.map((item) => `${item.title} v${item.version}`)).toEqual(['Staff code of conduct v1', 'Safeguarding and child protection policy v2']);

    const { live, rebuilt } = await readModelsAndRebuild(app.dataDir);
    expect(live).toBe(rebuilt);
  });

  it("leaves staff acknowledgements out of a policy's history when asked (excludeType), and lists them by type", async () => {
    const types = async (query: string) =>
      ((await get(`/api/trusts/${trust.id}/audit${query}`, trust.admin.token).expect(200)).body as { items: { type: string }[] }).items.map((item) => item.type);
    expect(await types(`?policyId=${safeguarding}`)).toContain('PolicyAcknowledged');
    const history = await types(`?policyId=${safeguarding}&excludeType=PolicyAcknowledged`);
    expect(history).toContain('PolicyAdopted');
    expect(history).not.toContain('PolicyAcknowledged');
    expect(new Set(await types(`?schoolId=${oak}&type=PolicyAcknowledged`))).toEqual(new Set(['PolicyAcknowledged']));
    const refused = await get(`/api/trusts/${trust.id}/audit?excludeType=not%20a%20type`, trust.admin.token).expect(400);
    expect(JSON.stringify(refused.body)).toContain('excludeType must be an event type');
  });

  it("answers another trust's admin 404", async () => {
    const other = await createTrustWithAdmin(app, { schools: 1 });
    await get(`/api/trusts/${trust.id}/acknowledgements`, other.admin.token).expect(404);
  });
});

