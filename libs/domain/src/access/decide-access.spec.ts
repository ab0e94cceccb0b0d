import { AccessEntry } from './access-entry';
import { AccessTarget, decideAccess, holdsRole, readableSchools } from './decide-access';
import { Actor } from './actor';

const operator: Actor = { kind: 'operator', actorId: 'operator' };
const person = (
  roles: Extract<Actor, { kind: 'person' }>['roles'],
  trustId = 'trust-a',
): Actor => ({
  kind: 'person',
  actorId: 'p',
  personId: 'p',
  trustId,
  roles,
});
const admin = person([{ role: 'trust-admin' }]);
const governorOfS1 = person([{ role: 'governor', schoolId: 's1' }]);
const target = (extra: Partial<AccessTarget> = {}): AccessTarget => ({
  trustId: 'trust-a',
  trustExists: true,
  schoolExists: false,
  ...extra,
});
const adminsOnly: AccessEntry = { says: '', scope: 'trust', roles: ['trust-admin'] };
const schoolReaders: AccessEntry = { says: '', scope: 'school', roles: 'any' };

describe('decideAccess', () => {
  it('answers 404 for a person of another trust, whatever the role and whether the trust exists', () => {
    const stranger = person([{ role: 'trust-admin' }], 'trust-b');
    expect(decideAccess(adminsOnly, stranger, false, target())).toEqual({
      allowed: false,
      status: 404,
      reason: 'other-trust',
    });
    expect(decideAccess(adminsOnly, stranger, false, target({ trustExists: false }))).toMatchObject(
      { status: 404 },
    );
  });

  it('answers 404 for an unknown trust or school before saying anything about roles', () => {
    expect(decideAccess(adminsOnly, operator, false, target({ trustExists: false }))).toMatchObject(
      { status: 404 },
    );
    expect(decideAccess(adminsOnly, governorOfS1, false, target({ schoolId: 's9' }))).toMatchObject(
      {
        status: 404,
        reason: 'unknown-school',
      },
    );
  });

  it('answers 403 for a known resource the role may not touch', () => {
    expect(decideAccess(adminsOnly, governorOfS1, false, target())).toMatchObject({
      status: 403,
      reason: 'role-not-allowed',
    });
  });

  it('keeps school-scoped roles to their school: 403 for another school of their trust', () => {
    expect(
      decideAccess(
        schoolReaders,
        governorOfS1,
        false,
        target({ schoolId: 's1', schoolExists: true }),
      ),
    ).toEqual({
      allowed: true,
    });
    expect(
      decideAccess(
        schoolReaders,
        governorOfS1,
        false,
        target({ schoolId: 's2', schoolExists: true }),
      ),
    ).toMatchObject({
      status: 403,
    });
  });

  it('applies the school scope on trust rules too when the route names a school', () => {
    const rule: AccessEntry = { says: '', scope: 'trust', roles: 'any' };
    expect(
      decideAccess(rule, governorOfS1, false, target({ schoolId: 's2', schoolExists: true })),
    ).toMatchObject({
      status: 403,
    });
    expect(decideAccess(rule, governorOfS1, false, target())).toEqual({ allowed: true });
  });

  it('lets the operator in only where the rule says so', () => {
    expect(decideAccess(adminsOnly, operator, false, target())).toMatchObject({
      status: 403,
      reason: 'operator-not-allowed',
    });
    expect(decideAccess({ ...adminsOnly, operator: true }, operator, false, target())).toEqual({
      allowed: true,
    });
    expect(decideAccess({ says: '', scope: 'operator' }, admin, false, target())).toMatchObject({
      status: 403,
    });
    expect(decideAccess({ says: '', scope: 'person' }, operator, false, target())).toMatchObject({
      status: 403,
    });
  });

  it('limits an admin who must set up MFA to the enrolment routes', () => {
    expect(decideAccess(adminsOnly, admin, true, target())).toMatchObject({
      status: 403,
      reason: 'mfa-enrolment-required',
    });
    expect(
      decideAccess({ says: '', scope: 'person', duringMfaEnrolment: true }, admin, true, target()),
    ).toEqual({ allowed: true });
    expect(decideAccess({ says: '', scope: 'signed-in' }, admin, true, target())).toMatchObject({
      status: 403,
    });
  });

  it('refuses to guess when a trust rule sits on a route without :trustId', () => {
    expect(() =>
      decideAccess(adminsOnly, admin, false, { trustExists: false, schoolExists: false }),
    ).toThrow(/:trustId/);
  });
});

describe('holdsRole and readableSchools', () => {
  it('counts trust-wide grants everywhere and school grants at their school', () => {
    const clerk = person([{ role: 'clerk' }]);
    expect(holdsRole(clerk, ['clerk'], 's5')).toBe(true);
    expect(holdsRole(governorOfS1, ['governor'], 's1')).toBe(true);
    expect(holdsRole(governorOfS1, ['governor'], 's2')).toBe(false);
    expect(holdsRole(governorOfS1, ['governor'])).toBe(true);
    expect(holdsRole(operator, 'any')).toBe(false);
  });

  const schoolsOf = (actor: Actor): 'all' | string[] => {
    const readable = readableSchools(actor);
    return readable === 'all' ? 'all' : [...readable].sort();
  };

  it.each([
    ['the operator', 'all', operator],
    ['a trust admin', 'all', admin],
    ['a trustee', 'all', person([{ role: 'trustee' }])],
    ['a trust-wide clerk', 'all', person([{ role: 'clerk' }])],
    [
      'a school clerk who is also a trustee',
      'all',
      person([{ role: 'clerk', schoolId: 's1' }, { role: 'trustee' }]),
    ],
    ['a governor', ['s1'], governorOfS1],
    ['a headteacher', ['s2'], person([{ role: 'headteacher', schoolId: 's2' }])],
    ['a staff member', ['s3'], person([{ role: 'staff', schoolId: 's3' }])],
    ['a school clerk', ['s1'], person([{ role: 'clerk', schoolId: 's1' }])],
    [
      'someone with grants at two schools',
      ['s1', 's2'],
      person([{ role: 'governor', schoolId: 's2' }, { role: 'headteacher', schoolId: 's1' }]),
    ],
    ['a person with no grants', [], person([])],
  ] as const)('%s reads %j', (_who, expected, actor) => {
    expect(schoolsOf(actor)).toEqual(expected);
  });
});
