import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainEvent } from '@governance/domain';
import { GENESIS_HASH, SqliteEventStore } from '@governance/event-store';
import { AcknowledgementsQuery } from '@governance/projections';
import type { BenchScale } from '../config';
import { envelopes } from '../generator/envelope';
import { getJson, trustAdminToken } from './http-latency';
import { RunningServer, startServer } from './server';
import { median, ratio, round, seconds } from './stats';

/** The trust of issue #23: schools x staff x policies to acknowledge, most of them acknowledged. */
export interface AcknowledgementShape {
  schools: number;
  staffPerSchool: number;
  policies: number;
  /** One in this many (person, policy) pairs is left outstanding. */
  outstandingOneIn: number;
}

export const ACKNOWLEDGEMENT_SHAPES: Record<BenchScale, AcknowledgementShape> = {
  full: { schools: 100, staffPerSchool: 80, policies: 25, outstandingOneIn: 10 },
  small: { schools: 10, staffPerSchool: 40, policies: 25, outstandingOneIn: 10 },
  tiny: { schools: 3, staffPerSchool: 5, policies: 4, outstandingOneIn: 3 },
};

/** Answers after the first that each median is taken over. */
const REPEATS = 20;

export interface TimedRoute {
  firstMs: number;
  medianMs: number;
  /** The median over GET /api/health's median, measured on the same server. */
  ratioToHealth: number;
}

export interface AcknowledgementFigures {
  shape: AcknowledgementShape;
  events: number;
  acknowledgements: number;
  /** Writing the trust straight through the event store, and the server's catch-up from empty read models. */
  writeSeconds: number;
  catchUpSeconds: number;
  health: { firstMs: number; medianMs: number };
  /** GET /acknowledgements for the whole trust (counts only). */
  trust: TimedRoute;
  /** GET /acknowledgements?schoolId= for one school, with the names of those outstanding. */
  school: TimedRoute;
  /** The trust's counts computed in process by a fresh AcknowledgementsQuery each time (nothing remembered): median of 5. */
  uncachedTrustMs: number;
  uncachedSchoolMs: number;
}

/**
 * Read and acknowledge at the scale of issue #23: writes the trust straight through
 * SqliteEventStore (the events CommandExecutor would write, hash-chained), starts the real server
 * on it, waits for its read models to catch up, and times the progress route's first answer and
 * the median of the next ones, for the trust (counts) and for one school (with names), beside
 * GET /api/health on the same server. Then, with the server stopped, the same queries computed
 * afresh in process (the answer the server remembers until the read models change).
 */
export async function benchAcknowledgementProgress(dataDir: string, scale: BenchScale): Promise<AcknowledgementFigures> {
  const shape = ACKNOWLEDGEMENT_SHAPES[scale];
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const written = await writeTrust(dataDir, shape);
  const started = process.hrtime.bigint();
  const server = await startServer(dataDir);
  let figures: Omit<AcknowledgementFigures, 'uncachedTrustMs' | 'uncachedSchoolMs'>;
  try {
    await caughtUp(server);
    const catchUpSeconds = round(seconds(started), 1);
    const token = await trustAdminToken(server.url, written.trustId);
    const auth = { authorization: `Bearer ${token}` };
    const health = await timedRepeats(`${server.url}/api/health`, {});
    const progress = `${server.url}/api/trusts/${written.trustId}/acknowledgements`;
    const trust = await timedRepeats(progress, auth);
    const school = await timedRepeats(`${progress}?schoolId=${written.schoolId}`, auth);
    const against = (route: { firstMs: number; medianMs: number }) => ({ ...route, ratioToHealth: ratio(route.medianMs, health.medianMs) });
    figures = { shape, events: written.events, acknowledgements: written.acknowledgements, writeSeconds: written.seconds, catchUpSeconds, health, trust: against(trust), school: against(school) };
  } finally {
    await server.stop();
  }
  const db = new Database(join(dataDir, 'read-models.db'), { readonly: true });
  try {
    const fresh = (run: (query: AcknowledgementsQuery) => unknown) =>
      median(
        Array.from({ length: 5 }, () => {
          const query = new AcknowledgementsQuery(db);
          const begun = process.hrtime.bigint();
          run(query);
          return round(seconds(begun) * 1000, 1);
        }),
      );
    return {
      ...figures,
      uncachedTrustMs: fresh((query) => query.progress(written.trustId, { withPeople: false })),
      uncachedSchoolMs: fresh((query) => query.progress(written.trustId, { schoolId: written.schoolId, withPeople: true })),
    };
  } finally {
    db.close();
  }
}

async function timedRepeats(url: string, headers: Record<string, string>): Promise<{ firstMs: number; medianMs: number }> {
  const once = async () => {
    const begun = process.hrtime.bigint();
    await getJson(url, headers);
    return round(seconds(begun) * 1000, 1);
  };
  const firstMs = await once();
  const later: number[] = [];
  for (let i = 0; i < REPEATS; i++) later.push(await once());
  return { firstMs, medianMs: median(later) };
}

/** Waits until every projection has reached the head of the log. */
async function caughtUp(server: RunningServer): Promise<void> {
  for (;;) {
    const health = (await getJson(`${server.url}/api/health`, {})) as { projections: { lag?: string }[] };
    if (health.projections.every((projection) => projection.lag === '0')) return;
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Writes the trust: schools, policies asking for acknowledgement with their first version adopted everywhere, staff, and their acknowledgements. */
async function writeTrust(dataDir: string, shape: AcknowledgementShape) {
  const begun = process.hrtime.bigint();
  const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  const trustId = randomUUID();
  const origin = { trustId, actorId: 'bench', actorRole: 'trust-admin' };
  const schoolIds = Array.from({ length: shape.schools }, () => randomUUID());
  const policyIds = Array.from({ length: shape.policies }, () => randomUUID());
  const appends: { streamId: string; events: DomainEvent[]; occurredAt: string }[] = [];
  const add = (streamId: string, occurredAt: string, events: DomainEvent<string, object>[]) => appends.push({ streamId, occurredAt, events: events as DomainEvent[] });

  add(`trust-${trustId}`, '2025-08-01T09:00:00.000Z', [
    { type: 'TrustRegistered', data: { trustId, name: 'Bench Acknowledgements Trust' } },
    ...schoolIds.map((schoolId, i) => ({ type: 'SchoolAdded', data: { schoolId, name: `Academy ${String(i + 1).padStart(3, '0')}`, phase: 'secondary' } })),
  ]);
  policyIds.forEach((policyId, i) =>
    add(`policy-${policyId}`, '2025-08-02T09:00:00.000Z', [
      {
        type: 'PolicyRegistered',
        data: { policyId, trustId, title: `Staff policy ${i + 1}`, scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body', statutory: true, eiaRequired: false, category: null, legislation: [], linkedPolicies: [], catalogueKey: null, appliesTo: null, acknowledgementRequired: true },
      },
      { type: 'PolicyVersionDrafted', data: { policyId, version: 1, summary: `Version 1 of staff policy ${i + 1}`, documentUrl: null, document: null } },
    ]),
  );
  for (const schoolId of schoolIds) {
    for (const policyId of policyIds) {
      add(`schoolpolicy-${schoolId}.${policyId}`, '2026-09-10T09:00:00.000Z', [
        { type: 'PolicyAdopted', data: { schoolId, policyId, version: 1, adoptedOn: '2026-09-09', approvedBy: 'local-governing-body', localAmendments: null } },
      ]);
    }
  }
  let acknowledgements = 0;
  schoolIds.forEach((schoolId, s) => {
    for (let k = 0; k < shape.staffPerSchool; k++) {
      const personId = randomUUID();
      add(`person-${personId}`, '2025-09-01T08:00:00.000Z', [
        { type: 'PersonRegistered', data: { personId, trustId } },
        { type: 'RoleGranted', data: { personId, role: 'staff', schoolId } },
      ]);
      const done = policyIds.filter((_, p) => (s * 7 + k * 3 + p) % shape.outstandingOneIn !== 0);
      acknowledgements += done.length;
      if (done.length === 0) continue;
      add(
        `reading-${personId}`,
        '2026-09-15T12:00:00.000Z',
        done.map((policyId) => ({ type: 'PolicyAcknowledged', data: { personId, schoolId, policyId, version: 1, acknowledgedOn: '2026-09-15' } })),
      );
    }
  });

  let events = 0;
  try {
    for (let start = 0; start < appends.length; start += 2000) {
      const batch = appends.slice(start, start + 2000);
      const results: Promise<unknown>[] = [];
      store.database.transaction(() => {
        for (const append of batch) {
          const wrapped = envelopes(append.events, { streamId: append.streamId, revision: -1, previousHash: GENESIS_HASH, origin, correlationId: randomUUID(), occurredAt: append.occurredAt, eventId: randomUUID });
          results.push(store.appendToStream(append.streamId, wrapped.events, { expectedRevision: 'no-stream' }));
          events += wrapped.events.length;
        }
      })();
      await Promise.all(results);
    }
    store.database.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  return { trustId, schoolId: schoolIds[0], events, acknowledgements, seconds: round(seconds(begun), 1) };
}
