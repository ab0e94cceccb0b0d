import { PersonState, RoleGrant } from '@governance/domain';
import { DirectoryPerson } from '../../directory/people-directory';
import { mfaOn } from '../mfa-on';

/**
 * A person as an admin sees them: directory data (null once erased) with roles and MFA status
 * from the log.
 */
export interface PersonView {
  id: string;
  name: string | null;
  email: string | null;
  roles: RoleGrant[];
  erased: boolean;
  erasedAt: string | null;
  mfaEnrolled: boolean;
  canSignIn: boolean;
}

export function personView(entry: DirectoryPerson, state: PersonState): PersonView {
  const erased = entry.erasedAt !== null || (state.exists && state.erased);
  return {
    id: entry.personId,
    name: erased ? null : entry.name,
    email: erased ? null : entry.email,
    roles: state.exists ? [...state.roles] : [],
    erased,
    erasedAt: entry.erasedAt,
    mfaEnrolled: mfaOn(entry.mfaActive, state),
    canSignIn: !erased && entry.passwordHash !== null,
  };
}
