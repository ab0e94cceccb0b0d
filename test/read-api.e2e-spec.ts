import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS, hashReadModels, rebuildProjections } from '@governance/projections';
import { itOnSqlite } from './support/event-store-under-test';
import { startTestApp, TestApp } from './support/test-app';
import { addSignedInPerson, bearer, createTrustWithAdmin, headPosition, SignedInPerson, TestTrust } from './support/fixtures';
import { fullEia } from './support/policy-fixtures';

/*
 * The query routes against a trust built through the HTTP API, every figure worked out by hand
 * from the rules of API.md. Today is 2026-11-24 (Autumn 2026; the next term, Spring 2027, ends
 * 2027-03-31, so "due soon" runs to then).
 *
 *   policy             scope   cycle  Libra (school A)                         Orion (school B)
 *   P1 Anti-bullying   school  12     adopted 2025-01-10, reviewed 2025-12-01   adopted 2026-09-01, no EIA
 *                                     -> due 2026-12-01: due-soon, EIA complete -> due 2027-09-01: in-date, EIA missing
 *   P2 Uniform         school  24     adopted 2023-06-01 -> due 2025-06-01:      not adopted
 *                                     overdue
 *   P3 Complaints      trust   12     approved by the trust 2026-06-01 -> due    not adopted
 *                                     2027-06-01; adopted 2026-07-01: in-date
 *   P4 Lettings        school  36     not adopted                               adopted 2026-10-01, reviewed 2026-11-01
 *                                                                               next "Spring 2027" -> 2027-03-31: due-soon
 */
describe('read API against a hand-computed trust', () => {
  let app: TestApp;
  let trust: TestTrust;
  let libra: string;
  let orion: string;
  let head: SignedInPerson;
  let governor: SignedInPerson;
  const policy: Record<'P1' | 'P2' | 'P3' | 'P4', string> = { P1: '', P2: '', P3: '', P4: '' };
  let admin: { Authorization: string };
  let lastPosition = '0';

  async function post(path: string, body: object, as = admin, status = 201): Promise<{ id: string; position: string }> {
    const response = await app.http.post(path).set(as).send(body);
    if (response.status !== status) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    lastPosition = response.body.position;
    return response.body;
  }

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School', 'Orion Academy'] });
    [libra, orion] = trust.schools;
    admin = bearer(trust.admin.token);
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: libra }]);
    governor = await addSignedInPerson(app, trust, [{ role: 'governor', schoolId: libra }]);
    const policies = `/api/trusts/${trust.id}/policies`;
    const at = (schoolId: string, policyId: string, what: string) => `/api/trusts/${trust.id}/schools/${schoolId}/policies/${policyId}/${what}`;

    policy.P1 = (await post(policies, { title: 'Anti-bullying Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' })).id;
    policy.P2 = (await post(policies, { title: 'Uniform Policy', scope: 'school', reviewCycleMonths: 24, approver: 'headteacher', eiaRequired: false })).id;
    policy.P3 = (await post(policies, { title: 'Complaints Policy', scope: 'trust', reviewCycleMonths: 12, approver: 'trust-board', eiaRequired: false })).id;
    policy.P4 = (await post(policies, { title: 'Lettings Policy', scope: 'school', reviewCycleMonths: 36, approver: 'committee', eiaRequired: false })).id;
    for (const id of Object.values(policy)) await post(`${policies}/${id}/versions`, { summary: 'First version' });
    await post(`${policies}/${policy.P3}/approvals`, { version: 1, approvedOn: '2026-06-01', body: 'trust-board', minuteRef: 'TB/26/04' });

    const asHead = bearer(head.token);
    await post(at(libra, policy.P1, 'adoptions'), { version: 1, adoptedOn: '2025-01-10', approvedBy: 'local-governing-body' }, asHead);
    await post(at(libra, policy.P1, 'reviews'), { reviewedOn: '2025-12-01', outcome: 'no-change' }, asHead);
    await post(at(libra, policy.P1, 'eia'), { completedOn: '2025-12-01', impacts: fullEia(), fullAssessmentRequired: false, conclusion: 'No negative impact.' }, asHead);
    await post(at(libra, policy.P2, 'adoptions'), { version: 1, adoptedOn: '2023-06-01' }, asHead);
    await post(at(libra, policy.P3, 'adoptions'), { version: 1, adoptedOn: '2026-07-01' }, asHead);
    await post(at(orion, policy.P1, 'adoptions'), { version: 1, adoptedOn: '2026-09-01' });
    await post(at(orion, policy.P4, 'adoptions'), { version: 1, adoptedOn: '2026-10-01' });
    await post(at(orion, policy.P4, 'reviews'), { reviewedOn: '2026-11-01', outcome: 'amended', nextReviewDue: 'Spring 2027' });

    await post(`/api/trusts/${trust.id}/schools/${libra}/link-governors`, { personId: governor.id, area: 'Behaviour', policyIds: [policy.P1] });
    await post(`/api/trusts/${trust.id}/schools/${libra}/link-governor-reports`, { term: '2026-autumn', summary: 'Behaviour is good.' }, bearer(governor.token));
    await post(`/api/trusts/${trust.id}/schools/${libra}/link-governor-reports`, { term: '2026-summer', summary: 'Last term.' }, bearer(governor.token));
    await post(`/api/trusts/${trust.id}/schools/${libra}/termly-reports`, { term: '2026-autumn', summary: 'A good term.' }, asHead);
    await post(`/api/trusts/${trust.id}/schools/${orion}/termly-reports`, { term: '2026-summer', summary: 'Last term only.' });
  }, 60_000);

  afterAll(() => app.close());

  const get = (path: string, as = admin) => app.http.get(path).set(as).set('X-Min-Position', lastPosition);

  it('gives each school the figures of API.md’s rules, today', async () => {
    const response = await get(`/api/trusts/${trust.id}/compliance`).expect(200);
    expect(response.body.asOf).toBe('2026-11-24');
    const bySchool = Object.fromEntries((response.body.schools as { schoolId: string }[]).map((s) => [s.schoolId, s]));
    expect(bySchool[libra]).toEqual({
      schoolId: libra,
      name: 'Libra School',
      policies: 4,
      inDate: 1,
      dueSoon: 1,
      overdue: 1,
      notAdopted: 1,
      eiaMissing: 0,
      compliancePct: 50,
      linkGovernorReportsThisTerm: 1,
      termlyReportSubmitted: true,
      ...extraFieldsOf(bySchool[libra]),
    });
    expect(bySchool[orion]).toMatchObject({
      name: 'Orion Academy',
      policies: 4,
      inDate: 1,
      dueSoon: 1,
      overdue: 0,
      notAdopted: 2,
      eiaMissing: 1,
      compliancePct: 50,
      linkGovernorReportsThisTerm: 0,
      termlyReportSubmitted: false,
    });
    expect(response.body.totals).toMatchObject({ policies: 8, inDate: 2, dueSoon: 2, overdue: 1, notAdopted: 3, eiaMissing: 1 });
  });

  it('gives the figures as of another day from the same facts', async () => {
    // 2027-04-15 is in Summer 2027 (ends 2027-08-31); the next term, Autumn 2027, ends 2027-12-31.
    const response = await get(`/api/trusts/${trust.id}/compliance?asOf=2027-04-15`).expect(200);
    const bySchool = Object.fromEntries((response.body.schools as { schoolId: string }[]).map((s) => [s.schoolId, s]));
    expect(bySchool[libra]).toMatchObject({ inDate: 0, dueSoon: 1, overdue: 2, notAdopted: 1, compliancePct: 25 });
    expect(bySchool[orion]).toMatchObject({ inDate: 0, dueSoon: 1, overdue: 1, notAdopted: 2, compliancePct: 25 });
  });

  it('refuses an asOf that is not a date', async () => {
    await get(`/api/trusts/${trust.id}/compliance?asOf=next-week`).expect(400);
  });

  it('lists each school’s register row by row', async () => {
    const response = await get(`/api/trusts/${trust.id}/schools/${libra}/policies`).expect(200);
    const rows = Object.fromEntries((response.body as { policyId: string }[]).map((row) => [row.policyId, row]));
    expect(rows[policy.P1]).toMatchObject({ title: 'Anti-bullying Policy', scope: 'school', status: 'due-soon', adoptedVersion: 1, currentVersion: 1, lastReviewedOn: '2025-12-01', nextReviewDue: '2026-12-01', eia: 'complete' });
    expect(rows[policy.P2]).toMatchObject({ status: 'overdue', adoptedVersion: 1, lastReviewedOn: null, nextReviewDue: '2025-06-01', eia: 'not-required' });
    expect(rows[policy.P3]).toMatchObject({ scope: 'trust', status: 'in-date', adoptedVersion: 1, lastReviewedOn: null, nextReviewDue: '2027-06-01' });
    expect(rows[policy.P4]).toMatchObject({ status: 'not-adopted', adoptedVersion: null, nextReviewDue: null });

    const orionRows = await get(`/api/trusts/${trust.id}/schools/${orion}/policies`).expect(200);
    const p4 = (orionRows.body as { policyId: string }[]).find((row) => row.policyId === policy.P4);
    expect(p4).toMatchObject({ status: 'due-soon', lastReviewedOn: '2026-11-01', nextReviewDue: '2027-03-31', nextReviewDueAsGiven: '2027-spring' });
    const p1 = (orionRows.body as { policyId: string }[]).find((row) => row.policyId === policy.P1);
    expect(p1).toMatchObject({ status: 'in-date', nextReviewDue: '2027-09-01', eia: 'missing' });
  });

  it('shows a school-scoped reader only their own school', async () => {
    const compliance = await get(`/api/trusts/${trust.id}/compliance`, bearer(head.token)).expect(200);
    expect(compliance.body.schools.map((s: { schoolId: string }) => s.schoolId)).toEqual([libra]);
    await get(`/api/trusts/${trust.id}/schools/${orion}/policies`, bearer(head.token)).expect(403);
  });

  it('shows every event of a policy in the audit trail with its actor, oldest first', async () => {
    const response = await get(`/api/trusts/${trust.id}/audit?policyId=${policy.P1}&order=oldest`).expect(200);
    const items = response.body.items as { type: string; actorId: string; streamId: string; data: { schoolId?: string } }[];
    expect(items.map((item) => item.type)).toEqual(['PolicyRegistered', 'PolicyVersionDrafted', 'PolicyAdopted', 'PolicyReviewed', 'EIACompleted', 'PolicyAdopted']);
    expect(items.map((item) => item.actorId)).toEqual([trust.admin.id, trust.admin.id, head.id, head.id, head.id, trust.admin.id]);
    expect(items[5].data.schoolId).toBe(orion);
    expect(response.body.nextCursor).toBeNull();
  });

  it('pages the audit trail with a cursor, newest first, without gaps or repeats', async () => {
    const all = await get(`/api/trusts/${trust.id}/audit?limit=500`).expect(200);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { position: string }[]; nextCursor: string | null } } = await get(
        `/api/trusts/${trust.id}/audit?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      seen.push(...page.body.items.map((item) => item.position));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual((all.body.items as { position: string }[]).map((item) => item.position));
    expect(seen.map(BigInt)).toEqual([...seen.map(BigInt)].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('filters the audit trail by school, type and time', async () => {
    const bySchool = await get(`/api/trusts/${trust.id}/audit?schoolId=${orion}&type=PolicyAdopted`).expect(200);
    expect(bySchool.body.items).toHaveLength(2);
    const future = await get(`/api/trusts/${trust.id}/audit?from=2099-01-01T00:00:00Z`).expect(200);
    expect(future.body.items).toEqual([]);
  });

  it('lists the trust’s policies with trust-level review facts', async () => {
    const response = await get(`/api/trusts/${trust.id}/policies`, bearer(governor.token)).expect(200);
    expect((response.body as { title: string }[]).map((p) => p.title)).toEqual(['Anti-bullying Policy', 'Complaints Policy', 'Lettings Policy', 'Uniform Policy']);
    expect((response.body as { id: string }[]).find((p) => p.id === policy.P3)).toMatchObject({ approvedVersion: 1, nextReviewDue: '2027-06-01' });
  });

  it('follows the trust’s own term dates: "Spring 2027" then ends on the trust’s last day of spring', async () => {
    const set = await app.http
      .put(`/api/trusts/${trust.id}/term-dates`)
      .set(admin)
      .send({ terms: [{ term: '2027-spring', startsOn: '2027-01-04', endsOn: '2027-03-26' }] })
      .expect(201);
    lastPosition = set.body.position;
    const rows = await get(`/api/trusts/${trust.id}/schools/${orion}/policies?asOf=2027-03-29`).expect(200);
    expect((rows.body as { policyId: string }[]).find((row) => row.policyId === policy.P4)).toMatchObject({ nextReviewDue: '2027-03-26', status: 'overdue' });
    const compliance = await get(`/api/trusts/${trust.id}/compliance?asOf=2027-03-29`).expect(200);
    expect(compliance.body.schools.find((s: { schoolId: string }) => s.schoolId === orion)).toMatchObject({ overdue: 1 });
  });

  itOnSqlite('keeps read models that a rebuild from the log reproduces row for row', 'rebuilds from events.db', async () => {
    await get(`/api/trusts/${trust.id}/compliance`).expect(200);
    const position = await headPosition(app);
    await app.close({ keepData: true });
    const store = new SqliteEventStore({ file: join(app.dataDir, 'events.db') });
    const live = new Database(join(app.dataDir, 'read-models.db'), { readonly: true });
    const fresh = new Database(':memory:');
    try {
      await rebuildProjections(store, fresh, ALL_PROJECTIONS);
      expect(String(await store.headPosition())).toBe(position);
      expect(hashReadModels(live, ALL_PROJECTIONS)).toBe(hashReadModels(fresh, ALL_PROJECTIONS));
    } finally {
      live.close();
      fresh.close();
      await store.close();
      app = await startTestApp({ CLOCK_TODAY: '2026-11-24' }, app.dataDir);
    }
  });
});

/** Fields beyond API.md's that the compliance row may carry; the test pins API.md's exactly. */
function extraFieldsOf(row: object): object {
  const contract = ['schoolId', 'name', 'policies', 'inDate', 'dueSoon', 'overdue', 'notAdopted', 'eiaMissing', 'compliancePct', 'linkGovernorReportsThisTerm', 'termlyReportSubmitted'];
  return Object.fromEntries(Object.entries(row).filter(([key]) => !contract.includes(key)));
}
