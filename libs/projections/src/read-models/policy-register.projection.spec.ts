import Database from 'better-sqlite3';
import type { RecordedEvent } from '@governance/event-store';
import { canonicalNames } from '../projection';
import { policyRegisterProjection } from './policy-register.projection';

/** PolicyEvaluated only dates the row: it creates it with no facts when missing, else leaves the facts alone. */
describe('policy register: evaluations', () => {
  let db: Database.Database;
  let apply: (event: RecordedEvent) => void;
  let position = 0n;
  const event = (type: string, data: Record<string, unknown>): RecordedEvent => ({
    id: `e${(position += 1n)}`,
    streamId: 'schoolpolicy-s1.p1',
    revision: Number(position),
    position,
    type,
    data,
    metadata: { trustId: 't1', schoolId: 's1' },
    recordedAt: '2026-11-24T10:00:00.000Z',
  });
  const row = () => db.prepare('SELECT trust_id, facts, last_evaluated_on FROM rm_school_policies WHERE school_id = ? AND policy_id = ?').get('s1', 'p1');

  beforeEach(() => {
    db = new Database(':memory:');
    db.exec(policyRegisterProjection.schema(canonicalNames()));
    apply = policyRegisterProjection.applier(db, canonicalNames());
  });
  afterEach(() => db.close());

  it('creates the row with empty facts when the school has none yet', () => {
    apply(event('PolicyEvaluated', { schoolId: 's1', policyId: 'p1', evaluatedOn: '2026-10-01' }));
    expect(row()).toEqual({ trust_id: 't1', facts: '{"adoptions":[],"reviews":[],"eias":[]}', last_evaluated_on: '2026-10-01' });
  });

  it('keeps the facts and moves the date', () => {
    apply(event('PolicyAdopted', { schoolId: 's1', policyId: 'p1', version: 1, adoptedOn: '2026-09-10' }));
    const facts = (row() as { facts: string }).facts;
    apply(event('PolicyEvaluated', { schoolId: 's1', policyId: 'p1', evaluatedOn: '2026-10-01' }));
    apply(event('PolicyEvaluated', { schoolId: 's1', policyId: 'p1', evaluatedOn: '2026-11-01' }));
    expect(row()).toEqual({ trust_id: 't1', facts, last_evaluated_on: '2026-11-01' });
    expect(JSON.parse(facts)).toEqual({ adoptions: [{ version: 1, adoptedOn: '2026-09-10' }], reviews: [], eias: [] });
  });
});
