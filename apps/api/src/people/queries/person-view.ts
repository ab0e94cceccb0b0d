import { PersonState } from '@governance/domain';
import type { Person } from '@governance/contracts';
import { DirectoryPerson } from '../../directory/people-directory';
import { mfaOn } from '../mfa-on';

/**
 * A person as an admin sees them (the `Person` contract): directory data (null once erased)
 * with roles and MFA status from the log.
 */
export type PersonView = Person;

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
