import { DomainError } from '../shared/domain-error';
import { PersonState } from '../people/person-state';
import { PolicyFacts } from '../policy/policy-facts';
import { deciderSpec } from '../testing/decider-spec';
import { schoolPolicyDecider } from './decider';
import { requirePolicyOwnerCandidate } from './owner';

const spec = deciderSpec(schoolPolicyDecider);
const ids = { schoolId: 'sch-libra', policyId: 'pol-behaviour' };
const policy: PolicyFacts = { title: 'Behaviour', scope: 'school', reviewCycleMonths: 12, versions: [1], retired: false, eiaRequired: false };
const named = { personId: 'p-lead', trustId: 'trust-1', schoolId: 'sch-libra' };

const person = (roles: { role: 'staff' | 'headteacher' | 'governor' | 'trustee' | 'clerk'; schoolId?: string }[], more: Partial<{ trustId: string; erased: boolean }> = {}): PersonState => ({
  exists: true,
  personId: 'p-lead',
  trustId: more.trustId ?? 'trust-1',
  roles,
  erased: more.erased ?? false,
  mfaEnrolled: false,
});

function codeOf(action: () => void): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
  return undefined;
}

describe('AssignPolicyOwner', () => {
  it('names the owner of the school policy', () =>
    spec
      .given([])
      .when({ type: 'AssignPolicyOwner', data: { ...ids, policy, personId: 'p-lead' } })
      .then([{ type: 'PolicyOwnerAssigned', data: { ...ids, personId: 'p-lead' } }]));

  it('records nothing when the same person is named again, and a change when another is', () => {
    spec
      .given([{ type: 'PolicyOwnerAssigned', data: { ...ids, personId: 'p-lead' } }])
      .when({ type: 'AssignPolicyOwner', data: { ...ids, policy, personId: 'p-lead' } })
      .then([]);
    spec
      .given([{ type: 'PolicyOwnerAssigned', data: { ...ids, personId: 'p-lead' } }])
      .when({ type: 'AssignPolicyOwner', data: { ...ids, policy, personId: 'p-other' } })
      .then([{ type: 'PolicyOwnerAssigned', data: { ...ids, personId: 'p-other' } }]);
  });

  it('refuses an owner for a retired policy', () =>
    spec
      .given([])
      .when({ type: 'AssignPolicyOwner', data: { ...ids, policy: { ...policy, retired: true }, personId: 'p-lead' } })
      .thenThrows('policy-retired'));
});

describe('requirePolicyOwnerCandidate', () => {
  it('accepts staff or the headteacher of this school, and a trust-wide role', () => {
    expect(codeOf(() => requirePolicyOwnerCandidate(person([{ role: 'staff', schoolId: 'sch-libra' }]), named))).toBeUndefined();
    expect(codeOf(() => requirePolicyOwnerCandidate(person([{ role: 'headteacher', schoolId: 'sch-libra' }]), named))).toBeUndefined();
    expect(codeOf(() => requirePolicyOwnerCandidate(person([{ role: 'trustee' }]), named))).toBeUndefined();
  });

  it('refuses a person of another school only, of another trust, erased, or unknown', () => {
    expect(codeOf(() => requirePolicyOwnerCandidate(person([{ role: 'staff', schoolId: 'sch-aries' }]), named))).toBe('not-of-school');
    expect(codeOf(() => requirePolicyOwnerCandidate(person([{ role: 'staff', schoolId: 'sch-libra' }], { trustId: 'trust-2' }), named))).toBe('unknown-person');
    expect(codeOf(() => requirePolicyOwnerCandidate(person([], { erased: true }), named))).toBe('unknown-person');
    expect(codeOf(() => requirePolicyOwnerCandidate({ exists: false }, named))).toBe('unknown-person');
  });
});
