import type { EntryWithdrawn, PolicyAdopted, PolicyApproved, PolicyEvaluated, PolicyVersionDrafted, SchoolAdded, TrustRegistered } from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { applyAndRollBack, inStream, projectionSpec, recordedAtPosition, rowsOf, withFreshReadModel } from '../testing/projection-spec';
import { auditText, auditTrailProjection } from './audit-trail.projection';

/** The trail's rows with their texts, as readers see them (the rows hold integers from audit_keys). */
const AUDIT_EVENTS = `(SELECT position, ${auditText('trust')} AS trust_id, ${auditText('school')} AS school_id, ${auditText('policy')} AS policy_id,
  ${auditText('stream')} AS stream_id, revision, ${auditText('type')} AS type, occurred_at, ${auditText('actor')} AS actor_id,
  ${auditText('actor_role')} AS actor_role, event_id FROM audit_events)`;
const AUDIT_DECISIONS = `(SELECT position, ${auditText('trust')} AS trust_id, type, decided_on, ${auditText('actor')} AS actor_id, data FROM audit_decisions)`;
const AUDIT_WITHDRAWALS = `(SELECT event_id, ${auditText('trust')} AS trust_id, reason, ${auditText('withdrawn_by')} AS withdrawn_by, withdrawn_at, position
  FROM audit_withdrawals)`;

const trustRegistered: TrustRegistered = { type: 'TrustRegistered', data: { trustId: 't1', name: 'Oak Learning Trust' } };
const schoolAdded: SchoolAdded = { type: 'SchoolAdded', data: { schoolId: 's1', name: 'Ash Academy' } };
const approved: PolicyApproved = { type: 'PolicyApproved', data: { policyId: 'p1', version: 2, approvedOn: '2026-10-14', body: 'trust-board', minuteRef: 'TB/26/7' } };
const adopted: PolicyAdopted = {
  type: 'PolicyAdopted',
  data: { schoolId: 's1', policyId: 'p1', version: 2, adoptedOn: '2026-11-03', approvedBy: 'local-governing-body', localAmendments: null },
};
const drafted: PolicyVersionDrafted = { type: 'PolicyVersionDrafted', data: { policyId: 'p1', version: 2, summary: 'Updated for KCSIE 2026', documentUrl: null, document: null } };
const evaluated: PolicyEvaluated = { type: 'PolicyEvaluated', data: { schoolId: 's1', policyId: 'p1', evaluatedOn: '2026-11-10', checklist: [], effectivenessStatement: 'Working well.' } };

const trail = rowsOf(`SELECT position, trust_id, school_id, policy_id, stream_id, revision, type FROM ${AUDIT_EVENTS} ORDER BY position`);
const decisions = rowsOf(`SELECT position, trust_id, type, decided_on, actor_id, data FROM ${AUDIT_DECISIONS} ORDER BY position`);

describe('audit trail read model', () => {
  const spec = projectionSpec(auditTrailProjection);

  it('records every event of a trust with its stream, revision and subject', () => {
    spec
      .given([
        inStream('trust-t1', trustRegistered),
        inStream('trust-t1', schoolAdded),
        inStream('policy-p1', approved),
        inStream('schoolpolicy-s1.p1', adopted, { schoolId: 's1' }),
      ])
      .then(trail, [
        { position: 1, trust_id: 't1', school_id: null, policy_id: null, stream_id: 'trust-t1', revision: 0, type: 'TrustRegistered' },
        { position: 2, trust_id: 't1', school_id: 's1', policy_id: null, stream_id: 'trust-t1', revision: 1, type: 'SchoolAdded' },
        { position: 3, trust_id: 't1', school_id: null, policy_id: 'p1', stream_id: 'policy-p1', revision: 0, type: 'PolicyApproved' },
        { position: 4, trust_id: 't1', school_id: 's1', policy_id: 'p1', stream_id: 'schoolpolicy-s1.p1', revision: 0, type: 'PolicyAdopted' },
      ]);
  });

  it('keeps each id and name once, in audit_keys, in the order first seen, and the rows hold their integers', () => {
    spec
      .given([inStream('trust-t1', trustRegistered), inStream('trust-t1', schoolAdded), inStream('schoolpolicy-s1.p1', adopted, { schoolId: 's1' })])
      .then(
        (db) => ({
          keys: rowsOf('SELECT id, key FROM audit_keys ORDER BY id')(db),
          rows: rowsOf('SELECT trust, school, policy, stream, type, typeof(trust) AS stored FROM audit_events ORDER BY position')(db),
        }),
        {
          keys: [
            { id: 1, key: 't1' },
            { id: 2, key: 'trust-t1' },
            { id: 3, key: 'TrustRegistered' },
            { id: 4, key: 's1' },
            { id: 5, key: 'SchoolAdded' },
            { id: 6, key: 'p1' },
            { id: 7, key: 'schoolpolicy-s1.p1' },
            { id: 8, key: 'PolicyAdopted' },
          ],
          rows: [
            { trust: 1, school: null, policy: null, stream: 2, type: 3, stored: 'integer' },
            { trust: 1, school: 4, policy: null, stream: 2, type: 5, stored: 'integer' },
            { trust: 1, school: 4, policy: 6, stream: 7, type: 8, stored: 'integer' },
          ],
        },
      );
  });

  /** A school's adoption of policy p1 at a log position (one stream per school). */
  const adoptionAt = (position: number, schoolId: string): RecordedEvent =>
    recordedAtPosition(position, inStream(`schoolpolicy-${schoolId}.p1`, { ...adopted, data: { ...adopted.data, schoolId } }, { schoolId }));

  it('gives a text its integer again after a rolled-back event took the one it had (as the runner re-applies after a failure)', () => {
    withFreshReadModel(auditTrailProjection, (db, apply) => {
      db.transaction(() => {
        apply(adoptionAt(1, 's1'));
        // The savepoint of a failing batch: the integers it gave are rolled back with it.
        applyAndRollBack(db, apply, adoptionAt(2, 's2'));
        apply(adoptionAt(3, 's3'));
        apply(adoptionAt(4, 's2'));
      })();
      expect(rowsOf(`SELECT position, school_id, stream_id FROM ${AUDIT_EVENTS} ORDER BY position`)(db)).toEqual([
        { position: 1, school_id: 's1', stream_id: 'schoolpolicy-s1.p1' },
        { position: 3, school_id: 's3', stream_id: 'schoolpolicy-s3.p1' },
        { position: 4, school_id: 's2', stream_id: 'schoolpolicy-s2.p1' },
      ]);
    });
  });

  it('gives a text its integer again when the event right after a rollback names it again (each column remembers its last text)', () => {
    withFreshReadModel(auditTrailProjection, (db, apply) => {
      db.transaction(() => {
        apply(adoptionAt(1, 's1'));
        applyAndRollBack(db, apply, adoptionAt(2, 's2'));
        apply(adoptionAt(2, 's2'));
      })();
      expect(rowsOf(`SELECT position, school_id, stream_id FROM ${AUDIT_EVENTS} ORDER BY position`)(db)).toEqual([
        { position: 1, school_id: 's1', stream_id: 'schoolpolicy-s1.p1' },
        { position: 2, school_id: 's2', stream_id: 'schoolpolicy-s2.p1' },
      ]);
    });
  });

  it('names who acted, in what role, and when it happened', () => {
    spec
      .given([inStream('policy-p1', approved, { actorId: 'person-clerk', actorRole: 'clerk', occurredAt: '2026-10-14T18:30:00.000Z' })])
      .then(rowsOf(`SELECT actor_id, actor_role, occurred_at FROM ${AUDIT_EVENTS}`), [
        { actor_id: 'person-clerk', actor_role: 'clerk', occurred_at: '2026-10-14T18:30:00.000Z' },
      ]);
  });

  it('dates an event by when the store recorded it when the metadata has no occurredAt', () => {
    projectionSpec(auditTrailProjection, { recordedAt: '2026-10-15T07:00:00.000Z' })
      .given([inStream('policy-p1', approved)])
      .then(rowsOf(`SELECT actor_id, occurred_at FROM ${AUDIT_EVENTS}`), [{ actor_id: null, occurred_at: '2026-10-15T07:00:00.000Z' }]);
  });

  it("finds the school and policy from the school-policy stream when the event's data and metadata do not name them", () => {
    spec
      // Not a domain shape on purpose: the stream name is the last place the subject is found.
      .given([inStream('schoolpolicy-s7.p-safeguarding', { type: 'ReviewDue', data: { dueOn: '2026-12-01', asOf: '2026-11-01' } })])
      .then(rowsOf(`SELECT school_id, policy_id FROM ${AUDIT_EVENTS}`), [{ school_id: 's7', policy_id: 'p-safeguarding' }]);
  });

  it('keeps the policy decisions with the day the body decided (none for a draft) and their data, and no other events', () => {
    spec
      .given([
        inStream('trust-t1', schoolAdded),
        inStream('policy-p1', drafted),
        inStream('policy-p1', approved, { actorId: 'person-clerk' }),
        inStream('schoolpolicy-s1.p1', adopted),
        inStream('schoolpolicy-s1.p1', evaluated),
      ])
      .then(decisions, [
        { position: 2, trust_id: 't1', type: 'PolicyVersionDrafted', decided_on: null, actor_id: null, data: JSON.stringify(drafted.data) },
        { position: 3, trust_id: 't1', type: 'PolicyApproved', decided_on: '2026-10-14', actor_id: 'person-clerk', data: JSON.stringify(approved.data) },
        { position: 4, trust_id: 't1', type: 'PolicyAdopted', decided_on: '2026-11-03', actor_id: null, data: JSON.stringify(adopted.data) },
      ]);
  });

  it('takes the trust from the data when the metadata has none, and leaves out an event of no trust', () => {
    projectionSpec(auditTrailProjection, { metadata: {} })
      // The second is no domain event: an entry that names no trust anywhere.
      .given([inStream('trust-t2', trustRegistered), inStream('operator', { type: 'OperatorNote', data: { note: 'maintenance' } })])
      .then(rowsOf(`SELECT trust_id, type FROM ${AUDIT_EVENTS}`), [{ trust_id: 't1', type: 'TrustRegistered' }]);
  });

  it("keeps each trust's events under its own trust", () => {
    spec
      .given([inStream('trust-t1', schoolAdded, { trustId: 't1' }), inStream('trust-t2', schoolAdded, { trustId: 't2' })])
      .then(rowsOf(`SELECT trust_id, stream_id FROM ${AUDIT_EVENTS} ORDER BY position`), [
        { trust_id: 't1', stream_id: 'trust-t1' },
        { trust_id: 't2', stream_id: 'trust-t2' },
      ]);
  });

  describe('withdrawn entries', () => {
    const withdrawal: EntryWithdrawn = {
      type: 'EntryWithdrawn',
      data: { eventId: 'event-1', entryType: 'PolicyAdopted', entry: { ...adopted.data }, reason: 'Adopted at the wrong school' },
    };

    it('keeps each event id, marks the withdrawn entry with the reason, who and when, and names its school and policy', () => {
      spec
        .given([
          inStream('schoolpolicy-s1.p1', adopted, { schoolId: 's1' }),
          inStream('schoolpolicy-s1.p1', withdrawal, { actorId: 'person-admin', occurredAt: '2026-11-25T09:00:00.000Z' }),
        ])
        .then(
          (db) => ({
            events: rowsOf(`SELECT event_id, type, school_id, policy_id FROM ${AUDIT_EVENTS} ORDER BY position`)(db),
            withdrawals: rowsOf(`SELECT * FROM ${AUDIT_WITHDRAWALS}`)(db),
          }),
          {
            events: [
              { event_id: 'event-1', type: 'PolicyAdopted', school_id: 's1', policy_id: 'p1' },
              { event_id: 'event-2', type: 'EntryWithdrawn', school_id: 's1', policy_id: 'p1' },
            ],
            withdrawals: [
              { event_id: 'event-1', trust_id: 't1', reason: 'Adopted at the wrong school', withdrawn_by: 'person-admin', withdrawn_at: '2026-11-25T09:00:00.000Z', position: 2 },
            ],
          },
        );
    });

    it("takes a withdrawn adoption out of the decisions the clerk's pack finds", () => {
      spec
        .given([inStream('schoolpolicy-s1.p1', adopted, { schoolId: 's1' }), inStream('policy-p1', approved), inStream('schoolpolicy-s1.p1', withdrawal)])
        .then(rowsOf(`SELECT type FROM ${AUDIT_DECISIONS} ORDER BY position`), [{ type: 'PolicyApproved' }]);
    });
  });
});
