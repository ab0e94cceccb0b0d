import { addMonths, isAfter } from '@governance/domain';
import { isoWeek, OutboxDispatcher } from '@governance/notifications';
import { addSignedInPerson, bearer } from './support/fixtures';
import { createReviewCyclesTrust, daysBetween, ReviewCyclesTrust } from './support/review-cycles-trust';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';
import { startTestApp } from './support/test-app';

/** A trust's own reminder steps and weekly digest, and reminders without SMTP_URL. */
describe('reminder settings and the weekly digest', () => {
  let app: AppWithMail;
  let seed: ReviewCyclesTrust;
  const walk = daysBetween('2026-08-01', '2027-04-30');

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: '2027-06-30' });
    seed = await createReviewCyclesTrust(app);
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  const settingsPath = () => `/api/trusts/${seed.trust.id}/reminder-settings`;

  it('starts from the default steps, and lets a trust admin change them', async () => {
    const admin = bearer(seed.trust.admin.token);
    expect((await app.http.get(settingsPath()).set(admin).expect(200)).body).toEqual({
      whenDue: true,
      daysBefore: [14],
      onTheDay: true,
      whenOverdue: true,
      weeklyDigest: false,
    });
    await app.http.put(settingsPath()).set(admin).send({ daysBefore: [7, 60], onTheDay: false, weeklyDigest: true }).expect(201);
    await app.http.put(settingsPath()).set(admin).send({ weeklyDigest: true }).expect(200);
    expect((await app.http.get(settingsPath()).set(admin).expect(200)).body).toEqual({
      whenDue: true,
      daysBefore: [60, 7],
      onTheDay: false,
      whenOverdue: true,
      weeklyDigest: true,
    });
    const governor = await addSignedInPerson(app, seed.trust, [{ role: 'governor', schoolId: seed.libra }]);
    await app.http.put(settingsPath()).set(bearer(governor.token)).send({ onTheDay: true }).expect(403);
    for (const body of [{ daysBefore: [0] }, { daysBefore: 'soon' }, { onTheDay: 'yes' }, { weekly: true }]) {
      expect((await app.http.put(settingsPath()).set(admin).send(body)).status).toBe(400);
    }
  });

  it('reminds at the trust’s steps and sends one digest per person per week', async () => {
    for (const day of walk) await app.http.post('/api/admin/review-scan').set(bearer(seed.trust.admin.token)).send({ asOf: day }).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    const to = (email: string, digest: boolean) =>
      app.mail.accepted.filter((m) => m.to.includes(email) && m.subject.startsWith('Policy reviews this week') === digest);

    expect(to(seed.head.email, false).map((m) => m.subject)).toEqual([
      'Review due in 190 days: Charging and Remissions (Libra School)',
      'Review due in 60 days: Charging and Remissions (Libra School)',
      'Review due in 7 days: Charging and Remissions (Libra School)',
      'Review overdue since 10 March 2027: Charging and Remissions (Libra School)',
    ]);

    // Digests: the admin always has Byron's overdue plan; the headteacher while Charging is
    // within three months of its due date (10 March) and not yet reviewed (20 March).
    const weeks = (days: string[]) => [...new Set(days.map(isoWeek))];
    const adminDigests = to(seed.trust.admin.email, true);
    expect(adminDigests).toHaveLength(weeks(walk).length);
    const headWeeks = weeks(walk.filter((d) => !isAfter('2027-03-10', addMonths(d, 3)) && d < '2027-03-20'));
    expect(to(seed.head.email, true)).toHaveLength(headWeeks.length);
    const lastHeadDigest = to(seed.head.email, true).at(-1)!;
    expect(lastHeadDigest.subject).toBe('Policy reviews this week: 1 overdue');
    expect(lastHeadDigest.text).toContain('  - Charging and Remissions, Libra School: due 10 March 2027');
    expect(new Set(app.mail.accepted.map((m) => m.messageId)).size).toBe(app.mail.accepted.length);
  }, 300_000);
});

describe('reminders without SMTP_URL', () => {
  it('records them as logged and sends nothing', async () => {
    const app = await startTestApp({ CLOCK_TODAY: '2027-06-30', REVIEW_SCAN: 'off' });
    try {
      const seed = await createReviewCyclesTrust(app);
      const scan = await app.http.post('/api/admin/review-scan').set(bearer(seed.trust.admin.token)).send({ asOf: '2027-01-21' }).expect(200);
      expect(scan.body.reminders).toBe(4);
      await app.app.get(OutboxDispatcher).dispatchDue();
      const outbox = await app.http.get(`/api/trusts/${seed.trust.id}/reminders`).set(bearer(seed.trust.admin.token)).expect(200);
      expect(outbox.body.map((m: { status: string }) => m.status)).toEqual(['logged', 'logged', 'logged', 'logged']);
    } finally {
      await app.close();
    }
  }, 60_000);
});
