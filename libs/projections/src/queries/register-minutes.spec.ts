import type { GivenEvent } from '../testing/projection-spec';
import { inStream, projectionSpec } from '../testing/projection-spec';
import { policyRegisterProjection } from '../read-models/policy-register.projection';
import { PolicyRegisterQuery } from './policy-register.query';

const registered = (policyId: string, scope: 'trust' | 'school'): GivenEvent =>
  inStream(`policy-${policyId}`, {
    type: 'PolicyRegistered',
    data: { policyId, trustId: 't1', title: policyId, scope, reviewCycleMonths: 12, approver: 'local-governing-body', statutory: true, eiaRequired: false, category: null, legislation: [], linkedPolicies: [], catalogueKey: null, appliesTo: ['primary'] },
  });
const adopted = (data: Record<string, unknown>): GivenEvent =>
  inStream('schoolpolicy-s1.p1', { type: 'PolicyAdopted', data: { schoolId: 's1', policyId: 'p1', version: 1, approvedBy: 'local-governing-body', localAmendments: null, ...data } });
const schoolReview = (data: Record<string, unknown>): GivenEvent =>
  inStream('schoolpolicy-s1.p1', { type: 'PolicyReviewed', data: { level: 'school', schoolId: 's1', policyId: 'p1', outcome: 'no-change', notes: null, nextReviewDue: null, ...data } });
const minutes = (policyId: string) => (db: ConstructorParameters<typeof PolicyRegisterQuery>[0]) => {
  const row = new PolicyRegisterQuery(db).schoolRegister('t1', 's1', '2026-11-24').find((r) => r.policyId === policyId)!;
  return { minuteRef: row.minuteRef, meetingId: row.meetingId };
};

describe('register rows: the minute of the last approval, adoption or review', () => {
  const spec = projectionSpec(policyRegisterProjection);

  it('given an adoption then a review in a meeting, then the row shows the review\'s minute and meeting', () => {
    spec
      .given([
        registered('p1', 'school'),
        adopted({ adoptedOn: '2026-09-10' }),
        schoolReview({ reviewedOn: '2026-11-18', meetingId: 'm1', minuteRef: 'LGB/3' }),
      ])
      .then(minutes('p1'), { minuteRef: 'LGB/3', meetingId: 'm1' });
  });

  it('given a later act recorded directly, then the row shows no minute; a withdrawn later act gives the meeting\'s back', () => {
    const review = { reviewedOn: '2026-11-20' };
    spec
      .given([registered('p1', 'school'), adopted({ adoptedOn: '2026-09-10', meetingId: 'm1', minuteRef: 'LGB/1' }), schoolReview(review)])
      .then(minutes('p1'), { minuteRef: null, meetingId: null });
    spec
      .given([
        registered('p1', 'school'),
        adopted({ adoptedOn: '2026-09-10', meetingId: 'm1', minuteRef: 'LGB/1' }),
        schoolReview(review),
        inStream('schoolpolicy-s1.p1', { type: 'EntryWithdrawn', data: { eventId: 'e3', entryType: 'PolicyReviewed', entry: { level: 'school', schoolId: 's1', policyId: 'p1', ...review }, reason: 'Typed twice' } }),
      ])
      .then(minutes('p1'), { minuteRef: 'LGB/1', meetingId: 'm1' });
  });

  it("given a trust-wide policy approved with a minute typed by hand, then every school's row shows it", () => {
    spec
      .given([
        registered('p2', 'trust'),
        inStream('policy-p2', { type: 'PolicyApproved', data: { policyId: 'p2', version: 1, approvedOn: '2026-10-01', body: 'trust-board', minuteRef: 'TB/26/2' } }),
      ])
      .then(minutes('p2'), { minuteRef: 'TB/26/2', meetingId: null });
  });
});
