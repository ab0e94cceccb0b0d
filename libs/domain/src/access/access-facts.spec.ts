import { ACCESS, AccessKey } from './access-table';
import { ACCESS_FACTS } from './access-entry';
import {
  actingPerson,
  mayBeLinkGovernor,
  mayKeepRecordOf,
  mayReadAttendanceOf,
  mayRevokeFeed,
  requireAssignedLinkGovernor,
  reviewScanScope,
} from './access-facts';
import { holdsAdminRole, isHeadteacherGrantOf, isTrustWideAdmin, mayReadSchool } from './decide-access';
import { Actor } from './actor';
import { RoleGrant } from '../people/roles';

const operator: Actor = { kind: 'operator', actorId: 'operator' };
const person = (roles: RoleGrant[], personId = 'me', trustId = 'trust-a'): Actor => ({
  kind: 'person',
  actorId: personId,
  personId,
  trustId,
  roles,
});
const trustAdmin = person([{ role: 'trust-admin' }]);
const schoolAdmin = person([{ role: 'trust-admin', schoolId: 's1' }]);
const governor = person([{ role: 'governor', schoolId: 's1' }]);

describe('access facts', () => {
  describe("'acts-for-self-unless-trust-admin' (actingPerson)", () => {
    it('given a governor naming nobody or themselves, then they act as themselves', () => {
      expect(actingPerson(governor, undefined)).toEqual({ allowed: true, value: 'me' });
      expect(actingPerson(governor, 'me')).toEqual({ allowed: true, value: 'me' });
    });
    it('given a governor naming someone else, then it is refused in plain words', () => {
      expect(actingPerson(governor, 'other')).toEqual({
        allowed: false,
        detail: 'A link governor records their own visits and reports; governorId must be you or left out.',
      });
    });
    it('given a trust-wide admin naming a governor, then they act for that governor; a one-school admin may not', () => {
      expect(actingPerson(trustAdmin, 'other')).toEqual({ allowed: true, value: 'other' });
      expect(actingPerson(schoolAdmin, 'other').allowed).toBe(false);
    });
    it('given the operator, then it is refused: only a person records a visit', () => {
      expect(actingPerson(operator, undefined)).toEqual({ allowed: false, detail: 'Only a person can record a visit or report.' });
    });
  });

  describe("'assigned-link-governor' (requireAssignedLinkGovernor)", () => {
    it('given no current assignment, then the command is refused with not-link-governor', () => {
      expect(() => requireAssignedLinkGovernor([], 'g1', 'log a visit')).toThrow(
        expect.objectContaining({ code: 'not-link-governor', details: { governorId: 'g1' } }),
      );
    });
    it('given an assignment, then it is answered', () => {
      expect(requireAssignedLinkGovernor(['safeguarding'], 'g1', 'report')).toEqual(['safeguarding']);
    });
  });

  describe("'governor-of-school' (mayBeLinkGovernor)", () => {
    it('given a governor of the school or a trustee, then they may be its link governor', () => {
      expect(mayBeLinkGovernor([{ role: 'governor', schoolId: 's1' }], 's1')).toBe(true);
      expect(mayBeLinkGovernor([{ role: 'trustee' }], 's1')).toBe(true);
    });
    it('given a governor of another school, or a clerk, then they may not', () => {
      expect(mayBeLinkGovernor([{ role: 'governor', schoolId: 's2' }], 's1')).toBe(false);
      expect(mayBeLinkGovernor([{ role: 'clerk' }], 's1')).toBe(false);
    });
  });

  describe("'own-trust-unless-operator' (reviewScanScope)", () => {
    it('given the operator, then every trust or the one named', () => {
      expect(reviewScanScope(operator, undefined)).toEqual({ allowed: true, trustIds: 'all' });
      expect(reviewScanScope(operator, 'trust-b')).toEqual({ allowed: true, trustIds: ['trust-b'] });
    });
    it('given a trust-wide admin, then their own trust, and another trust is 404', () => {
      expect(reviewScanScope(trustAdmin, undefined)).toEqual({ allowed: true, trustIds: ['trust-a'] });
      expect(reviewScanScope(trustAdmin, 'trust-b')).toEqual({ allowed: false, status: 404, reason: 'other-trust' });
    });
    it('given anyone else of the trust, then 403', () => {
      expect(reviewScanScope(schoolAdmin, 'trust-a')).toEqual({ allowed: false, status: 403, reason: 'role-not-allowed' });
    });
  });

  describe("'own-feed-unless-trust-admin' (mayRevokeFeed)", () => {
    it("given the owner or a trust-wide admin, then yes; another person or the operator, no", () => {
      expect(mayRevokeFeed(governor, 'me')).toBe(true);
      expect(mayRevokeFeed(trustAdmin, 'someone')).toBe(true);
      expect(mayRevokeFeed(governor, 'someone')).toBe(false);
      expect(mayRevokeFeed(operator, 'someone')).toBe(false);
    });
  });

  describe("'readable-school' (mayReadSchool)", () => {
    it('given a school-scoped person, then only their schools; trust-wide people and the operator all', () => {
      expect(mayReadSchool(governor, 's1')).toBe(true);
      expect(mayReadSchool(governor, 's2')).toBe(false);
      expect(mayReadSchool(person([{ role: 'clerk' }]), 's2')).toBe(true);
      expect(mayReadSchool(operator, 's2')).toBe(true);
    });
  });

  describe('role questions asked outside requests', () => {
    it('the MFA requirement applies to any trust-admin grant, trust-wide or for one school', () => {
      expect(holdsAdminRole([{ role: 'trust-admin', schoolId: 's1' }])).toBe(true);
      expect(holdsAdminRole([{ role: 'trustee' }])).toBe(false);
    });
    it('only a trust-wide admin counts as one for acting for others', () => {
      expect(isTrustWideAdmin(trustAdmin)).toBe(true);
      expect(isTrustWideAdmin(schoolAdmin)).toBe(false);
      expect(isTrustWideAdmin(operator)).toBe(false);
    });
    it("a headteacher grant counts for its own school's reminders only", () => {
      expect(isHeadteacherGrantOf({ role: 'headteacher', schoolId: 's1' }, 's1')).toBe(true);
      expect(isHeadteacherGrantOf({ role: 'headteacher', schoolId: 's1' }, 's2')).toBe(false);
    });
  });
});

describe('the access table', () => {
  const entries = Object.entries(ACCESS) as [AccessKey, (typeof ACCESS)[AccessKey]][];

  it('gives trust and school entries their roles, and no other entry any', () => {
    for (const [key, entry] of entries) {
      const scoped = entry.scope === 'trust' || entry.scope === 'school';
      expect({ key, hasRoles: 'roles' in entry }).toEqual({ key, hasRoles: scoped });
    }
  });

  it('names only facts it explains, and says who may in words', () => {
    for (const [key, entry] of entries) {
      const facts: readonly string[] = 'facts' in entry ? entry.facts : [];
      expect({ key, unknown: facts.filter((fact) => !(fact in ACCESS_FACTS)) }).toEqual({ key, unknown: [] });
      expect(entry.says.length).toBeGreaterThan(5);
    }
  });

  it('keeps the operator out of everything but its own entries and those that say so', () => {
    const operatorMay = entries
      .filter(([, entry]) => entry.scope === 'operator' || ('operator' in entry && entry.operator))
      .map(([key]) => key);
    expect(operatorMay).not.toContain('logVisit');
    expect(operatorMay).not.toContain('approvePolicy');
    expect(operatorMay).toContain('createTrust');
  });
});

describe("fact 'own-record-unless-governance-lead'", () => {
  it("lets a person read their own attendance, and a trust-wide admin, clerk or trustee anyone's", () => {
    expect(mayReadAttendanceOf(person([{ role: 'governor', schoolId: 's' }]), 'me').allowed).toBe(true);
    expect(mayReadAttendanceOf(person([{ role: 'governor', schoolId: 's' }]), 'other').allowed).toBe(false);
    expect(mayReadAttendanceOf(person([{ role: 'clerk', schoolId: 's' }]), 'other').allowed).toBe(false);
    expect(mayReadAttendanceOf(operator, 'other').allowed).toBe(false);
    for (const role of ['clerk', 'trustee', 'trust-admin'] as const) expect(mayReadAttendanceOf(person([{ role }]), 'other').allowed).toBe(true);
  });
});

describe("fact 'own-record-or-clerk' (mayKeepRecordOf)", () => {
  const governorAt = (schoolId: string) => ({ personId: 'other', roles: [{ role: 'governor' as const, schoolId }] });

  it('lets a person keep their own record, and a trust admin or the trust\'s clerk anyone\'s', () => {
    expect(mayKeepRecordOf(person([{ role: 'governor', schoolId: 's' }]), { personId: 'me', roles: [] }).allowed).toBe(true);
    expect(mayKeepRecordOf(person([{ role: 'trust-admin' }]), governorAt('s')).allowed).toBe(true);
    expect(mayKeepRecordOf(person([{ role: 'clerk' }]), governorAt('s')).allowed).toBe(true);
  });

  it("lets a clerk of one academy keep that academy's people's records only", () => {
    expect(mayKeepRecordOf(person([{ role: 'clerk', schoolId: 's' }]), governorAt('s')).allowed).toBe(true);
    expect(mayKeepRecordOf(person([{ role: 'clerk', schoolId: 's' }]), governorAt('t')).allowed).toBe(false);
  });

  it('refuses another governor, a trustee, a headteacher and the operator, in plain words', () => {
    for (const roles of [[{ role: 'governor', schoolId: 's' }], [{ role: 'trustee' }], [{ role: 'headteacher', schoolId: 's' }]] as RoleGrant[][]) {
      expect(mayKeepRecordOf(person(roles), governorAt('s'))).toEqual({
        allowed: false,
        detail: "Only the person themselves, a trust admin or the clerk can record or read someone's declarations of interests and training.",
      });
    }
    expect(mayKeepRecordOf(operator, governorAt('s')).allowed).toBe(false);
  });
});
