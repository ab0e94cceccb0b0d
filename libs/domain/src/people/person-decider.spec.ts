import { fold } from '../shared/decider';
import { InvalidValueError, NotFoundError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { PersonCommand } from './person-commands';
import { personDecider } from './person-decider';
import { PersonEvent, PersonRegistered, RoleGranted } from './person-events';

const spec = deciderSpec(personDecider);
const personId = 'p-1';
const trustId = 't-1';
const schools = ['school-a', 'school-b'];
const registered: PersonRegistered = { type: 'PersonRegistered', data: { personId, trustId } };
const governorOfA: RoleGranted = {
  type: 'RoleGranted',
  data: { personId, role: 'governor', schoolId: 'school-a' },
};
const admin: RoleGranted = { type: 'RoleGranted', data: { personId, role: 'trust-admin' } };
const erased: PersonEvent = { type: 'PersonErased', data: { personId } };
const enrolled: PersonEvent = { type: 'MfaEnrolled', data: { personId, method: 'totp' } };

function decideAfter(events: PersonEvent[], command: PersonCommand, actorId = 'someone-else') {
  return () =>
    personDecider.decide(command, fold(personDecider, events), { ...testContext, actorId });
}

describe('person decider', () => {
  describe('RegisterPerson', () => {
    it('registers the person with their roles, without personal data', () => {
      spec
        .given([])
        .when({
          type: 'RegisterPerson',
          personId,
          trustId,
          roles: [{ role: 'governor', schoolId: 'school-a' }, { role: 'trust-admin' }],
          activeSchoolIds: schools,
        })
        .then([registered, governorOfA, admin]);
    });

    it('records a repeated grant once', () => {
      spec
        .given([])
        .when({
          type: 'RegisterPerson',
          personId,
          trustId,
          roles: [{ role: 'trust-admin' }, { role: 'trust-admin' }],
          activeSchoolIds: [],
        })
        .then([registered, admin]);
    });

    it('refuses to register the same person twice', () => {
      spec
        .given([registered])
        .when({
          type: 'RegisterPerson',
          personId,
          trustId,
          roles: [{ role: 'trustee' }],
          activeSchoolIds: [],
        })
        .thenThrows('person-already-registered');
    });

    it('needs at least one role', () => {
      expect(
        decideAfter([], {
          type: 'RegisterPerson',
          personId,
          trustId,
          roles: [],
          activeSchoolIds: [],
        }),
      ).toThrow(InvalidValueError);
    });

    it('names the bad grant: a school-scoped role without a school', () => {
      const run = decideAfter([], {
        type: 'RegisterPerson',
        personId,
        trustId,
        roles: [{ role: 'trustee' }, { role: 'headteacher' }],
        activeSchoolIds: schools,
      });
      expect(run).toThrow(expect.objectContaining({ field: 'roles.1.schoolId' }));
    });

    it('refuses a trust-wide role with a school', () => {
      const run = decideAfter([], {
        type: 'RegisterPerson',
        personId,
        trustId,
        roles: [{ role: 'trustee', schoolId: 'school-a' }],
        activeSchoolIds: schools,
      });
      expect(run).toThrow(/serves the whole trust/);
    });

    it('refuses a school that is not one of the trust', () => {
      const run = decideAfter([], {
        type: 'RegisterPerson',
        personId,
        trustId,
        roles: [{ role: 'staff', schoolId: 'school-z' }],
        activeSchoolIds: schools,
      });
      expect(run).toThrow(/not a school of this trust/);
    });

    it('lets a clerk serve the trust or one school', () => {
      spec
        .given([])
        .when({
          type: 'RegisterPerson',
          personId,
          trustId,
          roles: [{ role: 'clerk' }, { role: 'clerk', schoolId: 'school-b' }],
          activeSchoolIds: schools,
        })
        .then([
          registered,
          { type: 'RoleGranted', data: { personId, role: 'clerk' } },
          { type: 'RoleGranted', data: { personId, role: 'clerk', schoolId: 'school-b' } },
        ]);
    });
  });

  describe('GrantRole', () => {
    it('grants a new role', () => {
      spec
        .given([registered, admin])
        .when({
          type: 'GrantRole',
          personId,
          trustId,
          grant: { role: 'governor', schoolId: 'school-a' },
          activeSchoolIds: schools,
        })
        .then([governorOfA]);
    });

    it('changes nothing when the role is already held', () => {
      spec
        .given([registered, governorOfA])
        .when({
          type: 'GrantRole',
          personId,
          trustId,
          grant: { role: 'governor', schoolId: 'school-a' },
          activeSchoolIds: schools,
        })
        .then([]);
    });

    it('answers not found for a person of another trust', () => {
      const run = decideAfter([registered], {
        type: 'GrantRole',
        personId,
        trustId: 'another-trust',
        grant: { role: 'trustee' },
        activeSchoolIds: [],
      });
      expect(run).toThrow(NotFoundError);
    });

    it('refuses an erased person', () => {
      spec
        .given([registered, admin, erased])
        .when({
          type: 'GrantRole',
          personId,
          trustId,
          grant: { role: 'trustee' },
          activeSchoolIds: [],
        })
        .thenThrows('person-erased');
    });
  });

  describe('RevokeRole', () => {
    it('revokes a held role', () => {
      spec
        .given([registered, governorOfA])
        .when({
          type: 'RevokeRole',
          personId,
          trustId,
          grant: { role: 'governor', schoolId: 'school-a' },
        })
        .then([
          { type: 'RoleRevoked', data: { personId, role: 'governor', schoolId: 'school-a' } },
        ]);
    });

    it('changes nothing for a role not held (a grant for another school is another role)', () => {
      spec
        .given([registered, governorOfA])
        .when({
          type: 'RevokeRole',
          personId,
          trustId,
          grant: { role: 'governor', schoolId: 'school-b' },
        })
        .then([]);
    });

    it('refuses to let an admin take away their own admin role', () => {
      spec
        .given([registered, admin])
        .when(
          { type: 'RevokeRole', personId, trustId, grant: { role: 'trust-admin' } },
          { actorId: personId },
        )
        .thenThrows('cannot-remove-own-admin');
    });

    it('answers not found for an unknown person', () => {
      expect(
        decideAfter([], { type: 'RevokeRole', personId, trustId, grant: { role: 'trustee' } }),
      ).toThrow(NotFoundError);
    });
  });

  describe('ErasePerson', () => {
    it('records the erasure', () => {
      spec
        .given([registered, governorOfA, enrolled])
        .when({ type: 'ErasePerson', personId, trustId })
        .then([erased]);
      const state = fold(personDecider, [registered, governorOfA, enrolled, erased]);
      expect(state).toMatchObject({ erased: true, roles: [], mfaEnrolled: false });
    });

    it('changes nothing when already erased', () => {
      spec.given([registered, erased]).when({ type: 'ErasePerson', personId, trustId }).then([]);
    });

    it('refuses to let a person erase themselves', () => {
      spec
        .given([registered, admin])
        .when({ type: 'ErasePerson', personId, trustId }, { actorId: personId })
        .thenThrows('cannot-erase-yourself');
    });

    it('answers not found for a person of another trust', () => {
      expect(
        decideAfter([registered], { type: 'ErasePerson', personId, trustId: 'other' }),
      ).toThrow(NotFoundError);
    });
  });

  describe('MFA', () => {
    it('records an enrolment without its secret', () => {
      spec
        .given([registered, admin])
        .when({ type: 'EnrolMfa', personId, trustId })
        .then([enrolled]);
    });

    it('refuses a second enrolment', () => {
      spec
        .given([registered, enrolled])
        .when({ type: 'EnrolMfa', personId, trustId })
        .thenThrows('mfa-already-enrolled');
    });

    it('refuses to enrol an erased person', () => {
      spec
        .given([registered, erased])
        .when({ type: 'EnrolMfa', personId, trustId })
        .thenThrows('person-erased');
    });

    it('records a removal with its reason', () => {
      spec
        .given([registered, enrolled])
        .when({ type: 'RemoveMfa', personId, trustId, reason: 'reset-by-admin' })
        .then([
          { type: 'MfaRemoved', data: { personId, method: 'totp', reason: 'reset-by-admin' } },
        ]);
    });

    it('changes nothing when no second factor is set up', () => {
      spec
        .given([registered])
        .when({ type: 'RemoveMfa', personId, trustId, reason: 'removed-by-person' })
        .then([]);
    });
  });

  describe('details, invitations and passwords set with a link', () => {
    it('records which fields changed, never their values', () => {
      spec
        .given([registered, governorOfA])
        .when({ type: 'RecordDetailsChanged', personId, trustId, fields: ['name', 'email'] })
        .then([{ type: 'PersonDetailsChanged', data: { personId, fields: ['name', 'email'] } }]);
      spec
        .given([registered, governorOfA])
        .when({ type: 'RecordDetailsChanged', personId, trustId, fields: [] })
        .then([]);
    });

    it('records an invitation with the time its link stops working', () => {
      spec
        .given([registered, governorOfA])
        .when({ type: 'InvitePerson', personId, trustId, expiresAt: '2027-01-08T09:00:00.000Z' })
        .then([{ type: 'PersonInvited', data: { personId, expiresAt: '2027-01-08T09:00:00.000Z' } }]);
    });

    it('records a password set with a link', () => {
      spec
        .given([registered, governorOfA])
        .when({ type: 'RecordPasswordSetWithLink', personId, trustId, via: 'password-reset' })
        .then([{ type: 'PasswordSetWithLink', data: { personId, via: 'password-reset' } }]);
    });

    it('refuses all three for an erased person, and answers not found in another trust', () => {
      spec
        .given([registered, erased])
        .when({ type: 'InvitePerson', personId, trustId, expiresAt: '2027-01-08T09:00:00.000Z' })
        .thenThrows('person-erased');
      spec
        .given([registered, erased])
        .when({ type: 'RecordDetailsChanged', personId, trustId, fields: ['name'] })
        .thenThrows('person-erased');
      expect(
        decideAfter([registered], { type: 'InvitePerson', personId, trustId: 'other', expiresAt: 'x' }),
      ).toThrow(NotFoundError);
    });
  });
});
