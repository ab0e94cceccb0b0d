import { deciderSpec } from '../testing/decider-spec';
import { AcknowledgePolicy, readingDecider } from './decide';
import { ReadingEvent } from './events';

const spec = deciderSpec(readingDecider);

const acknowledge = (version: unknown, overrides: Partial<AcknowledgePolicy['data']> = {}): AcknowledgePolicy => ({
  type: 'AcknowledgePolicy',
  data: {
    personId: 'person-1',
    schoolId: 'school-1',
    policyId: 'pol-1',
    version,
    roles: [{ role: 'staff', schoolId: 'school-1' }],
    schoolPhase: 'primary',
    policy: { title: 'Staff code of conduct', acknowledgementRequired: true, appliesTo: ['primary', 'secondary'], retired: false },
    adoptions: [
      { version: 1, adoptedOn: '2025-09-01' },
      { version: 2, adoptedOn: '2027-03-03' },
    ],
    ...overrides,
  },
});

const acknowledged = (version: number, acknowledgedOn = '2026-11-20'): ReadingEvent => ({
  type: 'PolicyAcknowledged',
  data: { personId: 'person-1', schoolId: 'school-1', policyId: 'pol-1', version, acknowledgedOn },
});

describe('AcknowledgePolicy', () => {
  it('given a member of staff, when they acknowledge the version in force, then PolicyAcknowledged with ids, version and today', () =>
    spec.given([]).when(acknowledge(2)).then([acknowledged(2, '2026-11-24')]));

  it('given the version already acknowledged, when acknowledged again, then nothing is recorded', () =>
    spec.given([acknowledged(2)]).when(acknowledge(2)).then([]));

  it('given an acknowledgement of the version before, when the new version is acknowledged, then it is recorded', () =>
    spec.given([acknowledged(1)]).when(acknowledge(2)).then([acknowledged(2, '2026-11-24')]));

  it('given a newer adoption, when the older version is acknowledged, then refused naming the version in force and its date', () => {
    expect(() => readingDecider.decide(acknowledge(1), readingDecider.initialState(), testNow)).toThrow(
      'Version 1 of “Staff code of conduct” is no longer in force: version 2 was adopted on 3 March 2027.',
    );
    spec.given([]).when(acknowledge(1)).thenThrows('version-not-in-force');
  });

  it('given a version never adopted at the school, when acknowledged, then refused', () => {
    spec.given([]).when(acknowledge(3)).thenThrows('version-not-adopted');
    expect(() => readingDecider.decide(acknowledge(3), readingDecider.initialState(), testNow)).toThrow('Version 3 of “Staff code of conduct” was never adopted at this school');
  });

  it('given a school that never adopted the policy, when acknowledged, then refused', () =>
    spec.given([]).when(acknowledge(1, { adoptions: [] })).thenThrows('version-not-adopted'));

  it('given a person not on the school’s staff (a governor, or staff of another school), when they acknowledge, then refused', () => {
    spec.given([]).when(acknowledge(2, { roles: [{ role: 'governor', schoolId: 'school-1' }] })).thenThrows('not-staff-of-school');
    spec.given([]).when(acknowledge(2, { roles: [{ role: 'staff', schoolId: 'school-2' }] })).thenThrows('not-staff-of-school');
  });

  it('given a policy that does not ask for acknowledgement, when acknowledged, then refused', () =>
    spec
      .given([])
      .when(acknowledge(2, { policy: { title: 'Pay', acknowledgementRequired: false, appliesTo: ['primary'], retired: false } }))
      .thenThrows('acknowledgement-not-required'));

  it('given a policy that does not apply to the school’s phase, when acknowledged, then refused', () =>
    spec.given([]).when(acknowledge(2, { schoolPhase: 'nursery' })).thenThrows('policy-not-applicable'));

  it('given a version that is not a whole number, then refused as bad input naming version', () =>
    spec.given([]).when(acknowledge('two')).thenRefusesInput('version', 'version must be a whole number of at least 1.'));
});

const testNow = { now: new Date('2026-11-24T10:00:00Z'), today: '2026-11-24', actorId: 'person-1' };
