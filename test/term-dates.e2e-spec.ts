import ICAL from 'ical.js';
import { addSignedInPerson, bearer, createTrustWithAdmin, TestTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * PUT /api/trusts/:trustId/term-dates: a trust's own term dates replace the defaults for the
 * terms given, and a review due "Spring 2027" is then due by the trust's last day of that term
 * in the review scan and the calendar feed.
 */
describe('term dates of a trust', () => {
  let app: TestApp;
  const spring = { term: 'Spring 2027', startsOn: '2027-01-05', endsOn: '2027-03-26' };

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2027-06-30', REVIEW_SCAN: 'off' });
  });
  afterAll(() => app.close());

  /** A trust with one school and a policy whose next review is due "Spring 2027". */
  async function trustWithSpringReview(): Promise<{ trust: TestTrust; policyId: string }> {
    const trust = await createTrustWithAdmin(app, { schools: ['Libra School'] });
    const admin = bearer(trust.admin.token);
    const base = `/api/trusts/${trust.id}`;
    const policy = await app.http.post(`${base}/policies`).set(admin).send({ title: 'Behaviour Policy', scope: 'school', reviewCycleMonths: 12, approver: 'headteacher' }).expect(201);
    const policyId = policy.body.id as string;
    await app.http.post(`${base}/policies/${policyId}/versions`).set(admin).send({ summary: 'v1' }).expect(201);
    const school = `${base}/schools/${trust.schools[0]}/policies/${policyId}`;
    await app.http.post(`${school}/adoptions`).set(admin).send({ version: 1, adoptedOn: '2026-01-10' }).expect(201);
    await app.http.post(`${school}/reviews`).set(admin).send({ reviewedOn: '2026-03-01', outcome: 'no-change', nextReviewDue: 'Spring 2027' }).expect(201);
    return { trust, policyId };
  }

  it('sets a term’s dates (201), answers 200 when they are already so, and shows the year’s terms', async () => {
    const trust = await createTrustWithAdmin(app);
    const path = `/api/trusts/${trust.id}/term-dates`;
    const first = await app.http.put(path).set(bearer(trust.admin.token)).send({ terms: [spring] }).expect(201);
    expect(first.body).toEqual({ id: trust.id, position: expect.any(String) });
    await app.http.put(path).set(bearer(trust.admin.token)).send({ terms: [{ ...spring, term: '2027-spring' }] }).expect(200);
    const view = await app.http.get(path).set(bearer(trust.admin.token)).expect(200);
    expect(view.body.overrides).toEqual([{ term: '2027-spring', startsOn: '2027-01-05', endsOn: '2027-03-26' }]);
    expect(view.body.terms.map((t: { term: string }) => t.term)).toEqual(['2026-autumn', '2027-spring', '2027-summer', '2027-autumn', '2028-spring', '2028-summer']);
    expect(view.body.terms[1]).toEqual({ term: '2027-spring', startsOn: '2027-01-05', endsOn: '2027-03-26', overridden: true });
    expect(view.body.terms[0]).toEqual({ term: '2026-autumn', startsOn: '2026-09-01', endsOn: '2027-01-04', overridden: false });
  });

  it('refuses other roles (403), malformed dates (400) and dates overlapping the trust’s others (422)', async () => {
    const trust = await createTrustWithAdmin(app, { schools: 1 });
    const path = `/api/trusts/${trust.id}/term-dates`;
    const admin = bearer(trust.admin.token);
    const trustee = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await app.http.put(path).set(bearer(trustee.token)).send({ terms: [spring] }).expect(403);
    await app.http.get(path).set(bearer(trustee.token)).expect(200);
    const invalid = [
      { terms: [] },
      { terms: [{ ...spring, startsOn: '2027-02-30' }] },
      { terms: [{ ...spring, term: 'Lent 2027' }] },
      { terms: [{ ...spring, endsOn: '2027-07-30' }] },
      { terms: [{ ...spring, extra: 1 }] },
      { terms: [spring, spring] },
    ];
    for (const body of invalid) {
      const response = await app.http.put(path).set(admin).send(body);
      expect([response.status, response.body.type]).toEqual([400, '/problems/validation']);
    }
    await app.http.put(path).set(admin).send({ terms: [spring] }).expect(201);
    const overlap = await app.http.put(path).set(admin).send({ terms: [{ term: '2027-summer', startsOn: '2027-03-20', endsOn: '2027-07-21' }] }).expect(422);
    expect(overlap.body.type).toBe('/problems/term-dates-overlap');
  });

  it('makes a review due "Spring 2027" overdue after the trust’s own last day of spring, in the scan and the feed', async () => {
    const own = await trustWithSpringReview();
    const defaults = await trustWithSpringReview();
    await app.http.put(`/api/trusts/${own.trust.id}/term-dates`).set(bearer(own.trust.admin.token)).send({ terms: [spring] }).expect(201);

    const scan = (trust: TestTrust) => app.http.post('/api/admin/review-scan').set(bearer(trust.admin.token)).send({ asOf: '2027-03-27' }).expect(200);
    expect((await scan(own.trust)).body).toMatchObject({ reviewDue: 1, reviewOverdue: 1 });
    expect((await scan(defaults.trust)).body).toMatchObject({ reviewDue: 1, reviewOverdue: 0 });

    const dueDate = async ({ trust }: { trust: TestTrust }) => {
      const feed = await app.http.get(`/api/trusts/${trust.id}/calendar.ics`).set(bearer(trust.admin.token)).expect(200);
      const [event] = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      return event.startDate.toString();
    };
    expect(await dueDate(own)).toBe('2027-03-26');
    expect(await dueDate(defaults)).toBe('2027-03-31');
  });
});
