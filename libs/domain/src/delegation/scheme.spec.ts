import { DomainError, InvalidValueError } from '../shared/domain-error';
import { DelegationRule, expectedApprover, parseDelegationRules, refuseWrongApprover } from './scheme';

const rule = (r: Partial<DelegationRule> & Pick<DelegationRule, 'approver'>): DelegationRule => ({
  policyId: null,
  category: null,
  schoolId: null,
  ...r,
});
const subject = { policyId: 'p1', category: 'safeguarding', schoolId: 's1', policyApprover: 'trust-board' as const };

describe('scheme of delegation: the most specific rule wins', () => {
  it('gives the policy approver when no rule matches', () => {
    expect(expectedApprover([rule({ approver: 'headteacher', schoolId: 's2' })], subject)).toBe('trust-board');
  });

  it('orders policy+school > policy > category+school > category > school', () => {
    const rules = [
      rule({ approver: 'headteacher', schoolId: 's1' }),
      rule({ approver: 'committee', category: 'safeguarding' }),
      rule({ approver: 'local-governing-body', category: 'safeguarding', schoolId: 's1' }),
      rule({ approver: 'trust-board', policyId: 'p1' }),
      rule({ approver: 'headteacher', policyId: 'p1', schoolId: 's1' }),
    ];
    // Remove the most specific one at a time: the next in the order takes over.
    const answers = [0, 1, 2, 3, 4].map((n) => expectedApprover(rules.slice(0, rules.length - n), subject));
    expect(answers).toEqual(['headteacher', 'trust-board', 'local-governing-body', 'committee', 'headteacher']);
    // The order does not depend on where a rule sits in the list.
    expect(expectedApprover([...rules].reverse(), subject)).toBe('headteacher');
  });

  it('on a tie of equal specificity, the later rule wins', () => {
    const rules = [
      rule({ approver: 'committee', policyId: 'p1' }),
      rule({ approver: 'local-governing-body', policyId: 'p1', category: 'safeguarding' }),
    ];
    expect(expectedApprover(rules, subject)).toBe('local-governing-body');
    expect(expectedApprover([...rules].reverse(), subject)).toBe('committee');
  });

  it('a school rule does not apply to a trust-level approval (no school)', () => {
    expect(expectedApprover([rule({ approver: 'headteacher', schoolId: 's1' })], { ...subject, schoolId: null })).toBe(
      'trust-board',
    );
  });
});

describe('reading rules', () => {
  it('refuses a rule that narrows nothing, an unknown body and a non-list', () => {
    expect(() => parseDelegationRules([{ approver: 'trust-board' }])).toThrow(InvalidValueError);
    expect(() => parseDelegationRules([{ approver: 'the-bursar', policyId: 'p1' }])).toThrow(InvalidValueError);
    expect(() => parseDelegationRules({})).toThrow(InvalidValueError);
  });

  it('keeps absent fields as null', () => {
    expect(parseDelegationRules([{ approver: 'committee', category: 'finance' }])).toEqual([
      rule({ approver: 'committee', category: 'finance' }),
    ]);
  });
});

describe('refusing another body', () => {
  const check = { expected: 'local-governing-body' as const, schoolName: 'Libra School' };

  it('given a scheme, when a headteacher adoption is recorded, then it is refused naming the body expected', () => {
    let error: unknown;
    try {
      refuseWrongApprover('headteacher', check, null, 'adoption');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('wrong-approver');
    expect((error as DomainError).message).toBe(
      "This policy is approved by the local governing body at Libra School under the trust's scheme of delegation; " +
        'record the adoption as approved by the local governing body, or record an exception with a reason.',
    );
  });

  it('accepts the expected body, no body, no scheme, and an exception with a reason (returned to record)', () => {
    expect(refuseWrongApprover('local-governing-body', check, null, 'adoption')).toBeNull();
    expect(refuseWrongApprover(null, check, null, 'adoption')).toBeNull();
    expect(refuseWrongApprover('headteacher', null, null, 'adoption')).toBeNull();
    expect(refuseWrongApprover('headteacher', check, { reason: 'LGB not quorate' }, 'adoption')).toEqual({
      reason: 'LGB not quorate',
    });
  });
});
