import Database from 'better-sqlite3';
import type { RecordedEvent } from '@governance/event-store';
import { canonicalNames } from '../projection';
import { policyRegisterProjection } from '../read-models/policy-register.projection';
import { PolicyRegisterQuery } from './policy-register.query';

/** Remembered rows never change an answer: after each event the query agrees with a fresh one. */
describe('PolicyRegisterQuery remembers assessed rows by their inputs', () => {
  let db: Database.Database;
  let apply: (event: RecordedEvent) => void;
  let position = 0n;
  const event = (streamId: string, type: string, data: Record<string, unknown>): RecordedEvent => ({
    id: `e${(position += 1n)}`,
    streamId,
    revision: 0,
    position,
    type,
    data,
    metadata: { trustId: 't1' },
    recordedAt: '2026-01-01T10:00:00.000Z',
  });
  const register = (policyId: string, scope: 'trust' | 'school', title: string) =>
    apply(event(`policy-${policyId}`, 'PolicyRegistered', { policyId, trustId: 't1', title, scope, reviewCycleMonths: 12, approver: 'local-governing-body', statutory: true, eiaRequired: true, category: null, catalogueKey: null }));

  beforeEach(() => {
    db = new Database(':memory:');
    db.exec(policyRegisterProjection.schema(canonicalNames()));
    apply = policyRegisterProjection.applier(db, canonicalNames());
  });
  afterEach(() => db.close());

  it('answers as a fresh query does, event after event, for two days', () => {
    const query = new PolicyRegisterQuery(db);
    const steps: (() => void)[] = [
      () => register('p1', 'school', 'Safeguarding'),
      () => register('p2', 'trust', 'Complaints'),
      () => apply(event('policy-p1', 'PolicyVersionDrafted', { policyId: 'p1', version: 1 })),
      () => apply(event('schoolpolicy-s1.p1', 'PolicyAdopted', { schoolId: 's1', policyId: 'p1', version: 1, adoptedOn: '2025-09-10' })),
      () => apply(event('schoolpolicy-s2.p1', 'PolicyAdopted', { schoolId: 's2', policyId: 'p1', version: 1, adoptedOn: '2025-09-10' })),
      () => apply(event('schoolpolicy-s1.p1', 'PolicyEvaluated', { schoolId: 's1', policyId: 'p1', evaluatedOn: '2025-11-01' })),
      () => apply(event('policy-p2', 'PolicyApproved', { policyId: 'p2', version: 1, approvedOn: '2025-07-01' })),
      () => apply(event('schoolpolicy-s2.p1', 'PolicyReviewed', { level: 'school', schoolId: 's2', policyId: 'p1', reviewedOn: '2026-08-20', nextReviewDue: null })),
      () => apply(event('policy-p1', 'PolicyRetired', { policyId: 'p1' })),
    ];
    for (const step of steps) {
      step();
      for (const asOf of ['2026-08-01', '2026-09-15']) {
        const fresh = new PolicyRegisterQuery(db);
        expect(query.trustRegisters('t1', ['s1', 's2', 's3'], asOf)).toEqual(fresh.trustRegisters('t1', ['s1', 's2', 's3'], asOf));
        expect(query.schoolRegister('t1', 's2', asOf)).toEqual(fresh.schoolRegister('t1', 's2', asOf));
      }
    }
    expect(query.schoolRegister('t1', 's1', '2026-09-15').map((row) => row.policyId)).toEqual(['p2']);
  });
});
