import { assertNever, DecisionContext, Decider } from '../shared/decider';
import { DomainError, InvalidValueError, NotFoundError } from '../shared/domain-error';
import { PersonCommand } from './person-commands';
import { PersonEvent } from './person-events';
import { evolvePerson, initialPersonState, PersonState, RegisteredPerson } from './person-state';
import { RoleGrant, sameGrant, validRoleGrant } from './roles';

export function decidePerson(
  command: PersonCommand,
  state: PersonState,
  context: DecisionContext,
): PersonEvent[] {
  const { personId } = command;
  if (command.type === 'RegisterPerson') {
    if (state.exists)
      throw new DomainError(
        'person-already-registered',
        `Person ${personId} is already registered.`,
      );
    const grants = uniqueGrants(
      command.roles.map((grant, i) => validRoleGrant(grant, command.activeSchoolIds, `roles.${i}`)),
    );
    if (grants.length === 0)
      throw new InvalidValueError('roles', 'give the person at least one role');
    return [
      { type: 'PersonRegistered', data: { personId, trustId: command.trustId } },
      ...grants.map((grant): PersonEvent => ({
        type: 'RoleGranted',
        data: { personId, ...grant },
      })),
    ];
  }
  const person = ofTrust(state, command.personId, command.trustId);
  switch (command.type) {
    case 'GrantRole': {
      notErased(person);
      const grant = validRoleGrant(command.grant, command.activeSchoolIds);
      if (person.roles.some((held) => sameGrant(held, grant))) return [];
      return [{ type: 'RoleGranted', data: { personId, ...grant } }];
    }
    case 'RevokeRole': {
      const grant = command.grant;
      if (!person.roles.some((held) => sameGrant(held, grant))) return [];
      if (grant.role === 'trust-admin' && context.actorId === personId) {
        throw new DomainError(
          'cannot-remove-own-admin',
          'You cannot take away your own trust-admin role. Ask another trust admin to do it.',
        );
      }
      return [{ type: 'RoleRevoked', data: { personId, ...withoutUndefined(grant) } }];
    }
    case 'ErasePerson':
      if (person.erased) return [];
      if (context.actorId === personId) {
        throw new DomainError(
          'cannot-erase-yourself',
          'You cannot erase your own record. Ask another trust admin to do it.',
        );
      }
      return [{ type: 'PersonErased', data: { personId } }];
    case 'EnrolMfa':
      notErased(person);
      if (person.mfaEnrolled) {
        throw new DomainError(
          'mfa-already-enrolled',
          'Two-step sign-in is already set up for this person.',
        );
      }
      return [{ type: 'MfaEnrolled', data: { personId, method: 'totp' } }];
    case 'RemoveMfa':
      if (!person.mfaEnrolled) return [];
      return [{ type: 'MfaRemoved', data: { personId, method: 'totp', reason: command.reason } }];
    case 'RecordDetailsChanged':
      notErased(person);
      if (command.fields.length === 0) return [];
      return [{ type: 'PersonDetailsChanged', data: { personId, fields: [...command.fields] } }];
    case 'InvitePerson':
      notErased(person);
      return [{ type: 'PersonInvited', data: { personId, expiresAt: command.expiresAt } }];
    case 'RecordPasswordSetWithLink':
      notErased(person);
      return [{ type: 'PasswordSetWithLink', data: { personId, via: command.via } }];
    default:
      return assertNever(command);
  }
}

/** A person of another trust is as unknown as one that never existed. */
function ofTrust(state: PersonState, personId: string, trustId: string): RegisteredPerson {
  if (!state.exists || state.trustId !== trustId) throw new NotFoundError('Person', personId);
  return state;
}

function notErased(person: RegisteredPerson): void {
  if (person.erased) {
    throw new DomainError(
      'person-erased',
      "This person's record was erased. Add them again as a new person if they return.",
    );
  }
}

function uniqueGrants(grants: RoleGrant[]): RoleGrant[] {
  return grants.filter((grant, i) => grants.findIndex((other) => sameGrant(other, grant)) === i);
}

function withoutUndefined(grant: RoleGrant): RoleGrant {
  return grant.schoolId === undefined
    ? { role: grant.role }
    : { role: grant.role, schoolId: grant.schoolId };
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  decide: decidePerson,
  evolve: evolvePerson,
  initialState: initialPersonState,
};
