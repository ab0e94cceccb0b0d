import { startTestApp, TestApp } from './support/test-app';
import { bearer, createTrustWithAdmin, expectRefusedUnchanged, TestTrust } from './support/fixtures';
import { fullEia } from './support/policy-fixtures';

/*
 * EIAs belong to a version, over HTTP: once a later version is adopted, the earlier version's
 * EIA is out of date on the register and the dashboard until one is completed for the new one.
 */
describe('EIAs per version over HTTP', () => {
  let app: TestApp;
  let trust: TestTrust;
  let school: string;
  let admin: { Authorization: string };
  let policyId: string;

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    [school] = trust.schools;
    admin = bearer(trust.admin.token);
    const registered = await app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(admin)
      .send({ title: 'Accessibility Plan', scope: 'school', reviewCycleMonths: 36, approver: 'local-governing-body', eiaRequired: true })
      .expect(201);
    policyId = registered.body.id as string;
    for (const summary of ['First version', 'Second version']) {
      await app.http.post(`/api/trusts/${trust.id}/policies/${policyId}/versions`).set(admin).send({ summary }).expect(201);
    }
  });

  afterAll(() => app.close());

  const atPolicy = (path: string) => `/api/trusts/${trust.id}/schools/${school}/policies/${policyId}/${path}`;
  const eia = (body: Record<string, unknown>) =>
    app.http
      .post(atPolicy('eia'))
      .set(admin)
      .send({ impacts: fullEia(), fullAssessmentRequired: false, conclusion: 'No negative impact identified.', ...body });
  const registerRow = async (position: string) => {
    const register = await app.http.get(`/api/trusts/${trust.id}/schools/${school}/policies`).set(admin).set('X-Min-Position', position).expect(200);
    return (register.body as { policyId: string; eia: string; eiaVersion: number | null }[]).find((row) => row.policyId === policyId);
  };
  const schoolFigures = async (position: string) => {
    const compliance = await app.http.get(`/api/trusts/${trust.id}/compliance`).set(admin).set('X-Min-Position', position).expect(200);
    return { school: compliance.body.schools[0] as Record<string, number>, totals: compliance.body.totals as Record<string, number> };
  };

  it('given version 1 adopted with its EIA, when version 2 is adopted, then the EIA is out of date and not compliant', async () => {
    await app.http.post(atPolicy('adoptions')).set(admin).send({ version: 1, adoptedOn: '2026-01-10' }).expect(201);
    const first = await eia({ completedOn: '2026-01-20' }).expect(201);
    expect(await registerRow(first.body.position)).toMatchObject({ eia: 'complete', eiaVersion: 1 });
    expect((await schoolFigures(first.body.position)).school).toMatchObject({ inDate: 1, eiaOutOfDate: 0, compliancePct: 100 });

    const second = await app.http.post(atPolicy('adoptions')).set(admin).send({ version: 2, adoptedOn: '2026-10-01' }).expect(201);
    expect(await registerRow(second.body.position)).toMatchObject({ eia: 'out-of-date', eiaVersion: 1 });
    const figures = await schoolFigures(second.body.position);
    expect(figures.school).toMatchObject({ inDate: 1, eiaOutOfDate: 1, compliancePct: 0 });
    expect(figures.totals).toMatchObject({ eiaOutOfDate: 1, compliancePct: 0 });
    // The clerk's pack lists it among the EIAs needing attention, in words.
    const pack = await app.http
      .get(`/api/trusts/${trust.id}/terms/2026-autumn/minutes-inputs?schoolId=${school}`)
      .set(admin)
      .set('X-Min-Position', second.body.position)
      .expect(200);
    expect(pack.body.schools[0].eias).toEqual([{ policyId, title: 'Accessibility Plan', eia: 'out-of-date', lastEiaOn: '2026-01-20', adopted: true }]);
    const markdown = await app.http
      .get(`/api/trusts/${trust.id}/terms/2026-autumn/minutes-inputs?schoolId=${school}&format=markdown`)
      .set(admin)
      .expect(200);
    expect(markdown.text).toMatch(/\| Accessibility Plan \| out of date \|/);
  });

  it('refuses an EIA for a version that does not exist or the school never adopted, appending nothing', async () => {
    const unknown = await expectRefusedUnchanged(app, () => eia({ completedOn: '2026-11-01', version: 9 }), 422);
    expect(unknown.detail).toContain('Version 9 of this policy does not exist');

    const draftOnly = await app.http.post(`/api/trusts/${trust.id}/policies/${policyId}/versions`).set(admin).send({ summary: 'Third version' }).expect(201);
    expect(draftOnly.body.version).toBe(3);
    const neverAdopted = await expectRefusedUnchanged(app, () => eia({ completedOn: '2026-11-01', version: 3 }), 422);
    expect(neverAdopted).toMatchObject({ code: 'version-not-adopted' });
    expect(neverAdopted.detail).toBe(
      'The school has never adopted version 3 of “Accessibility Plan”, so an EIA cannot be recorded for it (adopted: version 1, 2).',
    );
  });

  it('given version 2 adopted, when an EIA is completed after it without naming a version, then it is for version 2 and complete', async () => {
    const done = await eia({ completedOn: '2026-10-15' }).expect(201);
    const trail = await app.http.get(`/api/trusts/${trust.id}/audit?schoolId=${school}&policyId=${policyId}`).set(admin).set('X-Min-Position', done.body.position).expect(200);
    const recorded = (trail.body.items as { type: string; data: { version: number | null } }[]).find((item) => item.type === 'EIACompleted');
    expect(recorded?.data.version).toBe(2);
    expect(await registerRow(done.body.position)).toMatchObject({ eia: 'complete', eiaVersion: 2 });
    expect((await schoolFigures(done.body.position)).school).toMatchObject({ eiaOutOfDate: 0, compliancePct: 100 });
  });

  it('writes an out-of-date EIA in words in the CSV of the dashboard', async () => {
    const csv = await app.http.get(`/api/trusts/${trust.id}/compliance.csv?asOf=2026-10-10`).set(admin).expect(200);
    const [header, row] = csv.text.trim().split(/\r?\n/);
    const column = header.split(',').indexOf('EIA out of date');
    expect(column).toBeGreaterThan(-1);
    expect(row.split(',')[column]).toBe('1');
  });
});
