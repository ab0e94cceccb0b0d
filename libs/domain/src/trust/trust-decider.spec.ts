import { fold } from '../shared/decider';
import { InvalidValueError, NotFoundError } from '../shared/domain-error';
import { deciderSpec, testContext } from '../testing/decider-spec';
import { TrustCommand } from './trust-commands';
import { trustDecider } from './trust-decider';
import { SchoolAdded, TrustEvent, TrustRegistered } from './trust-events';
import { activeSchool } from './trust-state';

const spec = deciderSpec(trustDecider);
const trustId = 'trust-1';
const registered: TrustRegistered = {
  type: 'TrustRegistered',
  data: { trustId, name: 'Oak Learning Trust' },
};
const libra: SchoolAdded = {
  type: 'SchoolAdded',
  data: { schoolId: 'school-a', name: 'Libra School', urn: '137512', phase: 'secondary' },
};
const byron: SchoolAdded = {
  type: 'SchoolAdded',
  data: { schoolId: 'school-b', name: 'Byron Primary' },
};

function decideAfter(events: TrustEvent[], command: TrustCommand) {
  return () => trustDecider.decide(command, fold(trustDecider, events), testContext);
}

describe('trust decider', () => {
  describe('RegisterTrust', () => {
    it('registers a new trust with a tidied name', () => {
      spec
        .given([])
        .when({ type: 'RegisterTrust', trustId, name: '  Oak   Learning Trust ' })
        .then([registered]);
    });

    it('refuses to register the same trust twice', () => {
      spec
        .given([registered])
        .when({ type: 'RegisterTrust', trustId, name: 'Again' })
        .thenThrows('trust-already-registered');
    });

    it('refuses an empty name as invalid input', () => {
      expect(decideAfter([], { type: 'RegisterTrust', trustId, name: '   ' })).toThrow(
        InvalidValueError,
      );
    });

    it('refuses a name longer than 200 characters', () => {
      expect(decideAfter([], { type: 'RegisterTrust', trustId, name: 'x'.repeat(201) })).toThrow(
        /at most 200/,
      );
    });
  });

  describe('AddSchool', () => {
    it('adds a school with its URN and phase', () => {
      spec
        .given([registered])
        .when({
          type: 'AddSchool',
          trustId,
          schoolId: 'school-a',
          name: 'Libra School',
          urn: '137512',
          phase: 'secondary',
        })
        .then([libra]);
    });

    it('adds a school with only a name', () => {
      spec
        .given([registered])
        .when({ type: 'AddSchool', trustId, schoolId: 'school-b', name: 'Byron Primary' })
        .then([byron]);
    });

    it('answers not found for a trust that was never registered', () => {
      expect(decideAfter([], { type: 'AddSchool', trustId, schoolId: 's', name: 'A' })).toThrow(
        NotFoundError,
      );
    });

    it('refuses a URN that is not six digits', () => {
      for (const urn of ['12345', '1234567', 'ABC123', '']) {
        expect(
          decideAfter([registered], { type: 'AddSchool', trustId, schoolId: 's', name: 'A', urn }),
        ).toThrow(InvalidValueError);
      }
    });

    it('refuses a URN another school of the trust already has', () => {
      spec
        .given([registered, libra])
        .when({ type: 'AddSchool', trustId, schoolId: 'school-c', name: 'Other', urn: '137512' })
        .thenThrows('urn-in-use');
    });

    it('accepts the URN of a school that has left the trust', () => {
      spec
        .given([registered, libra, { type: 'SchoolLeftTrust', data: { schoolId: 'school-a' } }])
        .when({
          type: 'AddSchool',
          trustId,
          schoolId: 'school-c',
          name: 'Libra Academy',
          urn: '137512',
        })
        .then([
          {
            type: 'SchoolAdded',
            data: { schoolId: 'school-c', name: 'Libra Academy', urn: '137512' },
          },
        ]);
    });

    it('refuses a second school with the same name, whatever its case', () => {
      spec
        .given([registered, libra])
        .when({ type: 'AddSchool', trustId, schoolId: 'school-c', name: 'LIBRA school' })
        .thenThrows('school-name-in-use');
    });

    it('refuses an unknown phase', () => {
      expect(
        decideAfter([registered], {
          type: 'AddSchool',
          trustId,
          schoolId: 's',
          name: 'A',
          phase: 'college',
        }),
      ).toThrow(/phase must be one of/);
    });

    it('refuses to reuse the id of a school that left', () => {
      spec
        .given([registered, libra, { type: 'SchoolLeftTrust', data: { schoolId: 'school-a' } }])
        .when({ type: 'AddSchool', trustId, schoolId: 'school-a', name: 'New' })
        .thenThrows('school-already-added');
    });
  });

  describe('ChangeSchoolDetails', () => {
    it('renames a school, keeping the previous name for the audit trail', () => {
      spec
        .given([registered, libra])
        .when({ type: 'ChangeSchoolDetails', trustId, schoolId: 'school-a', name: 'Libra Academy' })
        .then([
          {
            type: 'SchoolRenamed',
            data: { schoolId: 'school-a', name: 'Libra Academy', previousName: 'Libra School' },
          },
        ]);
    });

    it('changes nothing when the name is the same', () => {
      spec
        .given([registered, libra])
        .when({ type: 'ChangeSchoolDetails', trustId, schoolId: 'school-a', name: ' Libra School ' })
        .then([]);
    });

    it('refuses the name of another school of the trust', () => {
      spec
        .given([registered, libra, byron])
        .when({ type: 'ChangeSchoolDetails', trustId, schoolId: 'school-b', name: 'Libra School' })
        .thenThrows('school-name-in-use');
    });

    it('changes the URN and phase, keeping the previous values, in one event', () => {
      spec
        .given([registered, libra])
        .when({ type: 'ChangeSchoolDetails', trustId, schoolId: 'school-a', urn: '137513', phase: 'all-through' })
        .then([
          {
            type: 'SchoolDetailsChanged',
            data: {
              schoolId: 'school-a',
              urn: '137513',
              previousUrn: '137512',
              phase: 'all-through',
              previousPhase: 'secondary',
            },
          },
        ]);
      const state = fold(trustDecider, [
        registered,
        libra,
        { type: 'SchoolDetailsChanged', data: { schoolId: 'school-a', phase: 'special', previousPhase: 'secondary' } },
      ]);
      expect(activeSchool(state, 'school-a')).toEqual({ ...libra.data, phase: 'special' });
    });

    it('names only what changed: a new name and the same phase is one SchoolRenamed', () => {
      spec
        .given([registered, libra])
        .when({ type: 'ChangeSchoolDetails', trustId, schoolId: 'school-a', name: 'Libra Academy', phase: 'secondary' })
        .then([
          { type: 'SchoolRenamed', data: { schoolId: 'school-a', name: 'Libra Academy', previousName: 'Libra School' } },
        ]);
      spec
        .given([registered, byron])
        .when({ type: 'ChangeSchoolDetails', trustId, schoolId: 'school-b', phase: 'primary' })
        .then([{ type: 'SchoolDetailsChanged', data: { schoolId: 'school-b', phase: 'primary', previousPhase: null } }]);
    });

    it('refuses nothing to change, a bad URN or phase, and the URN of another school', () => {
      expect(decideAfter([registered, libra], { type: 'ChangeSchoolDetails', trustId, schoolId: 'school-a' })).toThrow(InvalidValueError);
      expect(decideAfter([registered, libra], { type: 'ChangeSchoolDetails', trustId, schoolId: 'school-a', urn: '12345' })).toThrow(InvalidValueError);
      expect(decideAfter([registered, libra], { type: 'ChangeSchoolDetails', trustId, schoolId: 'school-a', phase: 'middle' })).toThrow(InvalidValueError);
      spec
        .given([registered, libra, byron])
        .when({ type: 'ChangeSchoolDetails', trustId, schoolId: 'school-b', urn: '137512' })
        .thenThrows('urn-in-use');
    });

    it('answers not found for a school that left', () => {
      const left: TrustEvent = { type: 'SchoolLeftTrust', data: { schoolId: 'school-a' } };
      expect(
        decideAfter([registered, libra, left], {
          type: 'ChangeSchoolDetails',
          trustId,
          schoolId: 'school-a',
          name: 'X',
        }),
      ).toThrow(NotFoundError);
    });
  });

  describe('SchoolLeavesTrust', () => {
    it('records that the school left, removing it from the list', () => {
      spec
        .given([registered, libra, byron])
        .when({ type: 'SchoolLeavesTrust', trustId, schoolId: 'school-a' })
        .then([{ type: 'SchoolLeftTrust', data: { schoolId: 'school-a' } }]);
      const state = fold(trustDecider, [
        registered,
        libra,
        byron,
        { type: 'SchoolLeftTrust', data: { schoolId: 'school-a' } },
      ]);
      expect(activeSchool(state, 'school-a')).toBeUndefined();
      expect(state.exists && state.schools.map((s) => s.schoolId)).toEqual(['school-b']);
    });

    it('answers not found when the school already left or never joined', () => {
      const left: TrustEvent = { type: 'SchoolLeftTrust', data: { schoolId: 'school-a' } };
      expect(
        decideAfter([registered, libra, left], {
          type: 'SchoolLeavesTrust',
          trustId,
          schoolId: 'school-a',
        }),
      ).toThrow(NotFoundError);
      expect(
        decideAfter([registered], { type: 'SchoolLeavesTrust', trustId, schoolId: 'nope' }),
      ).toThrow(NotFoundError);
    });
  });

  describe('SetSecurityPolicy', () => {
    it('requires MFA for admins', () => {
      spec
        .given([registered])
        .when({ type: 'SetSecurityPolicy', trustId, requireMfaForAdmins: true })
        .then([{ type: 'TrustSecurityPolicySet', data: { requireMfaForAdmins: true } }]);
    });

    it('changes nothing when the policy is already in force', () => {
      spec
        .given([
          registered,
          { type: 'TrustSecurityPolicySet', data: { requireMfaForAdmins: true } },
        ])
        .when({ type: 'SetSecurityPolicy', trustId, requireMfaForAdmins: true })
        .then([]);
      spec
        .given([registered])
        .when({ type: 'SetSecurityPolicy', trustId, requireMfaForAdmins: false })
        .then([]);
    });

    it('answers not found for an unknown trust', () => {
      expect(
        decideAfter([], { type: 'SetSecurityPolicy', trustId, requireMfaForAdmins: true }),
      ).toThrow(NotFoundError);
    });
  });
});
