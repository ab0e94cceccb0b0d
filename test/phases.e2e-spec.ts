import { randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore, RecordedEvent } from '@governance/event-store';
import type { CatalogueAddition, CatalogueEntry, RegisterRow, TrustCompliance, TrustPolicy } from '@governance/contracts';
import { addSchool, bearer, createTrustWithAdmin, expectRefusedUnchanged, headPosition, TestTrust } from './support/fixtures';
import { itOnSqlite } from './support/event-store-under-test';
import { readModelsAndRebuild } from './support/read-models-vs-rebuild';
import { startTestApp, TestApp } from './support/test-app';

const CAREERS = 'Provider access policy statement (careers)';
const BEHAVIOUR = 'Behaviour policy';
const TODAY = '2027-06-30';

/**
 * School phases and `appliesTo`: a primary school's register and figures leave out the
 * secondary-only careers statement; a school without a phase keeps every policy; policies stored
 * before appliesTo apply to every phase; a bad list is refused and appends nothing.
 */
describe('school phases and appliesTo', () => {
  let app: TestApp;
  let trust: TestTrust;
  let primary: string;
  let secondary: string;
  let unphased: string;
  let careers: string;
  let behaviour: string;

  const admin = () => bearer(trust.admin.token);
  const read = async <T>(path: string): Promise<T> =>
    (await app.http.get(path).set(admin()).set('X-Min-Position', await headPosition(app)).expect(200)).body as T;
  const titlesAt = async (schoolId: string) => (await read<RegisterRow[]>(`/api/trusts/${trust.id}/schools/${schoolId}/policies`)).map((row) => row.title);
  const policiesCounted = async () => {
    const compliance = await read<TrustCompliance>(`/api/trusts/${trust.id}/compliance?asOf=${TODAY}`);
    return {
      total: compliance.totals.policies,
      ...Object.fromEntries(compliance.schools.map((school) => [school.schoolId, school.policies])),
    };
  };
  const changeAppliesTo = (policyId: string, body: object) => app.http.patch(`/api/trusts/${trust.id}/policies/${policyId}`).set(admin()).send(body);

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: TODAY, REVIEW_SCAN: 'off' });
    trust = await createTrustWithAdmin(app);
    primary = await addSchool(app, trust.id, trust.admin.token, { name: 'Oakfield Primary Academy', phase: 'primary' });
    secondary = await addSchool(app, trust.id, trust.admin.token, { name: 'Libra School', phase: 'secondary' });
    unphased = await addSchool(app, trust.id, trust.admin.token, { name: 'Aries Academy' });
    const added = (await app.http.post(`/api/trusts/${trust.id}/policies/catalogue`).set(admin())
      .send({ keys: ['careers-provider-access', 'behaviour'] }).expect(201)).body as CatalogueAddition;
    careers = added.added.find((item) => item.key === 'careers-provider-access')!.id;
    behaviour = added.added.find((item) => item.key === 'behaviour')!.id;
  }, 60_000);
  afterAll(() => app.close());

  it('shows the phases in the catalogue and on the policy added from it', async () => {
    const catalogue = await read<CatalogueEntry[]>('/api/catalogue');
    const entry = catalogue.find((e) => e.key === 'careers-provider-access')!;
    expect(entry.appliesTo).toEqual(['secondary', 'all-through', 'special', 'alternative-provision', 'sixteen-plus']);
    expect(entry.appliesToReason).toMatch(/years 8 to 13/);
    expect(catalogue.find((e) => e.key === 'behaviour')!.appliesToReason).toBeNull();

    const policy = await read<TrustPolicy>(`/api/trusts/${trust.id}/policies/${careers}`);
    expect(policy.appliesTo).toEqual(entry.appliesTo);
  });

  it('leaves the careers statement out of a primary school register and figures; a secondary and a school without a phase keep it', async () => {
    expect(await titlesAt(primary)).toEqual([BEHAVIOUR]);
    expect(await titlesAt(secondary)).toEqual([BEHAVIOUR, CAREERS]);
    expect(await titlesAt(unphased)).toEqual([BEHAVIOUR, CAREERS]);
    expect(await policiesCounted()).toEqual({ total: 5, [primary]: 1, [secondary]: 2, [unphased]: 2 });

    const csv = (await app.http.get(`/api/trusts/${trust.id}/schools/${primary}/policies.csv`).set(admin()).expect(200)).text;
    expect(csv).toContain(BEHAVIOUR);
    expect(csv).not.toContain(CAREERS);
  });

  it('does not report a policy overdue, nor put it in the minutes pack, where it does not apply', async () => {
    await app.http.post(`/api/trusts/${trust.id}/policies/${careers}/versions`).set(admin()).send({ summary: 'First version' }).expect(201);
    for (const schoolId of [primary, secondary]) {
      // The primary adopted it before the trust set its phase: the log keeps it, the register does not show it.
      await app.http.post(`/api/trusts/${trust.id}/schools/${schoolId}/policies/${careers}/adoptions`).set(admin())
        .send({ version: 1, adoptedOn: '2025-09-01', approvedBy: 'local-governing-body' }).expect(201);
    }
    await app.http.post('/api/admin/review-scan').set(admin()).send({ asOf: TODAY }).expect(200);
    const store = app.app.get<EventStore>(EVENT_STORE);
    const overdue = (await store.readAll()).filter((event: RecordedEvent) => event.type === 'ReviewOverdue').map((event) => event.data.schoolId);
    expect(overdue).toEqual([secondary]);

    const pack = await read<{ schools: { school: { id: string } }[] }>(`/api/trusts/${trust.id}/terms/2027-summer/minutes-inputs`);
    const section = (schoolId: string) => JSON.stringify(pack.schools.find((s) => s.school.id === schoolId));
    expect(section(secondary)).toContain(CAREERS);
    expect(section(primary)).not.toContain(CAREERS);
  });

  it("follows a change of a school's phase and of a policy's appliesTo", async () => {
    await app.http.patch(`/api/trusts/${trust.id}/schools/${unphased}`).set(admin()).send({ phase: 'primary' }).expect(200);
    expect(await titlesAt(unphased)).toEqual([BEHAVIOUR]);

    const narrowed = await changeAppliesTo(behaviour, { appliesTo: ['secondary', 'primary'] }).expect(200);
    expect(narrowed.body).toMatchObject({ id: behaviour, changed: true });
    expect((await changeAppliesTo(behaviour, { appliesTo: ['primary', 'secondary'] }).expect(200)).body.changed).toBe(false);
    await changeAppliesTo(careers, { appliesTo: ['primary'] }).expect(200);
    expect(await titlesAt(primary)).toEqual([BEHAVIOUR, CAREERS]);
    expect(await titlesAt(secondary)).toEqual([BEHAVIOUR]);
    expect((await read<TrustPolicy>(`/api/trusts/${trust.id}/policies/${behaviour}`)).appliesTo).toEqual(['primary', 'secondary']);

    await changeAppliesTo(careers, { appliesTo: ['secondary', 'all-through', 'special', 'alternative-provision', 'sixteen-plus'] }).expect(200);
    await app.http.patch(`/api/trusts/${trust.id}/schools/${unphased}`).set(admin()).send({ phase: 'secondary' }).expect(200);
    expect(await titlesAt(unphased)).toEqual([BEHAVIOUR, CAREERS]);
  });

  it('reads a policy stored before appliesTo as applying to every phase', async () => {
    const policyId = `policy-old-${randomUUID()}`;
    const store = app.app.get<EventStore>(EVENT_STORE);
    await store.appendToStream(
      `policy-${policyId}`,
      [
        {
          id: randomUUID(),
          type: 'PolicyRegistered',
          data: {
            policyId, trustId: trust.id, title: 'Anti-bullying policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body',
            statutory: false, eiaRequired: false, category: null, legislation: [], linkedPolicies: [], catalogueKey: null,
          },
          metadata: { trustId: trust.id, actorId: trust.admin.id, schemaVersion: 1 },
        },
      ],
      { expectedRevision: 'no-stream' },
    );
    expect(await titlesAt(primary)).toContain('Anti-bullying policy');
    expect(await titlesAt(secondary)).toContain('Anti-bullying policy');
    const policy = await read<TrustPolicy>(`/api/trusts/${trust.id}/policies/${policyId}`);
    expect(policy.appliesTo).toEqual(['nursery', 'primary', 'secondary', 'all-through', 'special', 'alternative-provision', 'sixteen-plus']);
    // The trust narrows it like any other policy.
    await changeAppliesTo(policyId, { appliesTo: ['secondary'] }).expect(200);
    expect(await titlesAt(primary)).not.toContain('Anti-bullying policy');
  });

  it('refuses an empty list, an unknown phase or a missing list, naming appliesTo, and appends nothing', async () => {
    const register = (appliesTo: unknown) =>
      app.http.post(`/api/trusts/${trust.id}/policies`).set(admin())
        .send({ title: 'Uniform policy', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher', appliesTo });
    for (const send of [() => register([]), () => register(['primary', 'middle']), () => register('primary'), () => changeAppliesTo(careers, { appliesTo: [] }), () => changeAppliesTo(careers, {}), () => changeAppliesTo(careers, { appliesTo: ['infant'] })]) {
      const problem = await expectRefusedUnchanged(app, send, 400);
      expect(JSON.stringify(problem)).toContain('appliesTo');
    }
    await expectRefusedUnchanged(app, () => changeAppliesTo('no-such-policy', { appliesTo: ['primary'] }), 404);
  });

  itOnSqlite('gives the same registers when the read models are rebuilt from the log', 'it reads the SQLite files', async () => {
    await headPosition(app);
    const { live, rebuilt } = await readModelsAndRebuild(app.dataDir);
    expect(rebuilt).toBe(live);
  });
});
