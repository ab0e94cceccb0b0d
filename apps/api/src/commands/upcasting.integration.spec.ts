import { createUpcaster, defaultUpcaster, policyDecider, PolicyState, streamIds, Upcaster } from '@governance/domain';
import { SqliteEventStore } from '@governance/event-store';
import { policyRegisterProjection, ProjectionRunner, rebuildProjections } from '@governance/projections';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamStates } from './stream-states';

/**
 * A trust review as a release before schema versions might have stored it (version 0): the date
 * under `reviewDate` and no `level`. Registered only here: production has no shape change yet.
 */
const reviewsOfVersion0: Upcaster = createUpcaster([
  {
    type: 'PolicyReviewed',
    fromVersion: 0,
    upcast: ({ reviewDate, ...rest }) => ({ data: { level: 'trust', ...rest, reviewedOn: reviewDate } }),
  },
]);

const metadata = (schemaVersion: number) => ({
  trustId: 'trust-1',
  actorId: 'person-1',
  occurredAt: '2026-03-01T10:00:00.000Z',
  schemaVersion,
});
const registered = {
  id: randomUUID(),
  type: 'PolicyRegistered',
  data: {
    policyId: 'pol-1',
    trustId: 'trust-1',
    title: 'Charging and Remissions',
    scope: 'trust',
    reviewCycleMonths: 12,
    approver: 'trust-board',
    statutory: true,
    eiaRequired: false,
    category: null,
    legislation: [],
    linkedPolicies: [],
    catalogueKey: null,
  },
  metadata: metadata(1),
};
const reviewedInTheOldShape = {
  id: randomUUID(),
  type: 'PolicyReviewed',
  data: { policyId: 'pol-1', reviewDate: '2026-03-01', outcome: 'no-change', notes: null, nextReviewDue: null },
  metadata: metadata(0),
};
const theReview = { reviewedOn: '2026-03-01', nextReviewDue: null };

describe('events stored in an old shape', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: Database.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upcasting-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    db = new Database(join(dir, 'read-models.db'));
    await store.appendToStream(streamIds.policy('pol-1'), [registered, reviewedInTheOldShape], {
      expectedRevision: 'no-stream',
    });
  });
  afterEach(async () => {
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const trustReviewsInTheRegister = () => {
    const row = db.prepare('SELECT trust_facts FROM rm_policies WHERE policy_id = ?').get('pol-1') as { trust_facts: string };
    return (JSON.parse(row.trust_facts) as { reviews: unknown[] }).reviews;
  };

  it('given a review stored in the old shape, when the policy stream is folded, then the state holds it in the current shape', async () => {
    const state = await new StreamStates(store, reviewsOfVersion0).stateOf(policyDecider, streamIds.policy('pol-1'));

    expect((state as Extract<PolicyState, { registered: true }>).reviews).toEqual([theReview]);
  });

  it('given a review stored in the old shape, when the read models are rebuilt, then the register lists it in the current shape', async () => {
    await rebuildProjections(store, db, [policyRegisterProjection], { upcaster: reviewsOfVersion0 });

    expect(trustReviewsInTheRegister()).toEqual([theReview]);
  });

  it('given a review stored in the old shape, when the projection runner replays the log, then the register lists it in the current shape', async () => {
    const runner = new ProjectionRunner(store, db, [policyRegisterProjection], { upcaster: reviewsOfVersion0 });
    runner.start();
    try {
      expect(await runner.waitForPosition(await store.headPosition(), 5000)).toBe(true);
      expect(trustReviewsInTheRegister()).toEqual([theReview]);
    } finally {
      await runner.stop();
    }
  });

  it('given a review stored in the old shape, when read back from the log, then the stored event is unchanged', async () => {
    await new StreamStates(store, reviewsOfVersion0).stateOf(policyDecider, streamIds.policy('pol-1'));

    const [, stored] = await store.readStream(streamIds.policy('pol-1'));
    expect(stored.data).toEqual(reviewedInTheOldShape.data);
    expect(stored.metadata.schemaVersion).toBe(0);
  });
});

describe('a policy registered before the acknowledgement flag (PolicyRegistered version 2)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: Database.Database;
  const fromCatalogue = {
    id: randomUUID(),
    type: 'PolicyRegistered',
    data: { ...registered.data, policyId: 'pol-2', title: 'Online safety policy', catalogueKey: 'online-safety', appliesTo: ['primary'] },
    metadata: metadata(2),
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upcasting-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    db = new Database(join(dir, 'read-models.db'));
    await store.appendToStream(streamIds.policy('pol-2'), [fromCatalogue], { expectedRevision: 'no-stream' });
  });
  afterEach(async () => {
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given one from a catalogue entry that asks for it, when folded and when rebuilt, then staff must acknowledge it; the stored bytes keep their shape', async () => {
    const state = await new StreamStates(store, defaultUpcaster).stateOf(policyDecider, streamIds.policy('pol-2'));
    expect((state as Extract<PolicyState, { registered: true }>).acknowledgementRequired).toBe(true);

    await rebuildProjections(store, db, [policyRegisterProjection], { upcaster: defaultUpcaster });
    expect(db.prepare('SELECT acknowledgement_required AS flag FROM rm_policies WHERE policy_id = ?').get('pol-2')).toEqual({ flag: 1 });

    const [stored] = await store.readStream(streamIds.policy('pol-2'));
    expect(stored.data).toEqual(fromCatalogue.data);
    expect(stored.metadata.schemaVersion).toBe(2);
  });
});
