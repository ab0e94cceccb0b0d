import { assertNever } from '../shared/decider';
import { PersonEvent } from './person-events';
import { RoleGrant, sameGrant } from './roles';

export interface RegisteredPerson {
  exists: true;
  personId: string;
  trustId: string;
  roles: readonly RoleGrant[];
  erased: boolean;
  mfaEnrolled: boolean;
}

export type PersonState = { exists: false } | RegisteredPerson;

export const initialPersonState = (): PersonState => ({ exists: false });

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  if (event.type === 'PersonRegistered') {
    return {
      exists: true,
      personId: event.data.personId,
      trustId: event.data.trustId,
      roles: [],
      erased: false,
      mfaEnrolled: false,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'RoleGranted':
      return { ...state, roles: [...state.roles, grantOf(event.data)] };
    case 'RoleRevoked':
      return {
        ...state,
        roles: state.roles.filter((grant) => !sameGrant(grant, grantOf(event.data))),
      };
    case 'PersonErased':
      return { ...state, erased: true, roles: [], mfaEnrolled: false };
    case 'MfaEnrolled':
      return { ...state, mfaEnrolled: true };
    case 'MfaRemoved':
      return { ...state, mfaEnrolled: false };
    // Evidence only: the directory holds the details and credentials they speak of.
    case 'PersonDetailsChanged':
    case 'PersonInvited':
    case 'PasswordSetWithLink':
      return state;
    default:
      return assertNever(event);
  }
}

function grantOf(data: { role: RoleGrant['role']; schoolId?: string }): RoleGrant {
  return data.schoolId === undefined
    ? { role: data.role }
    : { role: data.role, schoolId: data.schoolId };
}
