import { assertNever, Decider } from '../shared/decider';
import { DomainError, NotFoundError } from '../shared/domain-error';
import { organisationName, schoolPhase, schoolUrn } from './school-values';
import { TrustCommand } from './trust-commands';
import { SchoolAdded, TrustEvent } from './trust-events';
import {
  activeSchool,
  evolveTrust,
  initialTrustState,
  RegisteredTrust,
  TrustState,
} from './trust-state';

export function decideTrust(command: TrustCommand, state: TrustState): TrustEvent[] {
  if (command.type === 'RegisterTrust') {
    if (state.exists) {
      throw new DomainError(
        'trust-already-registered',
        `Trust ${command.trustId} is already registered.`,
      );
    }
    return [
      {
        type: 'TrustRegistered',
        data: { trustId: command.trustId, name: organisationName(command.name) },
      },
    ];
  }
  const trust = registered(state, command.trustId);
  switch (command.type) {
    case 'AddSchool':
      return [addSchool(trust, command)];
    case 'RenameSchool': {
      const school = schoolOf(trust, command.schoolId);
      const name = organisationName(command.name);
      if (name === school.name) return [];
      assertNameFree(trust, name, command.schoolId);
      return [
        {
          type: 'SchoolRenamed',
          data: { schoolId: school.schoolId, name, previousName: school.name },
        },
      ];
    }
    case 'SchoolLeavesTrust':
      schoolOf(trust, command.schoolId);
      return [{ type: 'SchoolLeftTrust', data: { schoolId: command.schoolId } }];
    case 'SetSecurityPolicy':
      if (trust.requireMfaForAdmins === command.requireMfaForAdmins) return [];
      return [
        {
          type: 'TrustSecurityPolicySet',
          data: { requireMfaForAdmins: command.requireMfaForAdmins },
        },
      ];
    default:
      return assertNever(command);
  }
}

function addSchool(
  trust: RegisteredTrust,
  command: Extract<TrustCommand, { type: 'AddSchool' }>,
): SchoolAdded {
  const name = organisationName(command.name);
  const urn = command.urn === undefined ? undefined : schoolUrn(command.urn);
  const phase = command.phase === undefined ? undefined : schoolPhase(command.phase);
  if (
    trust.schools.some((s) => s.schoolId === command.schoolId) ||
    trust.leftSchoolIds.includes(command.schoolId)
  ) {
    throw new DomainError(
      'school-already-added',
      `School ${command.schoolId} is already part of this trust's history.`,
    );
  }
  assertNameFree(trust, name);
  if (urn !== undefined && trust.schools.some((s) => s.urn === urn)) {
    throw new DomainError(
      'urn-in-use',
      `Another school of this trust already has the URN ${urn}.`,
      { field: 'urn' },
    );
  }
  return {
    type: 'SchoolAdded',
    data: {
      schoolId: command.schoolId,
      name,
      ...(urn !== undefined ? { urn } : {}),
      ...(phase !== undefined ? { phase } : {}),
    },
  };
}

function registered(state: TrustState, trustId: string): RegisteredTrust {
  if (!state.exists || state.trustId !== trustId) throw new NotFoundError('Trust', trustId);
  return state;
}

function schoolOf(trust: RegisteredTrust, schoolId: string) {
  const school = activeSchool(trust, schoolId);
  if (!school) throw new NotFoundError('School', schoolId);
  return school;
}

function assertNameFree(trust: RegisteredTrust, name: string, exceptSchoolId?: string): void {
  const taken = trust.schools.some(
    (s) =>
      s.schoolId !== exceptSchoolId &&
      s.name.toLocaleLowerCase('en-GB') === name.toLocaleLowerCase('en-GB'),
  );
  if (taken) {
    throw new DomainError(
      'school-name-in-use',
      `This trust already has a school called "${name}".`,
      { field: 'name' },
    );
  }
}

export const trustDecider: Decider<TrustCommand, TrustEvent, TrustState> = {
  decide: (command, state) => decideTrust(command, state),
  evolve: evolveTrust,
  initialState: initialTrustState,
};
