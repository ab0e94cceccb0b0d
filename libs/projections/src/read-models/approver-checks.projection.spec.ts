import type { Approver, EntryWithdrawn, PolicyAdopted, PolicyAdoptedData, PolicyRegistered, SchemeOfDelegationSet } from '@governance/domain';
import type Database from 'better-sqlite3';
import { PolicyRegisterQuery } from '../queries/policy-register.query';
import { countUp } from '../queries/compliance.query';
import { GivenEvent, inStream, projectionSpec } from '../testing/projection-spec';
import { policyRegisterProjection } from './policy-register.projection';

const registered = (approver: Approver = 'trust-board'): GivenEvent => {
  const event: PolicyRegistered = {
    type: 'PolicyRegistered',
    data: {
      policyId: 'p1', trustId: 't1', title: 'Behaviour', scope: 'school', reviewCycleMonths: 12, approver,
      statutory: true, eiaRequired: false, category: 'pupils', legislation: [], linkedPolicies: [], catalogueKey: null, appliesTo: ['secondary'], acknowledgementRequired: false,
    },
  };
  return inStream('policy-p1', event);
};
const adoptedData = (version: number, approvedBy: Approver, extra: Partial<PolicyAdoptedData> = {}): PolicyAdoptedData => ({
  schoolId: 's1', policyId: 'p1', version, adoptedOn: '2026-10-01', approvedBy, localAmendments: null, ...extra,
});
const adopted = (version: number, approvedBy: Approver, extra: Partial<PolicyAdoptedData> = {}): GivenEvent => {
  const event: PolicyAdopted = { type: 'PolicyAdopted', data: adoptedData(version, approvedBy, extra) };
  return inStream('schoolpolicy-s1.p1', event, { schoolId: 's1' });
};
const scheme = (rules: SchemeOfDelegationSet['data']['rules']): GivenEvent =>
  inStream('trust-t1', { type: 'SchemeOfDelegationSet', data: { rules } } satisfies SchemeOfDelegationSet);
const lgbAtS1 = [{ approver: 'local-governing-body' as const, policyId: null, category: 'pupils', schoolId: 's1' }];

const check = (db: Database.Database) => {
  const [row] = new PolicyRegisterQuery(db).schoolRegister('t1', 's1', '2026-11-24');
  const { approvedBy, approvedByExpected, approvedByOk, approvedByException } = row;
  return { approvedBy, approvedByExpected, approvedByOk, approvedByException, wrongApprover: countUp([row], '2026-11-24').wrongApprover };
};

describe('register: the body recorded against the body expected', () => {
  const spec = projectionSpec(policyRegisterProjection);

  it('given no scheme, then the policy approver is shown and nothing is judged', () => {
    spec.given([registered(), adopted(1, 'headteacher')]).then(check, {
      approvedBy: 'headteacher', approvedByExpected: 'trust-board', approvedByOk: null, approvedByException: null, wrongApprover: 0,
    });
  });

  it('given an adoption recorded before the scheme, when the scheme names another body, then it is flagged and counted wrong', () => {
    spec.given([registered(), adopted(1, 'headteacher'), scheme(lgbAtS1)]).then(check, {
      approvedBy: 'headteacher', approvedByExpected: 'local-governing-body', approvedByOk: false, approvedByException: null, wrongApprover: 1,
    });
  });

  it('given an adoption recorded with an exception, then it is flagged but not counted wrong', () => {
    spec
      .given([scheme(lgbAtS1), registered(), adopted(1, 'headteacher', { approvedByExpected: 'local-governing-body', exception: { reason: 'LGB not quorate' } })])
      .then(check, { approvedBy: 'headteacher', approvedByExpected: 'local-governing-body', approvedByOk: false, approvedByException: 'LGB not quorate', wrongApprover: 0 });
  });

  it('judges an adoption by the body expected when it was recorded, not by a later scheme', () => {
    spec
      .given([scheme(lgbAtS1), registered(), adopted(1, 'local-governing-body', { approvedByExpected: 'local-governing-body' }), scheme([{ ...lgbAtS1[0], approver: 'committee' }])])
      .then(check, { approvedBy: 'local-governing-body', approvedByExpected: 'local-governing-body', approvedByOk: true, approvedByException: null, wrongApprover: 0 });
  });

  it('given version 2 adopted by the wrong body and withdrawn, then version 1’s body counts again', () => {
    const withdrawn: EntryWithdrawn = {
      type: 'EntryWithdrawn',
      data: { eventId: 'event-4', entryType: 'PolicyAdopted', entry: adoptedData(2, 'headteacher'), reason: 'Recorded in error' },
    };
    spec
      .given([registered(), adopted(1, 'local-governing-body'), scheme(lgbAtS1), adopted(2, 'headteacher'), inStream('schoolpolicy-s1.p1', withdrawn, { schoolId: 's1' })])
      .then(check, { approvedBy: 'local-governing-body', approvedByExpected: 'local-governing-body', approvedByOk: true, approvedByException: null, wrongApprover: 0 });
  });
});
