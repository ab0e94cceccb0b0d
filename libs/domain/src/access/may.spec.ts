import { ACCESS, AccessKey } from './access-table';
import { Actor } from './actor';
import { decideAccess, readableSchools } from './decide-access';
import { AllowedWhere, mayMap } from './may';
import { RoleGrant } from '../people/roles';

const operator: Actor = { kind: 'operator', actorId: 'operator' };
const person = (roles: RoleGrant[]): Actor => ({
  kind: 'person',
  actorId: 'me',
  personId: 'me',
  trustId: 'trust-a',
  roles,
});
const trustAdmin = person([{ role: 'trust-admin' }]);
const headteacherOfS1 = person([{ role: 'headteacher', schoolId: 's1' }]);
const governorOfS1AndS2 = person([
  { role: 'governor', schoolId: 's1' },
  { role: 'governor', schoolId: 's2' },
]);
const trusteeAndGovernorOfS1 = person([{ role: 'trustee' }, { role: 'governor', schoolId: 's1' }]);
const schoolClerk = person([{ role: 'clerk', schoolId: 's2' }]);
const noRoles = person([]);

const allows = (where: AllowedWhere | undefined, schoolId: string): boolean =>
  where === 'all' || (where?.includes(schoolId) ?? false);

describe('mayMap: what a person may do, read from the access table', () => {
  it('given a trust admin, then every admin entry is allowed everywhere', () => {
    const may = mayMap(trustAdmin, false);
    expect(may.importPolicies).toBe('all');
    expect(may.reviewPolicy).toBe('all');
    expect(may.adoptPolicy).toBe('all');
    expect(may.logVisit).toBe('all');
  });

  it('given a headteacher of one school, then school policy work and the termly report are allowed at that school only', () => {
    const may = mayMap(headteacherOfS1, false);
    expect(may.adoptPolicy).toEqual(['s1']);
    expect(may.submitTermlyReport).toEqual(['s1']);
    expect(may.schoolRegister).toEqual(['s1']);
    expect(may.logVisit).toBeUndefined();
    expect(may.importPolicies).toBeUndefined();
    expect(may.reviewPolicy).toBeUndefined();
  });

  it('given a governor of two schools, then visits are allowed at both and nothing of the admin', () => {
    const may = mayMap(governorOfS1AndS2, false);
    expect(may.logVisit).toEqual(['s1', 's2']);
    expect(may.adoptPolicy).toBeUndefined();
    expect(may.listPeople).toBeUndefined();
  });

  it('given a trustee who also governs a school, then reading is everywhere and visits only at that school', () => {
    const may = mayMap(trusteeAndGovernorOfS1, false);
    expect(may.schoolRegister).toBe('all');
    expect(may.logVisit).toEqual(['s1']);
  });

  it('given the operator, then exactly the entries the table opens to the operator are allowed, everywhere', () => {
    const may = mayMap(operator, false);
    const operatorKeys = (Object.keys(ACCESS) as AccessKey[]).filter((key) => {
      const entry = ACCESS[key] as { scope: string; operator?: boolean };
      return (entry.scope === 'trust' || entry.scope === 'school') && entry.operator === true;
    });
    expect(Object.keys(may).sort()).toEqual(operatorKeys.sort());
    expect(new Set(Object.values(may))).toEqual(new Set(['all']));
  });

  it('given an admin who must still set up the second factor, then nothing of the trust is allowed', () => {
    expect(mayMap(trustAdmin, true)).toEqual({});
  });

  it('given a person with no roles, then nothing is allowed', () => {
    expect(mayMap(noRoles, false)).toEqual({});
  });

  it('never names a public, signed-in, person or operator entry (they say nothing about roles)', () => {
    const keys = Object.keys(mayMap(trustAdmin, false)) as AccessKey[];
    for (const key of keys) expect(['trust', 'school']).toContain(ACCESS[key].scope);
  });

  it("agrees with the guard's decideAccess for every entry, actor and school", () => {
    const actors = [trustAdmin, headteacherOfS1, governorOfS1AndS2, trusteeAndGovernorOfS1, schoolClerk, noRoles, operator];
    for (const actor of actors) {
      for (const mfaEnrolmentRequired of [false, true]) {
        const may = mayMap(actor, mfaEnrolmentRequired);
        for (const key of Object.keys(ACCESS) as AccessKey[]) {
          const entry = ACCESS[key];
          if (entry.scope !== 'trust' && entry.scope !== 'school') continue;
          for (const schoolId of ['s1', 's2', 's3']) {
            const guard = decideAccess(entry, actor, mfaEnrolmentRequired, {
              trustId: 'trust-a',
              trustExists: true,
              schoolId,
              schoolExists: true,
            });
            expect({ key, schoolId, allowed: allows(may[key], schoolId) }).toEqual({
              key,
              schoolId,
              allowed: guard.allowed,
            });
          }
        }
      }
    }
  });

  it("answers 'all' for reading a school's register exactly when readableSchools does", () => {
    for (const actor of [trustAdmin, headteacherOfS1, trusteeAndGovernorOfS1, schoolClerk, operator]) {
      expect(mayMap(actor, false).schoolRegister === 'all').toBe(readableSchools(actor) === 'all');
    }
  });
});
