import { EVENT_STORE, EventStore, RecordedEvent } from '@governance/event-store';
import { Outbox, OutboxDispatcher } from '@governance/notifications';
import { ReviewScanService } from '../apps/api/src/review-scan/review-scan.service';
import { addSignedInPerson, bearer, operator } from './support/fixtures';
import { createReviewCyclesTrust, daysBetween, ReviewCyclesTrust } from './support/review-cycles-trust';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';

/**
 * The review scan moved through a school year, day by day, over HTTP: every ReviewDue and
 * ReviewOverdue is recorded exactly once, on the right day, also when runs repeat or race,
 * and exactly one email per responsible person and reminder step reaches a real SMTP server.
 */
describe('review scan through a year', () => {
  let app: AppWithMail;
  let seed: ReviewCyclesTrust;
  let store: EventStore;

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: '2027-06-30', PUBLIC_URL: 'https://governance.oak.example' });
    store = app.app.get<EventStore>(EVENT_STORE);
    seed = await createReviewCyclesTrust(app);
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  const scan = (asOf: string, token = seed.trust.admin.token) =>
    app.http.post('/api/admin/review-scan').set(bearer(token)).send({ asOf });

  async function marks(): Promise<{ type: string; stream: string; dueOn: string; asOf: string }[]> {
    const events: RecordedEvent[] = await store.readAll();
    return events
      .filter((e) => e.type === 'ReviewDue' || e.type === 'ReviewOverdue')
      .map((e) => ({ type: e.type, stream: e.streamId, dueOn: e.data.dueOn as string, asOf: e.data.asOf as string }));
  }

  it('records each due and overdue review once, on the day it happens, walking 2026-08-01 to 2027-06-30', async () => {
    const { libra, byron, policies } = seed;
    const totals = { reviewDue: 0, reviewOverdue: 0 };
    for (const day of daysBetween('2026-08-01', '2027-06-30')) {
      const response = await scan(day).expect(200);
      expect(response.body).toEqual({
        asOf: day,
        reviewDue: expect.any(Number),
        reviewOverdue: expect.any(Number),
        position: expect.stringMatching(/^\d+$/),
        trusts: 1,
        reminders: expect.any(Number),
      });
      totals.reviewDue += response.body.reviewDue;
      totals.reviewOverdue += response.body.reviewOverdue;
    }
    const stream = (school: string, policy: string) => `schoolpolicy-${school}.${policy}`;
    expect((await marks()).sort((a, b) => `${a.asOf}${a.stream}${a.type}`.localeCompare(`${b.asOf}${b.stream}${b.type}`))).toEqual(
      [
        // Already overdue at the first scan: both marks that day.
        { type: 'ReviewDue', stream: stream(byron, policies.accessibility), dueOn: '2022-10-31', asOf: '2026-08-01' },
        { type: 'ReviewOverdue', stream: stream(byron, policies.accessibility), dueOn: '2022-10-31', asOf: '2026-08-01' },
        // Autumn 2026 begins: reviews due by the end of Spring 2027 are due soon.
        { type: 'ReviewDue', stream: stream(libra, policies.charging), dueOn: '2027-03-10', asOf: '2026-09-01' },
        { type: 'ReviewDue', stream: stream(libra, policies.whistleblowing), dueOn: '2027-01-20', asOf: '2026-09-01' },
        { type: 'ReviewDue', stream: stream(byron, policies.whistleblowing), dueOn: '2027-01-20', asOf: '2026-09-01' },
        // The day after each due date.
        { type: 'ReviewOverdue', stream: stream(libra, policies.whistleblowing), dueOn: '2027-01-20', asOf: '2027-01-21' },
        { type: 'ReviewOverdue', stream: stream(byron, policies.whistleblowing), dueOn: '2027-01-20', asOf: '2027-01-21' },
        { type: 'ReviewOverdue', stream: stream(libra, policies.charging), dueOn: '2027-03-10', asOf: '2027-03-11' },
      ].sort((a, b) => `${a.asOf}${a.stream}${a.type}`.localeCompare(`${b.asOf}${b.stream}${b.type}`)),
    );
    expect(totals).toEqual({ reviewDue: 4, reviewOverdue: 4 });
  }, 300_000);

  it('delivers one email per responsible person and reminder step to the SMTP server', async () => {
    await app.app.get(OutboxDispatcher).dispatchDue();
    const { trust, head, linkGovernor } = seed;
    const received = app.mail.accepted;
    const byRecipient = (email: string) => received.filter((m) => m.to.includes(email)).map((m) => m.subject).sort();
    // Charging (Libra): headteacher and the link governor for it, four steps each.
    for (const person of [head, linkGovernor]) {
      expect(byRecipient(person.email)).toEqual(
        [
          'Review due in 190 days: Charging and Remissions (Libra School)',
          'Review due in 14 days: Charging and Remissions (Libra School)',
          'Review due today: Charging and Remissions (Libra School)',
          'Review overdue since 10 March 2027: Charging and Remissions (Libra School)',
        ].sort(),
      );
    }
    // The trust admin: Whistleblowing once for the trust (four steps), and Byron's overdue plan
    // (no headteacher or link governor there) as one overdue email.
    expect(byRecipient(trust.admin.email)).toEqual(
      [
        'Review due in 141 days: Whistleblowing (Oak Learning Trust (trust-wide))',
        'Review due in 14 days: Whistleblowing (Oak Learning Trust (trust-wide))',
        'Review due today: Whistleblowing (Oak Learning Trust (trust-wide))',
        'Review overdue since 20 January 2027: Whistleblowing (Oak Learning Trust (trust-wide))',
        'Review overdue since 31 October 2022: Accessibility Plan (Byron Primary)',
      ].sort(),
    );
    expect(received).toHaveLength(13);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(13);
    expect(received.every((m) => m.to.length === 1)).toBe(true);
    expect(app.mail.received.filter((m) => m.to.includes(seed.otherGovernor.email))).toEqual([]);
    const overdue = received.find((m) => m.subject.startsWith('Review overdue since 10 March') && m.to.includes(linkGovernor.email))!;
    expect(overdue.text).toContain(`  https://governance.oak.example/#/schools/${seed.libra}/policies/${seed.policies.charging}`);
    expect(overdue.raw).toMatch(/^Content-Type: text\/plain/m);
    expect(overdue.text).toContain('You receive this as the Finance link governor of Libra School.');
  });

  it('appends and sends nothing more when the year is scanned again, and the outbox shows every email as sent', async () => {
    const before = (await marks()).length;
    for (const day of daysBetween('2026-08-01', '2027-06-30', 7)) {
      const response = await scan(day).expect(200);
      expect(response.body).toMatchObject({ reviewDue: 0, reviewOverdue: 0, reminders: 0 });
    }
    await app.app.get(OutboxDispatcher).dispatchDue();
    expect((await marks()).length).toBe(before);
    expect(app.mail.received).toHaveLength(13);
    const outbox = await app.http.get(`/api/trusts/${seed.trust.id}/reminders`).set(bearer(seed.trust.admin.token)).expect(200);
    expect(outbox.body).toHaveLength(13);
    expect(new Set(outbox.body.map((r: { status: string }) => r.status))).toEqual(new Set(['sent']));
  });

  it('records each mark once when two scanners race on the same store (as two instances would)', async () => {
    // A second scanner with its own queue, over the same event store and read models.
    const first = app.app.get(ReviewScanService);
    const second = Object.create(first, { running: { value: Promise.resolve(), writable: true } }) as ReviewScanService;
    const racingTrust = await createReviewCyclesTrust(app);
    const actor = { kind: 'operator' as const, actorId: 'operator' as const };
    const request = (correlationId: string) => ({ asOf: '2027-01-21', trustIds: [racingTrust.trust.id], actor, correlationId });
    await Promise.all([first.scan(request('a')), second.scan(request('b')), first.scan(request('c')), second.scan(request('d'))]);
    const streams = new Set(Object.values(racingTrust.policies).flatMap((p) => [racingTrust.libra, racingTrust.byron].map((s) => `schoolpolicy-${s}.${p}`)));
    const mine = (await marks()).filter((m) => streams.has(m.stream));
    // Charging is only due (its review is in March); Accessibility and Whistleblowing (both schools) are overdue.
    expect(mine.filter((m) => m.type === 'ReviewDue')).toHaveLength(4);
    expect(mine.filter((m) => m.type === 'ReviewOverdue')).toHaveLength(3);
    expect(new Set(mine.map((m) => `${m.type}${m.stream}${m.dueOn}`)).size).toBe(mine.length);
    const outbox = app.app.get(Outbox).list(racingTrust.trust.id);
    expect(new Set(outbox.map((m) => m.key)).size).toBe(outbox.length);
  });

  it('lets the operator scan every trust, a trust admin only their own, and nobody else', async () => {
    expect((await scan('2027-06-30', 'x').expect(401)).body.status).toBe(401);
    await app.http.post('/api/admin/review-scan').set(operator()).send({}).expect(200);
    await app.http.post('/api/admin/review-scan').set(operator()).send({ trustId: seed.trust.id, asOf: '2027-06-01' }).expect(200);
    const headteacher = await addSignedInPerson(app, seed.trust, [{ role: 'headteacher', schoolId: seed.libra }]);
    const trustee = await addSignedInPerson(app, seed.trust, [{ role: 'trustee' }]);
    for (const person of [headteacher, trustee]) expect((await scan('2027-06-30', person.token)).status).toBe(403);
    const other = await createReviewCyclesTrust(app);
    const crossTrust = await app.http.post('/api/admin/review-scan').set(bearer(seed.trust.admin.token)).send({ trustId: other.trust.id });
    expect(crossTrust.status).toBe(404);
  });

  it('refuses a date after today (422) and a malformed one (400), appending nothing', async () => {
    const before = (await marks()).length;
    expect((await scan('2027-07-01').expect(422)).body.type).toBe('/problems/date-in-future');
    expect((await scan('2027-02-30')).status).toBe(400);
    expect((await scan('next week')).status).toBe(400);
    // class-transformer drops a "constructor" key before validation; it must not pass as an empty body.
    const constructorKey = await app.http.post('/api/admin/review-scan').set(bearer(seed.trust.admin.token)).set('Content-Type', 'application/json').send('{"constructor":{}}');
    expect(constructorKey.status).toBe(400);
    expect((await marks()).length).toBe(before);
  });
});
