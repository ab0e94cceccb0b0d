import { startTestApp, TestApp } from './support/test-app';
import { bearer, createTrustWithAdmin, TestTrust } from './support/fixtures';

/*
 * knownAt over HTTP: the dashboard, a register and the audit trail as the log stood at a
 * position or an instant. A review recorded late with an earlier date changes today's answer
 * for that date; the answer known at the earlier position does not move.
 */
describe('knownAt: what the board could have seen then', () => {
  let app: TestApp;
  let trust: TestTrust;
  let school: string;
  let admin: { Authorization: string };
  let policyId: string;
  let position: string;
  let instant: string;
  let captured: { compliance: unknown; register: unknown };

  const compliance = (query: string, minPosition?: string) => {
    const request = app.http.get(`/api/trusts/${trust.id}/compliance?asOf=2026-11-24${query}`).set(admin);
    return minPosition ? request.set('X-Min-Position', minPosition) : request;
  };
  const register = (query: string, minPosition?: string) => {
    const request = app.http.get(`/api/trusts/${trust.id}/schools/${school}/policies?asOf=2026-11-24${query}`).set(admin);
    return minPosition ? request.set('X-Min-Position', minPosition) : request;
  };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2026-11-24' });
    trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    [school] = trust.schools;
    admin = bearer(trust.admin.token);
    const registered = await app.http
      .post(`/api/trusts/${trust.id}/policies`)
      .set(admin)
      .send({ title: 'Anti-bullying Policy', scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', eiaRequired: false })
      .expect(201);
    policyId = registered.body.id as string;
    await app.http.post(`/api/trusts/${trust.id}/policies/${policyId}/versions`).set(admin).send({ summary: 'First version' }).expect(201);
    // Adopted September 2025 on a 12-month cycle: overdue on 2026-11-24 until a review is recorded.
    const adopted = await app.http
      .post(`/api/trusts/${trust.id}/schools/${school}/policies/${policyId}/adoptions`)
      .set(admin)
      .send({ version: 1, adoptedOn: '2025-09-01' })
      .expect(201);
    position = adopted.body.position as string;

    // The live answers at position P, before any later write: what the board saw at its meeting.
    captured = { compliance: (await compliance('', position).expect(200)).body, register: (await register('', position).expect(200)).body };
    instant = new Date().toISOString();
    // Later instants are strictly later than the one captured.
    await new Promise((resolve) => setTimeout(resolve, 5));

    // Recorded now, dated 20 September: it changes the figures for 24 November after the fact.
    const reviewed = await app.http
      .post(`/api/trusts/${trust.id}/schools/${school}/policies/${policyId}/reviews`)
      .set(admin)
      .send({ reviewedOn: '2026-09-20', outcome: 'no-change' })
      .expect(201);
    await compliance('', reviewed.body.position as string).expect(200);
  });

  afterAll(() => app.close());

  it('given a late review with an earlier date, then the live answer changed but knownAt=P gives exactly the answer captured at P', async () => {
    const live = (await compliance('').expect(200)).body;
    expect(live).not.toEqual(captured.compliance);
    // The adoption (dated September 2025) and the review were both recorded more than 30 days later.
    expect(live.schools[0]).toMatchObject({ overdue: 0, inDate: 1, recordedLate: 2 });
    expect(live.totals).toMatchObject({ recordedLate: 2 });
    expect(captured.compliance).toMatchObject({ schools: [{ overdue: 1, recordedLate: 1 }] });

    expect((await compliance(`&knownAt=${position}`).expect(200)).body).toEqual(captured.compliance);
    expect((await register(`&knownAt=${position}`).expect(200)).body).toEqual(captured.register);
    expect((await register('').expect(200)).body).not.toEqual(captured.register);
    // A second look is answered from the state already built, and is the same.
    expect((await compliance(`&knownAt=${position}`).expect(200)).body).toEqual(captured.compliance);
  });

  it('given knownAt as an instant, then the answer is the one at the last position recorded by then', async () => {
    expect((await compliance(`&knownAt=${encodeURIComponent(instant)}`).expect(200)).body).toEqual(captured.compliance);
    expect((await register(`&knownAt=${encodeURIComponent(instant)}`).expect(200)).body).toEqual(captured.register);
  });

  it('given an instant in the future, then the answer is as of now', async () => {
    const live = (await compliance('').expect(200)).body;
    const future = await compliance('&knownAt=2100-01-01T00:00:00Z');
    expect(future.body).toEqual(live);
  });

  it('refuses a malformed knownAt or a position beyond the head with a 400 naming knownAt', async () => {
    for (const bad of ['yesterday', '2026-11-24', '2026-02-30T09:00:00Z', '-3']) {
      const refused = await compliance(`&knownAt=${encodeURIComponent(bad)}`).expect(400);
      expect(JSON.stringify(refused.body)).toContain('knownAt');
    }
    const beyond = await register('&knownAt=99999999999').expect(400);
    expect(beyond.body.detail).toContain('beyond the newest position');
    expect(beyond.body.errors).toEqual([expect.objectContaining({ field: 'knownAt' })]);
  });

  it('given knownAt on the audit trail, then only entries up to it, and the late review is marked recordedLate', async () => {
    const then = (await app.http.get(`/api/trusts/${trust.id}/audit?knownAt=${position}&limit=500`).set(admin).expect(200)).body;
    expect(then.items.every((item: { position: string }) => BigInt(item.position) <= BigInt(position))).toBe(true);
    expect(then.items.map((item: { type: string }) => item.type)).not.toContain('PolicyReviewed');

    const live = (await app.http.get(`/api/trusts/${trust.id}/audit?limit=500`).set(admin).expect(200)).body;
    const review = live.items.find((item: { type: string }) => item.type === 'PolicyReviewed');
    expect(review).toMatchObject({ recordedLate: true });
    const adoption = live.items.find((item: { type: string }) => item.type === 'PolicyAdopted');
    expect(adoption).toMatchObject({ recordedLate: true });
    expect(live.items.find((item: { type: string }) => item.type === 'PolicyRegistered')).toMatchObject({ recordedLate: false });
  });
});
