import { PersonState, RegisteredPerson } from '../people/person-state';
import { RoleGrant } from '../people/roles';
import { PolicyState } from '../policy/events';
import { refusal } from '../testing/refusal';
import { requireLinkGovernorCandidate, requireTrustPolicy } from './link-governor-candidates';

const trustId = 'trust-oak';
const schoolId = 'sch-ravens';
const personId = 'person-ada';
const named = { personId, trustId, schoolId };

const person = (roles: RoleGrant[], changes: Partial<RegisteredPerson> = {}): PersonState => ({
  exists: true, personId, trustId, roles, erased: false, mfaEnrolled: false, ...changes,
});

describe('who may be named a link governor', () => {
  it.each<[string, RoleGrant[]]>([
    ['a governor of this school', [{ role: 'governor', schoolId }]],
    ['a trustee', [{ role: 'trustee' }]],
  ])('given %s, when named, then nothing is refused', (_, roles) => {
    expect(() => requireLinkGovernorCandidate(person(roles), named)).not.toThrow();
  });

  it.each<[string, PersonState]>([
    ['no such person', { exists: false }],
    ['a person of another trust', person([{ role: 'governor', schoolId }], { trustId: 'trust-elm' })],
    ['an erased person', person([], { erased: true })],
  ])('given %s, when named, then unknown-person', (_, state) => {
    const error = refusal(() => requireLinkGovernorCandidate(state, named));
    expect(error.code).toBe('unknown-person');
    expect(error.message).toBe('personId does not name a person of this trust.');
    expect(error.details).toEqual({ personId });
  });

  it.each<[string, RoleGrant[]]>([
    ['a governor of another school', [{ role: 'governor', schoolId: 'sch-crows' }]],
    ['a headteacher of this school', [{ role: 'headteacher', schoolId }]],
    ['a trust admin', [{ role: 'trust-admin' }]],
  ])('given %s, when named, then not-a-governor', (_, roles) => {
    const error = refusal(() => requireLinkGovernorCandidate(person(roles), named));
    expect(error.code).toBe('not-a-governor');
    expect(error.message).toBe(
      'Only a governor of this school (or a trustee) can be its link governor; give the person the governor role first.',
    );
  });
});

describe('which policies a link governor may follow', () => {
  const policy = (owner: string): PolicyState => ({
    registered: true, policyId: 'pol-1', trustId: owner, title: 'Safeguarding', scope: 'trust', reviewCycleMonths: 12,
    approver: 'trust-board', statutory: true, eiaRequired: true, appliesTo: ['primary'], acknowledgementRequired: false, versions: [1], approvals: [], reviews: [], retired: false,
  });

  it("given one of the trust's policies, when followed, then nothing is refused", () => {
    expect(() => requireTrustPolicy(policy(trustId), { policyId: 'pol-1', trustId })).not.toThrow();
  });

  it.each<[string, PolicyState]>([
    ['no such policy', { registered: false }],
    ["another trust's policy", policy('trust-elm')],
  ])('given %s, when followed, then unknown-policy', (_, state) => {
    const error = refusal(() => requireTrustPolicy(state, { policyId: 'pol-1', trustId }));
    expect(error.code).toBe('unknown-policy');
    expect(error.message).toBe('policyIds names pol-1, which is not a policy of this trust.');
    expect(error.details).toEqual({ policyId: 'pol-1' });
  });
});
