import { createHash, randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { addDays, londonToday, minutesStreamId, TermCalendar } from '@governance/domain';
import { isoWeek, OutboxDispatcher, shortDate } from '@governance/notifications';
import type { ReceivedEmail } from '@governance/notifications/testing/loopback-smtp-server';
import type { CatalogueAddition, MinutesPackCheck, TrustCompliance } from '@governance/contracts';
import { acknowledgePolicy, addSchool, addSignedInPerson, bearer, createTrustWithAdmin, SignedInPerson, TestTrust } from './support/fixtures';
import { AppWithMail, startAppWithMail } from './support/app-with-mail';

/**
 * Read and acknowledge over time. Staff are asked on the day the adoptions and their joining are
 * recorded (the real today, T); the app's date is fixed 30 days later (CLOCK_TODAY) so the review
 * scan can run as of the days between. Reminders after 7 and 14 days (one per person and school,
 * listing every policy outstanding there), none on day 6, none twice, none after acknowledging or
 * for a leaver; the head's weekly summary; the compliance figures; the clerk's pack, and packs
 * frozen with and without the section rebuilding the bytes sent.
 */
describe('read and acknowledge: reminders, the head’s summary, the dashboard and the clerk’s pack', () => {
  const asked = londonToday(new Date());
  const day = (n: number) => addDays(asked, n);
  let app: AppWithMail;
  let trust: TestTrust;
  let oak: string;
  let elm: string;
  let safeguarding: string;
  let conduct: string;
  let ann: SignedInPerson;
  let bob: SignedInPerson;
  let dee: SignedInPerson;
  let leo: SignedInPerson;
  let cat: SignedInPerson;
  let head: SignedInPerson;
  let latest = '0';
  let positionBeforeReading = '0';
  let seen = 0;

  const wrote = (position: string | bigint) => {
    if (BigInt(position) > BigInt(latest)) latest = String(position);
  };
  const admin = () => bearer(trust.admin.token);
  const post = async (path: string, body: object) => {
    const response = await app.http.post(`/api/trusts/${trust.id}${path}`).set(admin()).send(body);
    expect([200, 201]).toContain(response.status);
    wrote(response.body.position);
  };

  /** A member of staff acknowledges a version themselves, through the route (recorded as of the app's today, day 30). */
  const acknowledge = async (person: SignedInPerson, schoolId: string, policyId: string, version: number) => {
    wrote(await acknowledgePolicy(app, trust.id, person.token, { schoolId, policyId, version }));
  };

  /** Runs the scan as of a day, sends what it queued, and answers the emails it sent. */
  const scanOn = async (asOf: string): Promise<ReceivedEmail[]> => {
    await app.http.get('/api/health').set('X-Min-Position', latest).expect(200);
    await app.http.post('/api/admin/review-scan').set(admin()).set('X-Min-Position', latest).send({ asOf }).expect(200);
    await app.app.get(OutboxDispatcher).dispatchDue();
    const sent = app.mail.accepted.slice(seen);
    seen = app.mail.accepted.length;
    return sent;
  };
  const to = (emails: ReceivedEmail[], person: SignedInPerson) => emails.filter((email) => email.to.includes(person.email));
  const subjects = (emails: ReceivedEmail[], person: SignedInPerson) => to(emails, person).map((email) => email.subject);

  beforeAll(async () => {
    app = await startAppWithMail({ CLOCK_TODAY: day(30), PUBLIC_URL: 'https://gov.example.org' });
    trust = await createTrustWithAdmin(app);
    oak = await addSchool(app, trust.id, trust.admin.token, { name: 'Oak Primary', phase: 'primary' });
    elm = await addSchool(app, trust.id, trust.admin.token, { name: 'Elm Academy', phase: 'secondary' });
    const added = (await app.http.post(`/api/trusts/${trust.id}/policies/catalogue`).set(admin())
      .send({ keys: ['safeguarding-child-protection', 'staff-code-of-conduct', 'complaints'] }).expect(201)).body as CatalogueAddition;
    const idOf = (key: string) => added.added.find((item) => item.key === key)!.id;
    [safeguarding, conduct] = [idOf('safeguarding-child-protection'), idOf('staff-code-of-conduct')];
    for (const policyId of [safeguarding, conduct, idOf('complaints')]) await post(`/policies/${policyId}/versions`, { summary: 'As drafted' });
    for (const [schoolId, policyId] of [[oak, safeguarding], [oak, conduct], [oak, idOf('complaints')], [elm, safeguarding]]) {
      await post(`/schools/${schoolId}/policies/${policyId}/adoptions`, { version: 1, adoptedOn: asked, approvedBy: 'local-governing-body' });
    }
    const staffAt = (schoolId: string, name: string) => addSignedInPerson(app, trust, [{ role: 'staff', schoolId }], { name });
    ann = await staffAt(oak, 'Ann Archer');
    bob = await staffAt(oak, 'Bob Baker');
    dee = await staffAt(oak, 'Dee Lead');
    leo = await staffAt(oak, 'Leo Leaver');
    cat = await staffAt(elm, 'Cat Cole');
    head = await addSignedInPerson(app, trust, [{ role: 'headteacher', schoolId: oak }], { name: 'Hal Head' });
    positionBeforeReading = String(await app.app.get<EventStore>(EVENT_STORE).headPosition());
    // Ann has read the code of conduct, Dee both; Leo has left Oak.
    await acknowledge(ann, oak, conduct, 1);
    await acknowledge(dee, oak, safeguarding, 1);
    await acknowledge(dee, oak, conduct, 1);
    const left = await app.http.delete(`/api/trusts/${trust.id}/people/${leo.id}/roles?role=staff&schoolId=${oak}`).set(admin()).expect(201);
    wrote(left.body.position);
  }, 120_000);
  afterAll(() => app.close());

  /** The head's summaries, by the scan day that sent them. */
  const summaries = new Map<string, ReceivedEmail[]>();
  const reminders = (emails: ReceivedEmail[]) => emails.filter((email) => email.subject.includes('to read and acknowledge'));
  const scan = async (asOf: string) => {
    const sent = await scanOn(asOf);
    summaries.set(asOf, to(sent, head).filter((email) => email.subject.startsWith('Read and acknowledge this week')));
    return sent;
  };

  it('reminds those outstanding 7 and 14 days after they were asked, once a step, one email per school listing every policy', async () => {
    expect(reminders(await scan(day(6)))).toEqual([]);

    const day7 = await scan(day(7));
    expect(subjects(day7, ann)).toEqual(['Reminder: 1 policy to read and acknowledge (Oak Primary)']);
    expect(subjects(day7, bob)).toEqual(['Reminder: 2 policies to read and acknowledge (Oak Primary)']);
    expect(subjects(day7, cat)).toEqual(['Reminder: 1 policy to read and acknowledge (Elm Academy)']);
    expect([...to(day7, dee), ...to(day7, leo)]).toEqual([]);
    const bobs = to(day7, bob)[0].text;
    expect(bobs).toContain(`  - Safeguarding and child protection policy, version 1 (asked on ${shortDate(asked)})\n`);
    expect(bobs).toContain(`  - Staff code of conduct, version 1 (asked on ${shortDate(asked)})\n`);
    expect(bobs).toContain('  https://gov.example.org/#/reading\n');
    expect(bobs).toContain('https://gov.example.org/#/email-me-a-link');

    expect(reminders(await scan(day(8)))).toEqual([]);

    await acknowledge(ann, oak, safeguarding, 1);
    const day14 = await scan(day(14));
    expect(subjects(day14, ann)).toEqual([]);
    expect(subjects(day14, bob)).toEqual(['Last reminder: 2 policies to read and acknowledge (Oak Primary)']);
    expect(subjects(day14, cat)).toEqual(['Last reminder: 1 policy to read and acknowledge (Elm Academy)']);
    expect(reminders(day14)).toHaveLength(2);

    // After the 14-day reminder, only the head's summary.
    for (const later of [15, 21, 28]) expect(reminders(await scan(day(later)))).toEqual([]);
    expect(new Set(app.mail.accepted.map((email) => email.messageId)).size).toBe(app.mail.accepted.length);
  }, 120_000);

  it("sends the school's headteacher one summary a week while anything is outstanding, naming those outstanding more than 7 days", () => {
    const weeksSeen = new Set<string>();
    for (const [asOf, sent] of summaries) {
      const firstScanOfWeek = !weeksSeen.has(isoWeek(asOf));
      weeksSeen.add(isoWeek(asOf));
      expect([asOf, sent.length]).toEqual([asOf, firstScanOfWeek ? 1 : 0]);
    }
    const [first] = summaries.get(day(6))!;
    expect(first.subject).toBe('Read and acknowledge this week: 3 outstanding (Oak Primary)');
    expect(first.text).toContain(
      '  - Safeguarding and child protection policy, version 1: 1 of 3 staff acknowledged, 2 outstanding\n  - Staff code of conduct, version 1: 2 of 3 staff acknowledged, 1 outstanding\n',
    );
    expect(first.text).not.toContain('Outstanding more than 7 days');
    const [late] = summaries.get(day(28))!;
    expect(late.subject).toBe('Read and acknowledge this week: 2 outstanding (Oak Primary)');
    expect(late.text).toContain(
      '  - Safeguarding and child protection policy, version 1: 2 of 3 staff acknowledged, 1 outstanding\n' +
        '    Outstanding more than 7 days: Bob Baker\n' +
        '  - Staff code of conduct, version 1: 2 of 3 staff acknowledged, 1 outstanding\n' +
        '    Outstanding more than 7 days: Bob Baker\n',
    );
    // Elm Academy has no headteacher: nobody gets its summary.
    expect(app.mail.accepted.filter((email) => email.subject.startsWith('Read and acknowledge this week') && email.subject.includes('Elm Academy'))).toEqual([]);
  });

  it('gives the dashboard the acknowledgement figures per school and in totals, as they stood at knownAt, null for a named asOf', async () => {
    const today = (await app.http.get(`/api/trusts/${trust.id}/compliance`).set(admin()).set('X-Min-Position', latest).expect(200)).body as TrustCompliance;
    expect(Object.fromEntries(today.schools.map((school) => [school.name, school.acknowledgements]))).toEqual({
      'Elm Academy': { expected: 1, acknowledged: 0, outstanding: 1 },
      'Oak Primary': { expected: 6, acknowledged: 4, outstanding: 2 },
    });
    expect(today.totals.acknowledgements).toEqual({ expected: 7, acknowledged: 4, outstanding: 3 });

    const past = (await app.http.get(`/api/trusts/${trust.id}/compliance?asOf=${day(29)}`).set(admin()).expect(200)).body as TrustCompliance;
    expect([past.totals.acknowledgements, ...past.schools.map((school) => school.acknowledgements)]).toEqual([null, null, null]);
    const headPosition = String(await app.app.get<EventStore>(EVENT_STORE).headPosition());
    const known = (await app.http.get(`/api/trusts/${trust.id}/compliance?knownAt=${headPosition}`).set(admin()).expect(200)).body as TrustCompliance;
    expect(known).toEqual(today);
    // Before Ann and Dee acknowledged and Leo left: 8 asked (4 at Oak x 2 policies) and Cat, none acknowledged.
    const beforeReading = (await app.http.get(`/api/trusts/${trust.id}/compliance?knownAt=${positionBeforeReading}`).set(admin()).expect(200)).body as TrustCompliance;
    expect(beforeReading.totals.acknowledgements).toEqual({ expected: 9, acknowledged: 0, outstanding: 9 });

    const oakHead = (await app.http.get(`/api/trusts/${trust.id}/compliance`).set(bearer(head.token)).expect(200)).body as TrustCompliance;
    expect(oakHead.schools.map((school) => school.acknowledgements)).toEqual([{ expected: 6, acknowledged: 4, outstanding: 2 }]);
  });

  describe("the clerk's pack", () => {
    const term = () => TermCalendar.default.termOf(day(30));
    const packUrl = (query: string) => `/api/trusts/${trust.id}/terms/${term()}/minutes-inputs?schoolId=${oak}&${query}`;
    const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    /** Generates a pack: its text and the MinutesInputsGenerated event that froze it. */
    const generate = async (format: 'markdown' | 'json') => {
      const response = await app.http.get(packUrl(`format=${format}`)).set(admin()).set('X-Min-Position', latest).expect(200);
      wrote(response.headers['x-position'] as string);
      const events = await app.app.get<EventStore>(EVENT_STORE).readStream(minutesStreamId(trust.id, term()));
      return { text: response.text, event: events.find((event) => String(event.position) === response.headers['x-position'])! };
    };
    const frozen = (eventId: string, query = '') => app.http.get(`/api/trusts/${trust.id}/minutes-packs/${eventId}${query}`).set(admin()).set('X-Min-Position', latest).expect(200);

    it('has a "Read and acknowledge" section per school with counts, no names; a frozen pack rebuilds its counts as they were', async () => {
      const pack = await generate('markdown');
      expect(pack.text).toContain('| Policy | Version | Staff | Acknowledged | Outstanding |\n| --- | --- | --- | --- | --- |\n');
      expect(pack.text).toContain('| Safeguarding and child protection policy | 1 | 3 | 2 | 1 |\n| Staff code of conduct | 1 | 3 | 2 | 1 |\n');
      expect(pack.text).not.toContain('Bob Baker');
      expect(pack.event.data).toMatchObject({ readAndAcknowledge: true });

      await acknowledge(bob, oak, safeguarding, 1);
      const live = (await app.http.get(packUrl('format=markdown')).set(admin()).set('X-Min-Position', latest).expect(200)).text;
      expect(live).toContain('| Safeguarding and child protection policy | 1 | 3 | 3 | 0 |\n');

      const rebuilt = await frozen(pack.event.id);
      expect(rebuilt.headers['x-pack-matches']).toBe('true');
      expect(rebuilt.text).toBe(pack.text);
    });

    it('rebuilds a pack recorded before the section existed without it, byte for byte', async () => {
      // A pack as the code before this section wrote it: the same JSON without `acknowledgements`,
      // recorded without `readAndAcknowledge`.
      const today = await generate('json');
      const inputs = JSON.parse(today.text) as { schools: { acknowledgements?: unknown }[] };
      for (const section of inputs.schools) delete section.acknowledgements;
      const before = JSON.stringify(inputs);
      const { readAndAcknowledge, ...olderData } = today.event.data as Record<string, unknown>;
      expect(readAndAcknowledge).toBe(true);
      const older = { ...olderData, sha256: sha256(before), inputsSha256: sha256(before) };
      const id = randomUUID();
      const appended = await app.app.get<EventStore>(EVENT_STORE).appendToStream(
        minutesStreamId(trust.id, term()),
        [{ id, type: 'MinutesInputsGenerated', data: older, metadata: today.event.metadata }],
        { expectedRevision: 'any' },
      );
      wrote(appended.position);

      const rebuilt = await frozen(id);
      expect(rebuilt.text).toBe(before);
      expect(((await frozen(id, '?check=1')).body as MinutesPackCheck).matches).toBe(true);
    });
  });
});
