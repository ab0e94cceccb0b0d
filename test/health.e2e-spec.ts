import { EVENT_STORE, EventStore } from '@governance/event-store';
import { randomUUID } from 'node:crypto';
import { createTrust } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * GET /api/health is what monitors and load balancers read: it must not say `ok` while a read
 * model has stopped on an event it cannot apply and answers from rows that no longer move.
 */
describe('GET /api/health when a read model stops on an event', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('answers 503 degraded, naming the read model and the event, while the others go on', async () => {
    expect((await app.http.get('/api/health').expect(200)).body.status).toBe('ok');
    const trustId = await createTrust(app, 'Poison Trust');
    // An event no command would write (a school without a name), appended past the deciders.
    const store = app.app.get<EventStore>(EVENT_STORE);
    const poison = await store.appendToStream(
      `trust-${trustId}`,
      [{ id: randomUUID(), type: 'SchoolAdded', data: { schoolId: randomUUID() }, metadata: { trustId, actorId: 'test' } }],
      { expectedRevision: 'any' },
    );
    let health: { status: string; projections: { name: string; status: string; error?: string }[] };
    for (;;) {
      const response = await app.http.get('/api/health');
      health = response.body;
      if (response.status === 503) break;
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(health.status).toBe('degraded');
    const stopped = health.projections.filter((projection) => projection.status === 'failed');
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped[0].error).toContain(`SchoolAdded at position ${poison.position}`);
    expect(health.projections.some((projection) => projection.status === 'running')).toBe(true);
  });
});
