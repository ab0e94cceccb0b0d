import { roleScopeProblem, sameGrant, validRoleGrant } from './roles';

describe('role grants', () => {
  it.each([
    ['headteacher', undefined, 'belongs to one school'],
    ['governor', undefined, 'belongs to one school'],
    ['staff', undefined, 'belongs to one school'],
    ['trust-admin', 's', 'serves the whole trust'],
    ['trustee', 's', 'serves the whole trust'],
  ] as const)('%s with school %s is refused', (role, schoolId, message) => {
    expect(roleScopeProblem(role, schoolId)).toContain(message);
  });

  it.each([
    ['clerk', undefined],
    ['clerk', 's'],
    ['headteacher', 's'],
    ['trust-admin', undefined],
  ] as const)('%s with school %s is fine', (role, schoolId) => {
    expect(roleScopeProblem(role, schoolId)).toBeUndefined();
  });

  it('names the field of an unknown role', () => {
    expect(() => validRoleGrant({ role: 'owner' as never }, [], 'roles.2')).toThrow(
      expect.objectContaining({ field: 'roles.2.role' }),
    );
  });

  it('treats a trust-wide grant and a school grant of the same role as different', () => {
    expect(sameGrant({ role: 'clerk' }, { role: 'clerk', schoolId: 's' })).toBe(false);
    expect(sameGrant({ role: 'clerk', schoolId: 's' }, { role: 'clerk', schoolId: 's' })).toBe(
      true,
    );
  });
});
