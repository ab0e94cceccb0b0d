import { assertNever, Decider } from '../shared/decider';
import { DomainError, InvalidValueError, NotFoundError } from '../shared/domain-error';
import { organisationName, schoolPhase, schoolUrn } from './school-values';
import { TrustCommand } from './trust-commands';
import { parseDelegationRules } from '../delegation/scheme';
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
    case 'ChangeSchoolDetails':
      return changeSchoolDetails(trust, command);
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
    case 'SetSchemeOfDelegation':
      return setScheme(trust, command.rules);
    default:
      return assertNever(command);
  }
}

/** Replaces the scheme; every school a rule names must be one of the trust's; no change appends nothing. */
function setScheme(trust: RegisteredTrust, input: unknown): TrustEvent[] {
  const rules = parseDelegationRules(input);
  rules.forEach((rule, i) => {
    if (rule.schoolId !== null && !activeSchool(trust, rule.schoolId))
      throw new InvalidValueError(`rules[${i}].schoolId`, `rules[${i}].schoolId names no school of this trust.`);
  });
  if (JSON.stringify(rules) === JSON.stringify(trust.delegation ?? [])) return [];
  return [{ type: 'SchemeOfDelegationSet', data: { rules } }];
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
  if (urn !== undefined) assertUrnFree(trust, urn);
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

/**
 * Any of name, URN and phase; at least one. A new name is SchoolRenamed, a new URN or phase
 * SchoolDetailsChanged; a value equal to the current one changes nothing.
 */
function changeSchoolDetails(
  trust: RegisteredTrust,
  command: Extract<TrustCommand, { type: 'ChangeSchoolDetails' }>,
): TrustEvent[] {
  if (command.name === undefined && command.urn === undefined && command.phase === undefined) {
    throw new InvalidValueError('name', 'give at least one of name, urn and phase to change');
  }
  const name = command.name === undefined ? undefined : organisationName(command.name);
  const urn = command.urn === undefined ? undefined : schoolUrn(command.urn);
  const phase = command.phase === undefined ? undefined : schoolPhase(command.phase);
  const school = schoolOf(trust, command.schoolId);
  const events: TrustEvent[] = [];
  if (name !== undefined && name !== school.name) {
    assertNameFree(trust, name, school.schoolId);
    events.push({
      type: 'SchoolRenamed',
      data: { schoolId: school.schoolId, name, previousName: school.name },
    });
  }
  const newUrn = urn !== undefined && urn !== school.urn ? urn : undefined;
  const newPhase = phase !== undefined && phase !== school.phase ? phase : undefined;
  if (newUrn !== undefined) assertUrnFree(trust, newUrn, school.schoolId);
  if (newUrn !== undefined || newPhase !== undefined) {
    events.push({
      type: 'SchoolDetailsChanged',
      data: {
        schoolId: school.schoolId,
        ...(newUrn !== undefined ? { urn: newUrn, previousUrn: school.urn ?? null } : {}),
        ...(newPhase !== undefined ? { phase: newPhase, previousPhase: school.phase ?? null } : {}),
      },
    });
  }
  return events;
}

function assertUrnFree(trust: RegisteredTrust, urn: string, exceptSchoolId?: string): void {
  if (trust.schools.some((s) => s.schoolId !== exceptSchoolId && s.urn === urn)) {
    throw new DomainError(
      'urn-in-use',
      `Another school of this trust already has the URN ${urn}.`,
      { field: 'urn' },
    );
  }
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
