import ICAL from 'ical.js';
import { addSignedInPerson, bearer, loginAs, operator, SignedInPerson } from './support/fixtures';
import { createReviewCyclesTrust, ReviewCyclesTrust } from './support/review-cycles-trust';
import { startTestApp, TestApp } from './support/test-app';

interface FeedEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  allDay: boolean;
}

/** Parses a feed with a real iCalendar parser (ical.js), as a calendar app would. */
function eventsOf(body: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
    .map((e) => ({ uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString(), summary: e.summary, allDay: e.startDate.isDate }));
}

/**
 * GET /api/trusts/:trustId/calendar.ics over HTTP: valid RFC 5545 read back by ical.js, an
 * all-day event per upcoming and overdue review, stable UIDs, the caller's schools only, and
 * read-only feed tokens for calendar apps that cannot send headers.
 */
describe('calendar feed', () => {
  let app: TestApp;
  let seed: ReviewCyclesTrust;
  let head: SignedInPerson;
  const feedPath = () => `/api/trusts/${seed.trust.id}/calendar.ics`;

  beforeAll(async () => {
    app = await startTestApp({ CLOCK_TODAY: '2027-06-30', REVIEW_SCAN: 'off' });
    seed = await createReviewCyclesTrust(app);
    head = { ...seed.head, token: await loginAs(app, seed.head) };
  }, 60_000);
  afterAll(() => app.close());

  it('gives a trust admin every review as an all-day event: overdue ones flagged, a trust-wide policy once', async () => {
    const response = await app.http.get(feedPath()).set(bearer(seed.trust.admin.token)).expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(response.text.split('\r\n').slice(0, -1).every((line) => Buffer.byteLength(line) <= 75 && !line.includes('\n'))).toBe(true);
    expect(eventsOf(response.text)).toEqual([
      { uid: expect.stringContaining(seed.policies.accessibility), start: '2022-10-31', end: '2022-11-01', allDay: true, summary: 'OVERDUE: Accessibility Plan review – Byron Primary' },
      {
        uid: expect.stringContaining(seed.policies.whistleblowing),
        start: '2027-01-20',
        end: '2027-01-21',
        allDay: true,
        summary: 'OVERDUE: Whistleblowing review – Oak Learning Trust (trust-wide)',
      },
      { uid: expect.stringContaining(seed.policies.charging), start: '2028-03-01', end: '2028-03-02', allDay: true, summary: 'Charging and Remissions review – Libra School' },
    ]);
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Oak Learning Trust: policy reviews');
  });

  it('keeps the UIDs from one fetch to the next', async () => {
    const uids = async () => eventsOf((await app.http.get(feedPath()).set(bearer(seed.trust.admin.token)).expect(200)).text).map((e) => e.uid);
    expect(await uids()).toEqual(await uids());
    expect(new Set(await uids()).size).toBe(3);
  });

  it('shows one school with ?schoolId=, and a school-scoped reader only their school', async () => {
    const libraOnly = await app.http.get(feedPath()).query({ schoolId: seed.libra }).set(bearer(seed.trust.admin.token)).expect(200);
    expect(eventsOf(libraOnly.text).map((e) => e.summary)).toEqual([
      'OVERDUE: Whistleblowing review – Oak Learning Trust (trust-wide)',
      'Charging and Remissions review – Libra School',
    ]);
    const asHead = await app.http.get(feedPath()).set(bearer(head.token)).expect(200);
    expect(eventsOf(asHead.text)).toEqual(eventsOf(libraOnly.text));
    await app.http.get(feedPath()).query({ schoolId: seed.byron }).set(bearer(head.token)).expect(403);
    await app.http.get(feedPath()).query({ schoolId: 'no-such-school' }).set(bearer(seed.trust.admin.token)).expect(404);
    await app.http.get(feedPath()).query({ schoolId: seed.libra }).set(operator()).expect(200);
  });

  it('serves the feed to a calendar app by ?token=, until the token is revoked', async () => {
    const created = await app.http.post(`/api/trusts/${seed.trust.id}/calendar-feeds`).set(bearer(head.token)).send({ label: 'Phone' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), token: expect.stringMatching(/^gtf_/), url: expect.any(String), position: expect.any(String) });
    const url = new URL(created.body.url);
    expect(url.pathname).toBe(feedPath());
    const viaToken = await app.http.get(`${url.pathname}${url.search}`).expect(200);
    expect(eventsOf(viaToken.text).map((e) => e.summary)).toEqual([
      'OVERDUE: Whistleblowing review – Oak Learning Trust (trust-wide)',
      'Charging and Remissions review – Libra School',
    ]);
    const list = await app.http.get(`/api/trusts/${seed.trust.id}/calendar-feeds`).set(bearer(head.token)).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, label: 'Phone', revokedAt: null, lastUsedAt: expect.any(String) })]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);

    await app.http.delete(`/api/trusts/${seed.trust.id}/calendar-feeds/${created.body.id}`).set(bearer(head.token)).expect(200);
    await app.http.get(`${url.pathname}${url.search}`).expect(401);
    await app.http.delete(`/api/trusts/${seed.trust.id}/calendar-feeds/${created.body.id}`).set(bearer(head.token)).expect(404);
  });

  it('refuses a wrong token, another trust’s feed, and only the owner or a trust admin may revoke', async () => {
    await app.http.get(feedPath()).query({ token: 'gtf_not-a-real-token' }).expect(401);
    const created = await app.http.post(`/api/trusts/${seed.trust.id}/calendar-feeds`).set(bearer(head.token)).send({}).expect(201);
    const other = await createReviewCyclesTrust(app);
    await app.http.get(`/api/trusts/${other.trust.id}/calendar.ics`).query({ token: created.body.token }).expect(404);
    const governor = await addSignedInPerson(app, seed.trust, [{ role: 'governor', schoolId: seed.libra }]);
    await app.http.delete(`/api/trusts/${seed.trust.id}/calendar-feeds/${created.body.id}`).set(bearer(governor.token)).expect(404);
    await app.http.delete(`/api/trusts/${seed.trust.id}/calendar-feeds/${created.body.id}`).set(bearer(seed.trust.admin.token)).expect(200);
    await app.http.get(feedPath()).query({ token: created.body.token }).expect(401);
  });

  it('follows the owner’s current roles, and stops when the owner is erased', async () => {
    const clerk = await addSignedInPerson(app, seed.trust, [{ role: 'clerk', schoolId: seed.byron }]);
    const { body } = await app.http.post(`/api/trusts/${seed.trust.id}/calendar-feeds`).set(bearer(clerk.token)).send({ schoolId: seed.byron }).expect(201);
    const url = new URL(body.url);
    expect(url.searchParams.get('schoolId')).toBe(seed.byron);
    const fetchFeed = () => app.http.get(`${url.pathname}${url.search}`);
    expect(eventsOf((await fetchFeed().expect(200)).text).map((e) => e.summary)).toEqual([
      'OVERDUE: Accessibility Plan review – Byron Primary',
      'OVERDUE: Whistleblowing review – Oak Learning Trust (trust-wide)',
    ]);
    // The token is tied to the school it was made for.
    await app.http.get(feedPath()).query({ token: body.token, schoolId: seed.libra }).expect(401);
    const revoked = await app.http
      .delete(`/api/trusts/${seed.trust.id}/people/${clerk.id}/roles`)
      .query({ role: 'clerk', schoolId: seed.byron })
      .set(bearer(seed.trust.admin.token));
    expect(revoked.status).toBe(201);
    expect((await fetchFeed()).status).toBe(403);
    const erased = await app.http.delete(`/api/trusts/${seed.trust.id}/people/${clerk.id}`).set(bearer(seed.trust.admin.token));
    expect(erased.status).toBe(201);
    await fetchFeed().expect(401);
  });

  it('does not let the operator create a feed token (it belongs to a person)', async () => {
    await app.http.post(`/api/trusts/${seed.trust.id}/calendar-feeds`).set(operator()).send({}).expect(403);
  });
});
