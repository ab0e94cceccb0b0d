import { EVENT_STORE, EventStore } from '@governance/event-store';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addSignedInPerson,
  bearer,
  createTrustWithAdmin,
  headPosition,
  TestTrust,
} from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Right to erasure: the directory forgets the person, the log keeps every event. */
describe('erasing a person', () => {
  let app: TestApp;
  let trust: TestTrust;
  let store: EventStore;
  beforeAll(async () => {
    app = await startTestApp();
    trust = await createTrustWithAdmin(app, { schools: 1 });
    store = app.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await app.close();
  });

  it('empties the directory entry, keeps the log intact and shows the person as erased', async () => {
    const person = await addSignedInPerson(
      app,
      trust,
      [{ role: 'governor', schoolId: trust.schools[0] }],
      {
        name: 'Zebedee Quartermaine',
      },
    );
    const eventsBefore = await store.readStream(`person-${person.id}`);
    const directoryFiles = () =>
      ['directory.db', 'directory.db-wal'].map((f) => join(app.dataDir, f)).filter(existsSync);
    const onDisk = (text: string) =>
      directoryFiles().some((file) => readFileSync(file).includes(Buffer.from(text)));
    expect(onDisk('Zebedee Quartermaine')).toBe(true);
    const head = BigInt(await headPosition(app));

    const erased = await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}`)
      .set(bearer(trust.admin.token))
      .expect(201);
    expect(erased.body).toEqual({ id: person.id, position: String(head + 1n) });

    // The log: every earlier event is still there, followed by PersonErased.
    const eventsAfter = await store.readStream(`person-${person.id}`);
    expect(eventsAfter.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(eventsAfter.at(-1)).toMatchObject({
      type: 'PersonErased',
      data: { personId: person.id },
    });

    // The directory: name, email and credentials gone, on disk too.
    const list = await app.http
      .get(`/api/trusts/${trust.id}/people`)
      .set(bearer(trust.admin.token))
      .expect(200);
    expect(list.body).toContainEqual({
      id: person.id,
      name: null,
      email: null,
      roles: [],
      erased: true,
      erasedAt: expect.stringMatching(/Z$/),
      mfaEnrolled: false,
      canSignIn: false,
    });
    expect(onDisk('Zebedee Quartermaine')).toBe(false);
    expect(onDisk(person.email)).toBe(false);

    // Signing in and the old token both stop working.
    await app.http
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password })
      .expect(401);
    await app.http.get('/api/me').set(bearer(person.token)).expect(401);
  });

  it('answers 200 and appends nothing when erasing again', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}`)
      .set(bearer(trust.admin.token))
      .expect(201);
    const before = await headPosition(app);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}`)
      .set(bearer(trust.admin.token))
      .expect(200);
    expect(await headPosition(app)).toBe(before);
    const refused = await app.http
      .post(`/api/trusts/${trust.id}/people/${person.id}/roles`)
      .set(bearer(trust.admin.token))
      .send({ role: 'trustee' })
      .expect(422);
    expect(refused.body.code).toBe('person-erased');
  });

  it('frees the email address for a new account', async () => {
    const person = await addSignedInPerson(app, trust, [{ role: 'trustee' }]);
    await app.http
      .delete(`/api/trusts/${trust.id}/people/${person.id}`)
      .set(bearer(trust.admin.token))
      .expect(201);
    await app.http
      .post(`/api/trusts/${trust.id}/people`)
      .set(bearer(trust.admin.token))
      .send({ name: 'Returning Person', email: person.email, roles: [{ role: 'trustee' }] })
      .expect(201);
  });

  it('does not let an admin erase themselves', async () => {
    const response = await app.http
      .delete(`/api/trusts/${trust.id}/people/${trust.admin.id}`)
      .set(bearer(trust.admin.token))
      .expect(422);
    expect(response.body.code).toBe('cannot-erase-yourself');
  });
});
