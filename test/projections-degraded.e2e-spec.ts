import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, SqliteEventStore } from '@governance/event-store';
import { DroppingStore } from '@governance/event-store/testing/dropping-store';
import { ProjectionRunner } from '@governance/projections';
import { AppModule } from '../apps/api/src/app.module';
import { loadConfig } from '../apps/api/src/config/app-config';
import { OPERATOR_TOKEN } from './support/test-app';
import { describeOnSqlite } from './support/event-store-under-test';

/**
 * GET /api/health while the read models have lost the event log: the app runs on the real
 * SQLite store behind a fault injector whose subscription fails after 3 events (as a dropped
 * EventStoreDB connection does) and whose next subscription is held back. Health answers 503
 * `degraded` naming the cause meanwhile, and 200 `ok` once the runner has caught up again.
 */
describeOnSqlite('GET /api/health while the subscription to the log is down', 'injects faults around the SQLite store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-degraded-'));
  const sqlite = new SqliteEventStore({ file: join(dataDir, 'events.db'), pollIntervalMs: 10, synchronous: 'NORMAL' });
  const store = new DroppingStore(sqlite, 3);
  let app: INestApplication;

  beforeAll(async () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      GOVERNANCE_ADMIN_TOKEN: OPERATOR_TOKEN,
      REVIEW_SCAN: 'off',
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
      .overrideProvider(EVENT_STORE)
      .useValue(store)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.setGlobalPrefix('api');
    await app.init();
  });
  afterAll(async () => {
    store.release();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const append = () =>
    sqlite.appendToStream(
      `test-${randomUUID()}`,
      [{ id: randomUUID(), type: 'FaultInjectionProbe', data: {}, metadata: { trustId: 'trust-1', actorId: 'p1', occurredAt: '2026-11-24T10:00:00.000Z' } }],
      { expectedRevision: 'no-stream' },
    );

  it('answers 503 degraded naming the cause, then 200 ok once caught up', async () => {
    const healthy = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(healthy.body.status).toBe('ok');

    for (let i = 0; i < 5; i += 1) await append();
    await store.resubscription;

    const degraded = await request(app.getHttpServer()).get('/api/health').expect(503);
    expect(degraded.body).toMatchObject({
      status: 'degraded',
      eventStore: 'sqlite',
      subscription: { status: 'degraded', error: 'connection reset (fault injected)' },
    });
    expect(degraded.body.projections.every((p: { status: string }) => p.status === 'degraded')).toBe(true);

    store.release();
    const runner = app.get(ProjectionRunner);
    expect(await runner.waitForPosition(await sqlite.headPosition(), 10_000)).toBe(true);
    const recovered = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(recovered.body).toMatchObject({ status: 'ok', position: String(await sqlite.headPosition()) });
    expect(recovered.body.subscription).toBeUndefined();
    expect(recovered.body.projections.every((p: { status: string; lag: string }) => p.status === 'running' && p.lag === '0')).toBe(true);
  });
});
